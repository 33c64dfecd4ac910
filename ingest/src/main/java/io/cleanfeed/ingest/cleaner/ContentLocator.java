package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.ingest.cleaner.rules.ClassWords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

/**
 * Finds the element that holds the article, the way Readability does: every paragraph gives
 * points to its parent and, halved, to its grandparent; points grow with text length and commas,
 * shrink with link density, and class or id words such as {@code article} or {@code sidebar} add
 * or take some. Siblings of the winner that score well (the lede in its own box, a second body
 * part after an inline ad) are kept with it. The page's own mark-up, {@code itemprop=articleBody}
 * or a single {@code <article>}, is preferred when it holds enough of the text.
 */
final class ContentLocator {

    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int MAX_CAPTION_CHARS = 400;
    // HashSet, not Set.of: asked per element, and its lookup masks the hash where Set.of divides.
    private static final Set<String> SCORED = new HashSet<>(List.of("p", "pre", "td", "blockquote"));
    private static final Set<String> BLOCKS = new HashSet<>(List.of("address", "article", "aside", "blockquote", "dd",
            "div", "dl", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
            "li", "main", "nav", "ol", "p", "pre", "section", "table", "ul"));
    private static final Set<String> POSITIVE_WORDS = new HashSet<>(List.of("article", "articlebody", "body",
            "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story", "prose", "richtext",
            "rich-text"));
    private static final Set<String> NEGATIVE_WORDS = new HashSet<>(List.of("comment", "comments", "meta", "footer",
            "footnote", "masthead", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
            "skyscraper", "sponsor", "shopping", "tags", "tool", "tools", "widget", "nav", "menu", "teaser",
            "recommended", "trending", "popular", "banner", "ad", "ads", "hidden", "social", "byline", "author",
            "caption"));

    /** Text with a full stop that ends a sentence: a paragraph, not a label. */
    private static final Pattern SENTENCE = Pattern.compile(".*\\.( |$).*");
    private static final Evaluator FIGURE = Selector.evaluatorOf("figure, img, picture");
    private static final Evaluator ARTICLE_BODY = Selector.evaluatorOf("[itemprop=articleBody]");

    private final TextStats stats;
    private final ClassWords classWords;
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    /** The page's own mark-up of its article, noted during the scoring walk: the first {@code itemprop=articleBody}. */
    private @Nullable Element articleBody;
    /** The first {@code <article>}, and how many there are. */
    private @Nullable Element article;
    private int articles;

    ContentLocator(final TextStats stats, final ClassWords classWords) {
        this.stats = stats;
        this.classWords = classWords;
    }

    /**
     * The article's element, and what was left out of it when it is the winner's parent.
     *
     * @param elements the elements of body, body first, in page order: those the page rules left,
     *                 which saves a walk of the page
     */
    Located locate(final Element body, final List<Element> elements) {
        for (final Element element : elements) {
            if (isScored(element)) {
                score(element);
            }
            noteMarkUp(body, element);
        }
        Element top = null;
        double best = 0;
        for (final Map.Entry<Element, Double> entry : scores.entrySet()) {
            final double adjusted = entry.getValue() * (1 - stats.get(entry.getKey()).linkDensity());
            entry.setValue(adjusted);
            if (adjusted > best) {
                best = adjusted;
                top = entry.getKey();
            }
        }
        if (top == null) {
            return new Located(body, List.of());
        }
        final @Nullable Element marked = markedArticle();
        if (marked != null && !isAncestor(top, marked) && (marked == top || isAncestor(marked, top)
                || stats.get(marked).paragraphChars * 2 >= stats.get(top).paragraphChars)) {
            return withSiblings(marked, scores.getOrDefault(marked, 0.0));
        }
        return withSiblings(top, best);
    }

    /** The content element and the siblings of the scored winner left out of it. */
    record Located(Element content, List<Element> excludedSiblings) {
    }

