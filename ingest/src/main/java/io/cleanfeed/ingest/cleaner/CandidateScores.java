package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.ingest.cleaner.rules.ClassWords;
import io.cleanfeed.ingest.text.CustomParagraphs;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * The points of the boxes that may hold the article, scored the way Readability does: every
 * paragraph gives points to its parent and, less, to two ancestors above; points grow with text
 * length and commas. A box starts with points for its tag, and class or id words such as
 * {@code article} or {@code sidebar} add or take some. Text written loose between line breaks
 * counts as paragraphs too. Not thread-safe: one per page.
 */
final class CandidateScores {

    private static final int MIN_PARAGRAPH_CHARS = 25;
    // HashSet, not Set.of: asked per element, and its lookup masks the hash where Set.of divides.
    private static final Set<String> CONTAINERS = new HashSet<>(List.of("div", "section", "article", "main", "td"));
    private static final Set<String> SCORED = new HashSet<>(List.of("p", "pre", "td", "blockquote"));
    private static final Set<String> POSITIVE_WORDS = new HashSet<>(List.of("article", "articlebody", "body",
            "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story", "prose", "richtext",
            "rich-text"));
    private static final Set<String> NEGATIVE_WORDS = new HashSet<>(List.of("comment", "comments", "meta", "footer",
            "footnote", "masthead", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
            "skyscraper", "sponsor", "shopping", "tags", "tool", "tools", "nav", "menu", "teaser",
            "recommended", "trending", "popular", "banner", "ad", "ads", "hidden", "social", "byline", "author",
            "caption"));

    private final TextStats stats;
    private final ClassWords classWords;
    /**
     * In the order candidates were first scored, so that ties go to the first in the page: the
     * same page must always give the same article. (jsoup elements are equal only to themselves.)
     */
    private final Map<Element, Double> scores = new LinkedHashMap<>();

    CandidateScores(final TextStats stats, final ClassWords classWords) {
        this.stats = stats;
        this.classWords = classWords;
    }

    /** Scores the element, met in page order: as a paragraph, or by the loose text of a container. */
    void score(final Element element) {
        if (isScored(element)) {
            scoreParagraph(element);
        } else if (CONTAINERS.contains(element.normalName())) {
            scoreLooseText(element);
        }
    }

    /** The element's points, 0 when it scored none. */
    double of(final Element element) {
        return scores.getOrDefault(element, 0.0);
    }

    /**
     * The candidates and their points, in the order first scored; the entries are live, for the
     * locator to weigh the points in place.
     */
    Set<Map.Entry<Element, Double>> entries() {
        return scores.entrySet();
    }

    private void scoreParagraph(final Element paragraph) {
        final TextStats.Counts counts = stats.get(paragraph);
        if (counts.chars < MIN_PARAGRAPH_CHARS) {
            return;
        }
        addPoints(paragraph.parent(), points(counts.chars, counts.commas));
    }

    /** A paragraph's points: one, one per comma, and one per hundred characters up to three. */
    private static double points(final int chars, final int commas) {
        return 1 + commas + Math.min(chars / 100.0, 3);
    }

    /** Gives a paragraph's points to the element that holds it and, less, to two ancestors above. */
    private void addPoints(final @Nullable Element holder, final double points) {
        Element ancestor = holder;
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

    /**
     * Scores the text a container holds outside its blocks, as Readability does when it wraps such
     * runs in paragraphs: sites that write {@code <div>text<br><br>more text</div>} beside an image
     * box have paragraphs that no {@code <p>} marks. Each run between blocks or double line breaks
     * counts as a paragraph of the container itself.
     */
    private void scoreLooseText(final Element container) {
        int chars = 0;
        int linkChars = 0;
        int commas = 0;
        boolean afterBreak = false;
        for (final Node node : container.childNodes()) {
            final boolean paragraphEnds;
            if (node instanceof TextNode text) {
                if (text.isBlank()) {
                    continue;
                }
                final String value = text.text();
                chars += value.length();
                for (int i = 0; i < value.length(); i++) {
                    if (TextStats.isComma(value.charAt(i))) {
                        commas++;
                    }
                }
                paragraphEnds = false;
            } else if (node instanceof Element child) {
                if (child.normalName().equals("br")) {
                    paragraphEnds = afterBreak;
                    afterBreak = !afterBreak;
                    if (!paragraphEnds) {
                        continue;
                    }
                } else if (Lines.isBlock(child) || stats.get(child).paragraphs > 0) {
                    // An inline box that holds paragraphs (a <span> around <p>s) is scored through them.
                    paragraphEnds = true;
                } else {
                    final TextStats.Counts counts = stats.get(child);
                    chars += counts.chars;
                    linkChars += counts.linkChars;
                    commas += counts.commas;
                    paragraphEnds = false;
                }
            } else {
                continue;
            }
            afterBreak = false;
            if (paragraphEnds) {
                scoreRun(container, chars, linkChars, commas);
                chars = 0;
                linkChars = 0;
                commas = 0;
            }
        }
        scoreRun(container, chars, linkChars, commas);
    }

    private void scoreRun(final Element container, final int chars, final int linkChars, final int commas) {
        if (chars - linkChars >= MIN_PARAGRAPH_CHARS && linkChars * 2 < chars) {
            addPoints(container, points(chars, commas));
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
        if (SCORED.contains(element.normalName()) || CustomParagraphs.isParagraph(element)) {
            return true;
        }
        // Sites that write paragraphs as <div>text</div>: a div with no block inside is a paragraph.
        if (!element.normalName().equals("div") && !element.normalName().equals("section")) {
            return false;
        }
        // Sibling by sibling: children() copies the list, for each of a page's thousands of divs.
        for (Element child = element.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (Lines.isBlock(child)) {
                return false;
            }
        }
        return true;
    }
}
