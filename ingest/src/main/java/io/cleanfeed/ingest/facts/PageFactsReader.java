package io.cleanfeed.ingest.facts;

import io.cleanfeed.core.schema.PageFacts;
import io.cleanfeed.ingest.text.Ancestry;
import io.cleanfeed.ingest.text.ElementText;
import io.cleanfeed.ingest.page.AncestorValues;
import io.cleanfeed.ingest.page.Deadline;
import io.cleanfeed.ingest.page.UrlResolver;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a page says about itself (meta tags, links, JSON-LD, times, bylines) before the
 * cleaner removes any of it. It only collects; {@code enrich} decides what the facts mean.
 */
public final class PageFactsReader {

    private static final int MAX_BYLINE_CHARS = 200;
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /** Link relations that load what the page renders with; see {@link #loadsResource}. */
    private static final Set<String> RESOURCE_RELS = Set.of("stylesheet", "icon", "preload", "prefetch", "preconnect",
            "dns-prefetch", "modulepreload", "prerender", "manifest", "apple-touch-icon",
            "apple-touch-icon-precomposed", "apple-touch-startup-image", "mask-icon", "fluid-icon");
    private static final String[] META_KEYS = {"name", "property", "itemprop"};
    /** Microdata and RDFa give any element a value: {@code <span property="schema:dateCreated" content="...">}. */
    private static final String[] MICRODATA_KEYS = {"property", "itemprop"};

    // Compiled once, and matched in one walk of the page instead of one walk per query.
    private static final Evaluator META = Selector.evaluatorOf("meta[content]");
    private static final Evaluator LINK = Selector.evaluatorOf("link[rel][href]");
    private static final Evaluator JSON_LD = Selector.evaluatorOf("script[type=application/ld+json]");
    private static final Evaluator TIME = Selector.evaluatorOf("time[datetime]");
    /**
     * Byline elements. Besides the common names, the article's author as themes and CMSs class it
     * ("story-author", "entry-author", Drupal 7's "field-name-author", Drupal 8's node author field
     * "field--name-uid"), not any class that ends in
     * "-author": "post-author" and "article-author" also mark teaser cards and "Posted by" lines,
     * "comment-author" a reader, "img-author" a photographer.
     */
    private static final Evaluator BYLINE = Selector.evaluatorOf(
            "[rel=author], [itemprop=author], .byline, .author, .author-name, [class*=byline], [class*=authorname], "
                    + "[class*=contributorname], [class*=contributor-name], [class*=contributor__name], "
                    + "[data-testid*=byline], [class~=(^|\\s)[\\w-]+__author(\\s|$)], "
                    + "[class~=(^|\\s)(?:story|entry|news|field-name)-author(\\s|$)], "
                    + "[class~=(^|\\s)field--name-uid(\\s|$)]");
    private static final Evaluator HTML = Selector.evaluatorOf("html");
    /** A link to a page, not to write to or call someone. */
    private static final Evaluator PAGE_LINK = Selector.evaluatorOf("a[href]:not([href^=mailto:]):not([href^=tel:])");
    private static final int MAX_HEADLINES = 5;
    /**
     * A class or id of the comments or of one comment ("comments", "comment-list", "comment_body"):
     * a byline in there names a reader. Not "showing-comments" or "front_hidecomments", which themes
     * set on the page's body.
     */
    private static final Pattern COMMENTS = Pattern.compile("(?i)comments?(?:[-_][\\w-]*)?|commentlist");
    /** A microdata item's name: the author's, inside an {@code itemprop=author} element. */
    private static final Evaluator ITEM_NAME = Selector.evaluatorOf("[itemprop=name]");
    /** A label a theme writes for screen readers only: "Beitragsautor" before "Von Lea Hoffmann". */
    private static final Evaluator SCREEN_READER_ONLY = Selector.evaluatorOf(
            ".screen-reader-text, .sr-only, .visually-hidden");
    private static final Evaluator TITLE = Selector.evaluatorOf("title");

