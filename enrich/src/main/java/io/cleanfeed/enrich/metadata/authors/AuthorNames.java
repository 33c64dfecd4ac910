package io.cleanfeed.enrich.metadata.authors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the author strings a page offers ("By Jane Doe and John Roe", "Jane Doe, John Roe",
 * "https://facebook.com/jane", "Jane Doe | Reuters") into a clean list of names: prefixes such as
 * "By" dropped, lists split, URLs, e-mail addresses and sentences discarded, duplicates merged.
 */
public final class AuthorNames {

    private static final Pattern PREFIX = Pattern.compile(
            "^(?:by|written by|words by|von|por|par|di|door|автор|текст)\\s*:?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATORS = Pattern.compile(
            "\\s*(?:,|;|\\||&|\\band\\b|\\bund\\b|\\by\\b|\\bet\\b|\\be\\b|\\bи\\b)\\s*", Pattern.CASE_INSENSITIVE);
    private static final int MAX_NAME_CHARS = 60;
    private static final int MAX_NAME_WORDS = 5;
    /** A byline of more words than this is a sentence (an author bio), not a list of names. */
    private static final int MAX_CANDIDATE_WORDS = 10;

    public List<String> clean(final List<String> candidates) {
        final Map<String, String> names = new LinkedHashMap<>();
        for (final String candidate : candidates) {
            if (candidate.split("\\s+").length > MAX_CANDIDATE_WORDS) {
                continue;
            }
            final String stripped = PREFIX.matcher(candidate.strip()).replaceFirst("");
            for (final String part : SEPARATORS.split(stripped)) {
                final String name = part.strip();
                if (isName(name)) {
                    names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
                }
            }
        }
        return new ArrayList<>(names.values());
    }

    private static boolean isName(final String name) {
        if (name.length() < 3 || name.length() > MAX_NAME_CHARS || name.contains("://") || name.contains("@")
                || name.startsWith("www.")) {
            return false;
        }
        if (name.split("\\s+").length > MAX_NAME_WORDS) {
            return false;
        }
        return Character.isLetter(name.codePointAt(0));
    }
}
