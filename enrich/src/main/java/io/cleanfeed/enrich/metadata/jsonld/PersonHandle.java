package io.cleanfeed.enrich.metadata.jsonld;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's name that a JSON-LD {@code Person} gives as the login it was made from ("robert.stitz"):
 * written out as a name ("Robert Stitz"). Left as it is, it looks like a domain and is dropped as
 * one, though the node's type says it is a person. A handle ending in a top-level domain's name
 * ("example.com") stays an address.
 */
final class PersonHandle {

    /** Two or three parts of lower-case letters joined by dots: "robert.stitz", "anna.m.berger". */
    private static final Pattern HANDLE = Pattern.compile("\\p{Ll}{2,}(?:\\.\\p{Ll}+)?\\.\\p{Ll}{2,}");
    /** The generic top-level domains that end addresses written as names; a country's has two letters. */
    private static final Set<String> TOP_LEVELS = Set.of("com", "net", "org", "info", "biz", "news", "online",
            "blog", "media", "site", "website", "world", "today", "live", "club", "shop", "store", "tech", "web");
    private static final int COUNTRY_CODE_CHARS = 2;

    private PersonHandle() {
    }

    /** The handle written as a name, a letter alone as an initial ("anna.m.berger" is "Anna M. Berger"). */
    static String writtenOut(final String name) {
        if (!HANDLE.matcher(name).matches()) {
            return name;
        }
        final String last = name.substring(name.lastIndexOf('.') + 1);
        if (last.length() == COUNTRY_CODE_CHARS || TOP_LEVELS.contains(last)) {
            return name;
        }
        return Arrays.stream(name.split("\\."))
                .map(part -> part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1)
                        + (part.length() == 1 ? "." : ""))
                .collect(Collectors.joining(" "));
    }
}