    /** The page's facts; the deadline ends the walk over a page too large to read in the budget. */
    public PageFacts read(final Document page, final Deadline deadline) {
        final Tags tags = new Tags(page, page.body(), deadline);
        NodeTraversor.traverse(tags, page);

        final Map<String, List<String>> meta = new LinkedHashMap<>();
        for (final Element tag : tags.meta) {
            final String content = tag.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (final String attribute : tag.nameIs("meta") ? META_KEYS : MICRODATA_KEYS) {
                final String key = tag.attr(attribute).strip().toLowerCase(Locale.ROOT);
                // RDFa and microdata give one value several properties: property="og:title twitter:title".
                for (final String name : attribute.equals("name") ? new String[] {key} : WHITE_SPACE.split(key)) {
                    if (!name.isEmpty()) {
                        meta.computeIfAbsent(name, k -> new ArrayList<>()).add(content);
                    }
                }
            }
        }
        final UrlResolver urls = new UrlResolver();
        final Map<String, List<String>> links = new LinkedHashMap<>();
        for (final Element link : tags.links) {
            final String[] rels = WHITE_SPACE.split(link.attr("rel").toLowerCase(Locale.ROOT));
            if (loadsResource(rels)) {
                continue;
            }
            final String href = urls.absUrl(link, "href");
            for (final String rel : rels) {
                if (!rel.isEmpty() && !href.isEmpty()) {
                    links.computeIfAbsent(rel, k -> new ArrayList<>()).add(href);
                }
            }
        }
        final List<String> jsonLd = tags.jsonLd.stream()
                .map(Element::data)
                .filter(data -> !data.isBlank())
                .toList();
        final List<String> times = tags.times.stream()
                .map(time -> time.attr(time.nameIs("abbr") ? "title" : "datetime").strip())
                .filter(value -> !value.isEmpty())
                .toList();
        final List<String> bylines = innermost(tags.bylines).stream()
                // Read no further than a byline can be: bylines can nest, each around the next.
                .map(PageFactsReader::bylineText)
                .filter(text -> text != null && !text.isBlank())
                .distinct()
                .toList();
        final List<List<String>> authorLinks = AuthorLinks.byLine(tags.authorLinks);
        final @Nullable Element html = page.selectFirst(HTML);
        final String title = title(page);
        final List<String> headlines = tags.headlines.stream()
                .map(HeadlineText::of)
                .filter(text -> !text.isBlank())
                .limit(MAX_HEADLINES)
                .toList();
        return new PageFacts(
                blankToNull(html == null ? null : html.attr("lang")),
                blankToNull(title),
                headlines,
                meta, links, jsonLd, times, bylines, authorLinks);
    }

    /**
     * The page's {@code <title>}: the head's, else the first elsewhere. Markup that does not belong in
     * the head (a stray element, a second {@code <head>}) ends it early, and the parser puts the title
     * written after that in the body; an {@code <svg>}'s title there names an icon, not the page.
     */
    private static String title(final Document page) {
        final String head = page.title();
        if (!head.isBlank()) {
            return head;
        }
        return page.select(TITLE).stream()
                .filter(title -> title.closest("svg") == null)
                .map(Element::text)
                .filter(text -> !text.isBlank())
                .findFirst().orElse("");
    }

    /**
     * The bylines but those around another: a byline box around its date and the author's name, both
     * classed for the byline ("2 hours ago Tom Ashby BNC News, Somerset" around "Tom Ashby"), says
     * more than the name, and the name alone says it best. A byline inside another comes right after
     * it in page order.
     */
    private static List<Element> innermost(final List<Element> bylines) {
        final List<Element> innermost = new ArrayList<>(bylines.size());
        for (int i = 0; i < bylines.size(); i++) {
            if (i + 1 == bylines.size() || !Ancestry.isAncestor(bylines.get(i), bylines.get(i + 1))) {
                innermost.add(bylines.get(i));
            }
        }
        return innermost;
    }

    /**
     * The text of a byline; of a microdata author, the text of its name: the element writes the
     * person's name in {@code itemprop=name}, beside a profile link whose text would be read with it
     * ("mkrause" twice, a link and a hidden name, glued together). A name only in a {@code <meta>}
     * is not what the reader sees, and the page's visible byline says better.
     */
    private static @Nullable String bylineText(final Element byline) {
        final Element seen = asSeen(byline);
        if (seen.attr("itemprop").equalsIgnoreCase("author")) {
            final @Nullable Element name = seen.selectFirst(ITEM_NAME);
            if (name != null && !name.nameIs("meta")) {
                return ElementText.ofLine(name, MAX_BYLINE_CHARS);
            }
        }
        return ElementText.ofLine(seen, MAX_BYLINE_CHARS);
    }