    private Located withSiblings(final Element top, final double topScore) {
        final Element parent = top.parent();
        if (parent == null || parent.normalName().equals("body") || parent.normalName().equals("#root")) {
            return new Located(top, List.of());
        }
        final double threshold = Math.max(10, topScore * 0.2);
        final List<Element> excluded = new ArrayList<>();
        boolean anyIncluded = false;
        for (final Element sibling : parent.children()) {
            if (sibling == top) {
                continue;
            }
            if (belongs(sibling, top, threshold)) {
                anyIncluded = true;
            } else {
                excluded.add(sibling);
            }
        }
        return anyIncluded ? new Located(parent, excluded) : new Located(top, List.of());
    }

    private boolean belongs(final Element sibling, final Element top, final double threshold) {
        double score = scores.getOrDefault(sibling, 0.0);
        if (!top.className().isEmpty() && sibling.className().equals(top.className())) {
            score += scores.getOrDefault(top, 0.0) * 0.2;
        }
        if (score >= threshold || isFigure(sibling)) {
            return true;
        }
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        final TextStats.Counts counts = stats.get(sibling);
        if (counts.chars > 80) {
            return counts.linkDensity() < 0.25;
        }
        return counts.chars > 0 && counts.linkChars == 0 && SENTENCE.matcher(sibling.text()).matches();
    }

    /** A lead image or figure beside the article body: the article's, not the page's. */
    private boolean isFigure(final Element element) {
        final TextStats.Counts counts = stats.get(element);
        return counts.links == 0 && counts.chars < MAX_CAPTION_CHARS
                && (element.normalName().equals("figure") || element.selectFirst(FIGURE) != null);
    }

    private void score(final Element paragraph) {
        final TextStats.Counts counts = stats.get(paragraph);
        if (counts.chars < MIN_PARAGRAPH_CHARS) {
            return;
        }
        final double points = 1 + counts.commas + Math.min(counts.chars / 100.0, 3);
        Element ancestor = paragraph.parent();
        for (int level = 0; ancestor != null && level < 3; level++, ancestor = ancestor.parent()) {
            if (ancestor.normalName().equals("#root") || ancestor.normalName().equals("html")) {
                break;
            }
            final double share = level == 0 ? points : level == 1 ? points / 2 : points / (level * 3);
            if (!scores.containsKey(ancestor)) {
                scores.put(ancestor, initialScore(ancestor));
            }
            scores.merge(ancestor, share, Double::sum);
        }
    }

    private double initialScore(final Element element) {
        double score = switch (element.normalName()) {
            case "article" -> 10;
            case "div", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        final List<String> words = classWords.of(element);
        if (words.stream().anyMatch(POSITIVE_WORDS::contains)) {
            score += 25;
        }
        if (words.stream().anyMatch(NEGATIVE_WORDS::contains)) {
            score -= 25;
        }
        if (element.attr("itemprop").equals("articleBody")) {
            score += 25;
        }
        return score;
    }

    private static boolean isScored(final Element element) {
        if (SCORED.contains(element.normalName())) {
            return true;
        }
        // Sites that write paragraphs as <div>text</div>: a div with no block inside is a paragraph.
        if (!element.normalName().equals("div") && !element.normalName().equals("section")) {
            return false;
        }
        for (final Element child : element.children()) {
            if (BLOCKS.contains(child.normalName())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAncestor(final Element ancestor, final Element of) {
        for (Element at = of.parent(); at != null; at = at.parent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void noteMarkUp(final Element body, final Element element) {
        if (articleBody == null && ARTICLE_BODY.matches(body, element)) {
            articleBody = element;
        }
        if (element.nameIs("article")) {
            articles++;
            if (article == null) {
                article = element;
            }
        }
    }

    private @Nullable Element markedArticle() {
        if (articleBody != null && stats.get(articleBody).paragraphChars > 0) {
            return articleBody;
        }
        if (articles == 1 && stats.get(article).paragraphChars >= 200) {
            return article;
        }
        return null;
    }
}
