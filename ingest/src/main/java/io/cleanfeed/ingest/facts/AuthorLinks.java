package io.cleanfeed.ingest.facts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Recognises a link to the page of the person it names: {@code <a href="/auteur/emmanuelle-ducros-187">
 * Emmanuelle Ducros</a>}, {@code <a href="/profil/es_detail/A7M7/nikolai-huke">Nikolai Huke</a>}. Many
 * sites mark their byline with nothing else. Both halves must agree: the address has a folder for
 * people ({@code author}, {@code autor}, {@code profil} ...) and, after it, the link's own text
 * written as a slug. That keeps out "Profile", "Login" and "YouTube" links, which live under such
 * folders but are not named in them, and teams and tags, whose folders are not for people. Not
 * {@code people}: magazines file celebrity news under it.
 */
final class AuthorLinks {

    private static final Set<String> PEOPLE_FOLDERS = Set.of("author", "authors", "autor", "autoren", "auteur",
            "auteurs", "autore", "autori", "autores", "profil", "profile", "profiles", "person", "personen",
            "journalist", "journalists", "redakteur", "redakteure", "writer", "writers", "contributor",
            "contributors", "mitarbeiter", "staff", "user", "users");
    /** The hash codes of {@link #PEOPLE_FOLDERS}, sorted. */
    private static final int[] FOLDER_HASHES = PEOPLE_FOLDERS.stream().mapToInt(String::hashCode).sorted().toArray();
    /** The folders for authors alone, where a one-word name ("/author/matthias") is a name, not a label. */
    private static final Set<String> AUTHOR_FOLDERS = Set.of("author", "authors", "autor", "autoren", "auteur",
            "auteurs", "autore", "autori", "autores", "writer", "writers", "redakteur", "redakteure");
    private static final int LONGEST_FOLDER = 12;
    private static final int MIN_SLUG_CHARS = 3;
    private static final Pattern GERMAN_UMLAUTS = Pattern.compile("[äöüÄÖÜß]");
    /** More names than a byline gives: "Von Anna Berg, Max Roe, Eva Lind und Jo Kim" names four. */
    private static final int MAX_BYLINE_NAMES = 4;
    /** Inline elements, and list items: the links of one list are one line, a menu's as much as a byline's. */
    private static final Set<String> PARTS_OF_A_LINE = Set.of("span", "strong", "b", "em", "i", "small", "font",
            "cite", "li");
    /** A name of more words than this is a headline or a sentence, not a person. */
    private static final int MAX_NAME_CHARS = 60;

    private AuthorLinks() {
    }

    /** Whether the element is a link to the page of the person its text names. */
    static boolean isAuthorLink(final Element link) {
        final String href = link.attr("href");
        final int folder = peopleFolderEnd(href);
        if (folder < 0) {
            return false;
        }
        final String text = link.text();
        if (text.length() > MAX_NAME_CHARS) {
            return false;
        }
        final String slug = slugOf(text);
        // One word under /user/ or /profile/ is as often a label ("Login", "Team") as a name.
        if (slug.length() < MIN_SLUG_CHARS || slug.indexOf('-') < 0 && !isAuthorsFolder(href, folder)
                || isInNavigation(link)) {
            return false;
        }
        final String german = slugOf(GERMAN_UMLAUTS.matcher(text).replaceAll(match -> umlautAsWritten(match.group())));
        return namesSegmentAfter(href, folder, slug) || !german.equals(slug) && namesSegmentAfter(href, folder, german);
    }

    /**
     * The names of the author links line by line (the block holding a link, past inline elements and
     * list items), in page order: a byline names its authors in one line. A line linking more people
     * than a byline names is a list of the site's authors, in a menu or a sidebar, and is left out.
     */
    static List<List<String>> byLine(final List<Element> links) {
        final Map<Element, List<String>> lines = new LinkedHashMap<>();
        for (final Element link : links) {
            final List<String> names = lines.computeIfAbsent(lineOf(link), line -> new ArrayList<>());
            if (!names.contains(link.text())) {
                names.add(link.text());
            }
        }
        return lines.values().stream().filter(names -> names.size() <= MAX_BYLINE_NAMES).map(List::copyOf).toList();
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

    /** A link in the menu or the breadcrumb trail names a section ("People > Real Life"), not an author. */
    private static boolean isInNavigation(final Element link) {
        for (@Nullable Element at = link.parent(); at != null; at = at.parent()) {
            if (at.nameIs("nav") || at.className().toLowerCase(Locale.ROOT).contains("breadcrumb")) {
                return true;
            }
        }
        return false;
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
                if (i - start >= 4 && i - start <= LONGEST_FOLDER && Arrays.binarySearch(FOLDER_HASHES, hash) >= 0
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
     * Whether a segment after {@code from} is the slug, ignoring a numeric id after it
     * ({@code jane-doe-187}) and an {@code .html} ending.
     */
    private static boolean namesSegmentAfter(final String href, final int from, final String slug) {
        int start = from + 1;
        for (int i = start; i <= href.length(); i++) {
            if (i == href.length() || isSeparator(href.charAt(i))) {
                if (withoutIdOrEnding(href.substring(start, i).toLowerCase(Locale.ROOT)).equals(slug)) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static boolean isSeparator(final char c) {
        return c == '/' || c == '?' || c == '#' || c == '=' || c == '&';
    }

    private static String withoutIdOrEnding(final String segment) {
        String name = segment;
        for (final String ending : new String[] {".html", ".htm", ".php", ".aspx"}) {
            if (name.endsWith(ending)) {
                name = name.substring(0, name.length() - ending.length());
            }
        }
        int end = name.length();
        while (end > 0 && Character.isDigit(name.charAt(end - 1))) {
            end--;
        }
        return end < name.length() && end > 0 && name.charAt(end - 1) == '-' ? name.substring(0, end - 1) : name;
    }

    /**
     * The text as sites write it in addresses: accents dropped, lower case, each run of anything but
     * ASCII letters and digits one hyphen ({@code "Juan Carlos Muñoz C."} gives
     * {@code juan-carlos-munoz-c}).
     */
    static String slugOf(final String text) {
        final String plain = Normalizer.normalize(text, Normalizer.Form.NFKD);
        final StringBuilder slug = new StringBuilder(plain.length());
        boolean gap = false;
        for (int i = 0; i < plain.length(); i++) {
            final char c = Character.toLowerCase(plain.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                gap = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                gap = true;
            }
        }
        return slug.toString();
    }
}
