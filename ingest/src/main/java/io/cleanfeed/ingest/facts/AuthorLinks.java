package io.cleanfeed.ingest.facts;

import io.cleanfeed.core.text.Slugs;
import io.cleanfeed.ingest.page.AncestorValues;
import io.cleanfeed.ingest.page.UrlResolver;
import io.cleanfeed.ingest.text.ElementText;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * Recognises a link to the page of the person it names: {@code <a href="/auteur/emmanuelle-ducros-187">
 * Emmanuelle Ducros</a>}, {@code <a href="/profil/es_detail/A7M7/nikolai-huke">Nikolai Huke</a>}. Many
 * sites mark their byline with nothing else. Both halves must agree: the address has a folder for
 * people ({@code author}, {@code autor}, {@code profil} ...) and, after it, the link's own text
 * written as a slug. That keeps out "Edit your profile" and "Log in" links, which live under such
 * folders but are not named in them, and teams and tags, whose folders are not for people. Not
 * {@code people}, {@code person} or {@code user} either: magazines file celebrity news under the
 * first, sites their topics under the second, and readers' accounts live under the third. Links in
 * menus and comments, and to other sites, name people who did not write the page. Not thread-safe:
 * one per page.
 */
final class AuthorLinks {

    /** The folders for authors alone, where a one-word name ("/author/matthias") is a name, not a label. */
    private static final Set<String> AUTHOR_FOLDERS = Set.of("author", "authors", "autor", "autoren", "auteur",
            "auteurs", "autore", "autori", "autores", "writer", "writers", "redakteur", "redakteure");
    private static final Set<String> PEOPLE_FOLDERS = Stream.concat(AUTHOR_FOLDERS.stream(), Stream.of("profil",
            "profile", "profiles", "journalist", "journalists", "contributor", "contributors", "mitarbeiter", "staff"))
            .collect(Collectors.toUnmodifiableSet());
    /** The hash codes of {@link #PEOPLE_FOLDERS}, sorted. */
    private static final int[] FOLDER_HASHES = PEOPLE_FOLDERS.stream().mapToInt(String::hashCode).sorted().toArray();
    private static final int SHORTEST_FOLDER = PEOPLE_FOLDERS.stream().mapToInt(String::length).min().orElseThrow();
    private static final int LONGEST_FOLDER = PEOPLE_FOLDERS.stream().mapToInt(String::length).max().orElseThrow();
    private static final int MIN_SLUG_CHARS = 3;
    /** Endings of a profile page's address after the name: "/author/jane-doe.html". */
    private static final List<String> PAGE_ENDINGS = List.of(".html", ".htm", ".php", ".aspx");
    private static final Pattern GERMAN_UMLAUTS = Pattern.compile("[äöüÄÖÜß]");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /** The most names a byline gives: "Von Anna Berg, Max Roe, Eva Lind und Jo Kim" names four. */
    private static final int MAX_BYLINE_NAMES = 4;
    /** Inline elements, and list items: the links of one list are one line, a menu's as much as a byline's. */
    private static final Set<String> PARTS_OF_A_LINE = Set.of("span", "strong", "b", "em", "i", "small", "font",
            "cite", "li");
    /** A longer link text is a headline or a sentence, not a person's name. */
    private static final int MAX_NAME_CHARS = 60;

    /** The page's links made absolute against its address, parsed once. */
    private final UrlResolver urls = new UrlResolver();
    /** Whether each box asked about is page furniture or inside it, each judged once. */
    private final AncestorValues<Boolean> inFurniture =
            new AncestorValues<>(null, false, (outer, box) -> outer || isFurniture(box));

    /** Whether the element is a link to the page, on the page's own site, of the person its text names. */
    boolean isAuthorLink(final Element link) {
        final String href = link.attr("href");
        final int folder = peopleFolderEnd(href);
        if (folder < 0) {
            return false;
        }
        // No further than a name can be: links can nest, each around the next.
        final @Nullable String text = ElementText.ofLine(link, MAX_NAME_CHARS);
        if (text == null) {
            return false;
        }
        final String slug = Slugs.ascii(text);
        // One word under /profile/ or /staff/ is as often a label ("Redaktion", "Team") as a name.
        if (slug.length() < MIN_SLUG_CHARS || slug.indexOf('-') < 0 && !isAuthorsFolder(href, folder)) {
            return false;
        }
        final String german = Slugs.ascii(GERMAN_UMLAUTS.matcher(text)
                .replaceAll(match -> umlautAsWritten(match.group())));
        final boolean named = namesSegmentAfter(href, folder, slug)
                || !german.equals(slug) && namesSegmentAfter(href, folder, german)
                || isAuthorsFolder(href, folder) && isWrittenAsAName(text) && namesLoginAfter(href, folder, slug);
        return named && !isInPageFurniture(link) && isOnThePagesSite(link);
    }