    /**
     * The byline as the eye reads it, without the labels a theme writes for screen readers only:
     * glued to the line ("Beitragsautor Von Lea Hoffmann"), they hide that it opens with "Von". A
     * copy, when there are any: the page is not changed. A byline that writes the name for screen
     * readers alone, beside a picture, is read whole.
     */
    private static Element asSeen(final Element byline) {
        if (byline.selectFirst(SCREEN_READER_ONLY) == null) {
            return byline;
        }
        final Element copy = byline.clone();
        copy.select(SCREEN_READER_ONLY).remove();
        return copy.hasText() ? copy : byline;
    }

    /**
     * Whether the link fetches something the page needs to render (a style sheet, an icon, a
     * preload): such links say nothing about the article, and a page has dozens of them.
     */
    private static boolean loadsResource(final String[] rels) {
        for (final String rel : rels) {
            if (RESOURCE_RELS.contains(rel)) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable String blankToNull(final @Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The elements each fact comes from, in page order. */
    private static final class Tags implements NodeVisitor {
        private final Element root;
        private final List<Element> meta = new ArrayList<>();
        private final List<Element> links = new ArrayList<>();
        private final List<Element> jsonLd = new ArrayList<>();
        private final List<Element> times = new ArrayList<>();
        private final List<Element> bylines = new ArrayList<>();
        private final List<Element> authorLinks = new ArrayList<>();
        private final OwnItem ownItem = new OwnItem();
        private final AuthorLinks authorLinkRecogniser = new AuthorLinks();
        /** Whether each box is the comments or inside them, each judged once. */
        private final AncestorValues<Boolean> inComments =
                new AncestorValues<>(null, false, (outer, box) -> outer || isComments(box));
        /** Whether each list holding a time dates several items, counted once per list. */
        private final Map<Element, Boolean> datedLists = new IdentityHashMap<>();
        /** The {@code <h1>} elements of body. */
        private final List<Element> headlines = new ArrayList<>();
        private final Element body;
        private final Deadline deadline;
        private boolean inBody;

        private Tags(final Element root, final Element body, final Deadline deadline) {
            this.root = root;
            this.body = body;
            this.deadline = deadline;
        }

        @Override
        public void head(final Node node, final int depth) {
            deadline.checkOften("reading the page's facts");
            if (!(node instanceof Element element)) {
                return;
            }
            if (element == body) {
                inBody = true;
            } else if (inBody && element.nameIs("h1")) {
                headlines.add(element);
            }
            final boolean addressByline = element.nameIs("address") && isPersonsAddress(element)
                    && !inComments.of(element);
            if (addressByline) {
                bylines.add(element);
            }
            // Every other query asks for an attribute, and most elements have none.
            if (element.attributesSize() == 0) {
                return;
            }
            // Each of these queries names its tag: the element's tag picks the one worth asking, where
            // asking all four cost four queries for every element with an attribute.
            switch (element.normalName()) {
                case "meta" -> {
                    if (!inBody || ownItem.isOfThePage(element)) {
                        collect(META, element, meta);
                    }
                }
                case "link" -> collect(LINK, element, links);
                case "script" -> collect(JSON_LD, element, jsonLd);
                case "a" -> {
                    if (authorLinkRecogniser.isAuthorLink(element)) {
                        authorLinks.add(element);
                    }
                }
                case "time" -> {
                    if (!isInDatedList(element)) {
                        collect(TIME, element, times);
                    }
                }
                case "abbr" -> {
                    if (isPublishedAbbr(element) && !isInDatedList(element)) {
                        times.add(element);
                    }
                }
                default -> {
                }
            }
            // A <time>'s value is its datetime, with the time of day its content often leaves out.
            if (!element.nameIs("meta") && !element.nameIs("time") && element.hasAttr("content")
                    && (element.hasAttr("itemprop") || element.hasAttr("property")) && ownItem.isOfThePage(element)) {
                meta.add(element);
            }
            if (!addressByline && mayBeByline(element) && BYLINE.matches(root, element) && !inComments.of(element)) {
                bylines.add(element);
            }
        }

        /** Whether the box holds the comments or is one: its id or one of its classes says so. */
        private static boolean isComments(final Element box) {
            if (box.nameIs("body") || box.nameIs("html")) {
                return false;
            }
            if (COMMENTS.matcher(box.id()).matches()) {
                return true;
            }
            for (final String name : box.classNames()) {
                if (COMMENTS.matcher(name).matches()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the element is the hAtom microformat's publication time, which older Blogger and
         * WordPress themes write: {@code <abbr class="published" title="2024-03-10T21:14:00Z">21:14</abbr>}.
         */
        private static boolean isPublishedAbbr(final Element abbr) {
            return abbr.hasAttr("title") && (abbr.hasClass("published")
                    || abbr.attr("itemprop").equalsIgnoreCase("datePublished"));
        }

        /**
         * Whether the element has what every part of the byline query asks for: a class that mentions
         * "auth", "byl", "contributor" or "name-uid" in any case (no other character lower-cases to one of those
         * letters), or one
         * of the other attributes the query names. Most elements have neither, and this is cheaper
         * than the seven-part query.
         */
        private static boolean mayBeByline(final Element element) {
            return mentionsByline(element.attr("class")) || element.hasAttr("rel")
                    || element.hasAttr("itemprop") || element.hasAttr("data-testid");
        }

        /**
         * Whether the classes mention "auth", "byl", "contributor" or "name-uid" in any case, in one pass
         * over them: asked of every element with an attribute, four passes were a fortieth of a page's time.
         */
        private static boolean mentionsByline(final String classes) {
            for (int i = 0; i < classes.length(); i++) {
                final boolean found = switch (classes.charAt(i) | 0x20) {
                    case 'a' -> matchesIgnoreCase(classes, i, "auth");
                    case 'b' -> matchesIgnoreCase(classes, i, "byl");
                    case 'c' -> matchesIgnoreCase(classes, i, "contributor");
                    case 'n' -> matchesIgnoreCase(classes, i, "name-uid");
                    default -> false;
                };
                if (found) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether an {@code <address>}, which HTML gives the contact of its article's author, names a
         * person ("By <a>Tim Anderson</a>") rather than a place or a desk: it links to a page (the
         * author's), and holds no digit, where a postal address has a house number or a postcode, a
         * phone or a fax number.
         */
        private static boolean isPersonsAddress(final Element address) {
            final @Nullable String text = ElementText.ofLine(address, MAX_BYLINE_CHARS);
            return text != null && !text.isBlank() && text.chars().noneMatch(Character::isDigit)
                    && address.selectFirst(PAGE_LINK) != null;
        }

        /**
         * Whether the lower-case ASCII word is in the text at {@code at}, in any case, without a lower-cased
         * copy of the text: c | 0x20 is c in lower case for an ASCII letter, and no other letter gives one.
         */
        private static boolean matchesIgnoreCase(final String text, final int at, final String word) {
            if (at + word.length() > text.length()) {
                return false;
            }
            for (int j = 0; j < word.length(); j++) {
                if ((text.charAt(at + j) | 0x20) != word.charAt(j)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether the time dates one item of a list of several dated items: a list of teasers for
         * other pages. A post's own meta list ("<li><time>... <li>by ...") holds one time.
         */
        private boolean isInDatedList(final Element time) {
            for (Element at = time.parent(); at != null; at = at.parent()) {
                if (at.nameIs("li")) {
                    final @Nullable Element list = at.parent();
                    return list != null && datedLists.computeIfAbsent(list, Tags::holdsSeveralTimes);
                }
            }
            return false;
        }

        /**
         * Whether the list holds more than one time, looking no further than the second: a list's
         * items can hold lists of their own, each asked in turn.
         */
        private static boolean holdsSeveralTimes(final Element list) {
            return list.stream().filter(element -> element.nameIs("time")).limit(2).count() > 1;
        }

        @Override
        public void tail(final Node node, final int depth) {
            if (node == body) {
                inBody = false;
            }
        }

        private void collect(final Evaluator query, final Element element, final List<Element> into) {
            if (query.matches(root, element)) {
                into.add(element);
            }
        }
    }
}