    /**
     * Whether the segment right after {@code from} is the login a blog's software files its author
     * under, made of the name the link writes ({@code /author/lea/} for "Lea Hoffmann"): the first
     * name, the last, both run together, or the first's initial and the last. Only under a folder for
     * authors alone, and only for a name of two words or more. Only that segment: a word of the link
     * further down the address is the author's feed or archive ("RSS feed" at {@code /author/lea/feed/}).
     */
    private static boolean namesLoginAfter(final String href, final int from, final String slug) {
        final int firstEnd = slug.indexOf('-');
        if (firstEnd < 0) {
            return false;
        }
        int end = from + 1;
        while (end < href.length() && !isSeparator(href.charAt(end))) {
            end++;
        }
        if (end == from + 1) {
            return false;
        }
        final String login = Slugs.ascii(withoutIdOrEnding(decoded(href.substring(from + 1, end))));
        final String first = slug.substring(0, firstEnd);
        final String last = slug.substring(slug.lastIndexOf('-') + 1);
        return login.equals(first) || login.equals(last) || login.equals(first + last)
                || login.equals(first.charAt(0) + last);
    }

    /**
     * Whether each word of the text opens with a capital, as a name is written: a login made of one
     * of its words says nothing of "More from Lea" or "Log in" ({@code /author/login}).
     */
    private static boolean isWrittenAsAName(final String text) {
        for (final String word : WHITE_SPACE.split(text.strip())) {
            if (!word.isEmpty() && !Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The names of the author links line by line (the block holding a link, past inline elements and
     * list items), in page order: a byline names its authors in one line. Lines that together link
     * more people than a byline names, one list or the cards of one grid, are the site's authors in a
     * menu or a sidebar, and are left out.
     */
    static List<List<String>> byLine(final List<Element> links) {
        final Map<Element, Set<String>> lines = new LinkedHashMap<>();
        for (final Element link : links) {
            lines.computeIfAbsent(lineOf(link), line -> new LinkedHashSet<>()).add(link.text());
        }
        lines.values().removeIf(names -> names.size() > MAX_BYLINE_NAMES);
        // The lines of one grid are the cards under one parent.
        final Map<@Nullable Element, Set<String>> grids = new HashMap<>();
        lines.forEach((line, names) -> grids.computeIfAbsent(line.parent(), grid -> new HashSet<>()).addAll(names));
        return lines.entrySet().stream()
                .filter(line -> grids.get(line.getKey().parent()).size() <= MAX_BYLINE_NAMES)
                .map(line -> List.copyOf(line.getValue()))
                .toList();
    }

    /** The block the link sits in: its parent, or the first ancestor above it that is no part of a line. */
    private static Element lineOf(final Element link) {
        Element line = link;
        while (line.parent() != null && (line == link || PARTS_OF_A_LINE.contains(line.normalName()))) {
            line = line.parent();
        }
        return line;
    }

    /** The umlaut as German addresses write it: {@code Clara Löw} lives at {@code /autoren/clara-loew}. */
    private static String umlautAsWritten(final String umlaut) {
        return switch (umlaut) {
            case "ä", "Ä" -> "ae";
            case "ö", "Ö" -> "oe";
            case "ü", "Ü" -> "ue";
            default -> "ss";
        };
    }

    /**
     * A link in the menu or the breadcrumb trail names a section ("People > Real Life"), not an
     * author; one in the comments names a reader. Each box is judged once, and its answer kept for
     * the links below it: judging every box around each of thousands of links read a class of a
     * megabyte on one of them again for each link.
     */
    private boolean isInPageFurniture(final Element link) {
        final @Nullable Element parent = link.parent();
        return parent != null && inFurniture.of(parent);
    }

    private static boolean isFurniture(final Element box) {
        if (box.nameIs("nav")) {
            return true;
        }
        // The page's own classes say what it shows, not what it is: "single-post showing-comments".
        if (box.nameIs("body") || box.nameIs("html")) {
            return false;
        }
        final String classes = box.className().toLowerCase(Locale.ROOT);
        final String id = box.id().toLowerCase(Locale.ROOT);
        return classes.contains("breadcrumb") || classes.contains("comment") || id.contains("breadcrumb")
                || id.contains("comment");
    }

    /**
     * Whether the link stays on the site of the page (as its address has it): a link to another
     * site's profile of a person is a reference, not a byline. A page read from a file has no site; an
     * address longer than {@link UrlResolver#MAX_URL_CHARS} is no profile's.
     */
    private boolean isOnThePagesSite(final Element link) {
        if (link.attr("href").length() > UrlResolver.MAX_URL_CHARS) {
            return false;
        }
        final @Nullable String pageHost = hostOf(link.baseUri());
        final @Nullable String linkHost = hostOf(urls.absUrl(link, "href"));
        return pageHost == null || linkHost == null || pageHost.equals(linkHost);
    }

    /** The host without "www.", of http(s) addresses only. */
    private static @Nullable String hostOf(final String url) {
        try {
            final URI uri = new URI(url);
            final @Nullable String host = uri.getHost();
            if (host == null || uri.getScheme() == null || !uri.getScheme().startsWith("http")) {
                return null;
            }
            final String lower = host.toLowerCase(Locale.ROOT);
            return lower.startsWith("www.") ? lower.substring(4) : lower;
        } catch (final URISyntaxException e) {
            return null;
        }
    }

    /**
     * Where the first path segment that names a folder of people ends, or -1. Asked of every link on
     * the page, so a segment is hashed in place and compared only when its hash is a folder's.
     */
    private static int peopleFolderEnd(final String href) {
        // The folder is in the path: the query and fragment, often long with tracking, are not read.
        final int pathEnd = pathEnd(href);
        int start = 0;
        int hash = 0;
        for (int i = 0; i <= pathEnd; i++) {
            if (i == pathEnd || isSeparator(href.charAt(i))) {
                if (i - start >= SHORTEST_FOLDER && i - start <= LONGEST_FOLDER
                        && Arrays.binarySearch(FOLDER_HASHES, hash) >= 0
                        && PEOPLE_FOLDERS.contains(href.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return i;
                }
                start = i + 1;
                hash = 0;
            } else {
                hash = 31 * hash + asciiLowerCase(href.charAt(i));
            }
        }
        return -1;
    }

    private static int pathEnd(final String href) {
        for (int i = 0; i < href.length(); i++) {
            if (href.charAt(i) == '?' || href.charAt(i) == '#') {
                return i;
            }
        }
        return href.length();
    }

    /** The letter in lower case if it is an ASCII capital: the folders' names are ASCII. */
    private static char asciiLowerCase(final char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isAuthorsFolder(final String href, final int folderEnd) {
        int start = folderEnd;
        while (start > 0 && !isSeparator(href.charAt(start - 1))) {
            start--;
        }
        return AUTHOR_FOLDERS.contains(href.substring(start, folderEnd).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a segment after {@code from}, decoded and written as a slug, is the slug, ignoring a
     * numeric id after it ({@code jane-doe-187}) and a page ending ({@code .html}):
     * {@code /autoren/j%C3%BCrgen-l%C3%B6w} and {@code /author/jane_doe} name their people too.
     */
    private static boolean namesSegmentAfter(final String href, final int from, final String slug) {
        int start = from + 1;
        for (int i = start; i <= href.length(); i++) {
            if (i == href.length() || isSeparator(href.charAt(i))) {
                if (i > start && Slugs.ascii(withoutIdOrEnding(decoded(href.substring(start, i)))).equals(slug)) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static String decoded(final String segment) {
        try {
            return URLDecoder.decode(segment, StandardCharsets.UTF_8);
        } catch (final IllegalArgumentException e) {
            return segment;
        }
    }

    private static boolean isSeparator(final char c) {
        return c == '/' || c == '?' || c == '#' || c == '=' || c == '&';
    }

    private static String withoutIdOrEnding(final String segment) {
        String name = segment;
        for (final String ending : PAGE_ENDINGS) {
            if (name.regionMatches(true, name.length() - ending.length(), ending, 0, ending.length())) {
                name = name.substring(0, name.length() - ending.length());
            }
        }
        int end = name.length();
        while (end > 0 && Character.isDigit(name.charAt(end - 1))) {
            end--;
        }
        return end < name.length() && end > 0 && name.charAt(end - 1) == '-' ? name.substring(0, end - 1) : name;
    }
}
