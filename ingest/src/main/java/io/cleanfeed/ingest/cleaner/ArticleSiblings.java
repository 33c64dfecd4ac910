package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.ingest.cleaner.rules.ClassWords;
import io.cleanfeed.ingest.text.Ancestry;
import io.cleanfeed.ingest.text.ElementText;
import io.cleanfeed.ingest.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

/**
 * The parts of the article beside the box the locator chose: siblings that score well, the lede
 * in its own box, its picture, a second body part after an inline ad, a table of data or a
 * summary of key points between its parts. Taken in level by level, they make articles split over
 * several boxes come out whole; the siblings left out come back with the content, for the cleaner
 * to record as removed.
 */
final class ArticleSiblings {

    private static final int MAX_CAPTION_CHARS = 400;
    /** A caption says what the picture shows; a word or two under a picture is a label ("Pétition"). */
    private static final int MIN_CAPTION_CHARS = 20;
    /** The class words of a caption written beside its picture, not in a figure. */
    private static final Set<String> CAPTION_WORDS = Set.of("caption", "desc", "description", "legend", "legende",
            "bildunterschrift", "leyenda", "legenda", "didascalia", "podpis", "подпись");
    /** The rest of a marked body links to as little as an article's paragraphs do. */
    private static final double MAX_CONTINUED_LINK_DENSITY = 0.25;
    /** How many boxes that only wrap another may stand around a lede. */
    private static final int MAX_WRAPPERS = 3;
    /** A "Read more" link or two beside the content: no more text than this, all of it links, climbed past once. */
    private static final int MAX_LINK_LINE_CHARS = 40;
    /** How many levels above the winner the article may still extend. */
    private static final int MAX_LEVELS = 3;
    private static final Set<String> TEXT_BLOCKS = Set.of("p", "blockquote", "ul", "ol", "dl", "pre", "table");
    /** Text with a full stop that ends a sentence: a paragraph, not a label. */
    private static final Pattern SENTENCE = Pattern.compile(".*\\.( |$).*");
    private static final Evaluator FIGURE = Selector.evaluatorOf("figure, img, picture");
    private static final Evaluator LIST = Selector.evaluatorOf("ul, ol");
    private static final int MIN_SUMMARY_CHARS = 80;
    private static final int MAX_SUMMARY_CHARS_READ = 600;
    /** A summary's point written as a headline is a clause: a subject, a verb and what they do. */
    private static final int MIN_CLAUSE_WORDS = 6;
    /** A table between the article's parts with more of its text in links lists teasers, not data. */
    private static final double MAX_TABLE_LINK_DENSITY = 0.25;

    private final TextStats stats;
    private final ClassWords classWords;
    private final CandidateScores scores;
    private final Headlines headlines;
    private final Ledes ledes;

    ArticleSiblings(final TextStats stats, final ClassWords classWords, final CandidateScores scores,
                    final Headlines headlines, final Ledes ledes) {
        this.stats = stats;
        this.classWords = classWords;
        this.scores = scores;
        this.headlines = headlines;
        this.ledes = ledes;
    }

    /**
     * Grows the winner into the parts of the article beside it, level by level: at each level the
     * siblings that look like article (they score, they are paragraphs, a lede, a figure, or they
     * share the winner's class) are taken in, and the rest are left out. Articles split over
     * several boxes (lede, body, a second body after an inline ad) come out whole.
     *
     * @param marked whether the page says where its article is (its mark-up, its JSON-LD): nothing
     *               after the article joins it then but a picture
     */
    ContentLocator.Located grow(final Element top, final double topScore, final boolean marked) {
        final double threshold = Math.max(10, topScore * 0.2);
        final List<Element> excluded = new ArrayList<>();
        final @Nullable Element headline = headlines.headline();
        final @Nullable Element titled = headlines.titled();
        Element content = top;
        boolean climbedPastLinks = false;
        for (int level = 0; level < MAX_LEVELS; ) {
            final Element parent = content.parent();
            if (parent == null || ContentLocator.STOP_AT.contains(parent.normalName())) {
                break;
            }
            final List<Element> children = parent.children();
            if (aloneWithText(content, children)) {
                // A wrapper around the content alone is the same box: climbing it costs no level.
                content = parent;
                continue;
            }
            final boolean[] in = new boolean[children.size()];
            final boolean[] summaries = new boolean[children.size()];
            boolean any = false;
            final String contentClass = sharedClass(content);
            // Above the headline the article has at most its picture: a notice there is the page's.
            final boolean holdsHeadline = headline != null && Ancestry.isAncestor(content, headline);
            final boolean holdsStory = titled != null && Ancestry.isAncestor(content, titled);
            boolean beforeContent = true;
            for (int i = 0; i < children.size(); i++) {
                final Element sibling = children.get(i);
                if (sibling == content) {
                    beforeContent = false;
                    in[i] = true;
                } else if (beforeContent && holdsHeadline) {
                    in[i] = isFigure(sibling);
                } else if (marked && !beforeContent) {
                    // The page marked where its article ends: after it, only a picture of it joins, or
                    // the rest of its body, which a shop's product box or an ad split off.
                    in[i] = isFigure(sibling) || continuesBody(sibling, content);
                } else if (holdsStory && headlines.holdsAnotherHeadline(sibling)) {
                    // The next story a page appends below its own (infinite scroll), under its own <h1>.
                    in[i] = false;
                } else {
                    in[i] = belongs(sibling, content, contentClass, threshold);
                    summaries[i] = !in[i] && isListedSummary(sibling, stats.get(sibling));
                }
                any |= sibling != content && in[i];
            }
            any |= takeInSummaries(children, in, summaries);
            if (!any) {
                if (climbedPastLinks || !besideOnlyLinks(content, children)) {
                    break;
                }
                climbedPastLinks = true;
                // A box that adds only a link or two to the content ("Read more" over the rest of the
                // story) is the same box: the article may go on beside it.
                for (final Element child : children) {
                    if (child != content) {
                        excluded.add(child);
                    }
                }
                content = parent;
                continue;
            }
            takeInTablesBetweenParts(children, in);
            // A sub-heading goes with the part of the article it introduces, a table taken in too.
            for (int i = children.size() - 2; i >= 0; i--) {
                if (!in[i] && in[i + 1] && isSubHeading(children.get(i))) {
                    in[i] = true;
                }
            }
            for (int i = 0; i < children.size(); i++) {
                if (!in[i]) {
                    excluded.add(children.get(i));
                }
            }
            content = parent;
            level++;
        }
        return new ContentLocator.Located(content, excluded, List.of());
    }

    /**
     * Takes in a table of data between two parts of the article: the figures a report lays out
     * between its paragraphs (a fire brigade's call-out details, a lab's normal values), in a
     * content system's box of its own that neither scores as prose nor reads as a paragraph.
     * Boxes without text between them do not part the table from the article, nor does the
     * table's own sub-heading ("Call-out details"), which joins it after.
     */
    private void takeInTablesBetweenParts(final List<Element> children, final boolean[] in) {
        for (int i = 0; i < children.size(); i++) {
            final TextStats.Counts counts = stats.get(children.get(i));
            if (in[i] || counts.chars == 0 || !isDataTableBox(children.get(i), counts)) {
                continue;
            }
            final int before = partBeside(children, in, i, -1);
            final int after = partBeside(children, in, i, 1);
            in[i] = before >= 0 && in[before] && after >= 0 && in[after];
        }
    }

    /**
     * The child with text next to the one at {@code at}, on the side {@code step} goes to, past a
     * sub-heading not taken in yet (the table's own, or the next part's); -1 when none.
     */
    private int partBeside(final List<Element> children, final boolean[] in, final int at, final int step) {
        final int beside = withText(children, at + step, step);
        return beside >= 0 && !in[beside] && isSubHeading(children.get(beside))
                ? withText(children, beside + step, step) : beside;
    }

    /** The first child with text from {@code from} on, going the way {@code step} goes; -1 when none. */
    private int withText(final List<Element> children, final int from, final int step) {
        for (int i = from; i >= 0 && i < children.size(); i += step) {
            if (stats.get(children.get(i)).chars > 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A table with headers, or a box around one, of few links: data, not a grid of teasers. The
     * parser keeps a {@code <th>}, {@code <thead>} or {@code <caption>} only inside a table, and the
     * query looks at the box itself too.
     */
    private static boolean isDataTableBox(final Element box, final TextStats.Counts counts) {
        return counts.linkDensity() < MAX_TABLE_LINK_DENSITY && box.selectFirst(ContentLocator.DATA_TABLE) != null;
    }

    /** Whether the content's siblings hold a link or two and no other text: a "Read more" over the rest. */
    private boolean besideOnlyLinks(final Element content, final List<Element> siblings) {
        int chars = 0;
        for (final Element sibling : siblings) {
            final TextStats.Counts counts = stats.get(sibling);
            if (sibling != content) {
                if (counts.chars > counts.linkChars) {
                    return false;
                }
                chars += counts.chars;
            }
        }
        return chars <= MAX_LINK_LINE_CHARS;
    }

    private boolean aloneWithText(final Element content, final List<Element> siblings) {
        for (final Element sibling : siblings) {
            if (sibling != content && stats.get(sibling).chars > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a sibling after the marked content is the rest of its body: a box of the very classes
     * the content has, holding paragraphs with few links. The mark-up names the body's first part
     * only, where a shop's product box or an ad split the body in two.
     */
    private boolean continuesBody(final Element sibling, final Element content) {
        final String classes = content.className();
        final TextStats.Counts counts = stats.get(sibling);
        return !classes.isBlank() && classes.equals(sibling.className()) && counts.paragraphs > 0
                && counts.linkDensity() < MAX_CONTINUED_LINK_DENSITY;
    }

    /**
     * Whether a sibling of the content is part of the article too: it scores well, is a figure,
     * shares the content's class, or reads as a lede or as prose.
     *
     * @param contentClass the content's {@link #sharedClass}, found once for all its siblings: a class
     *                     is as long as the page makes it
     */
    private boolean belongs(final Element sibling, final Element content, final String contentClass,
                            final double threshold) {
        double score = scores.of(sibling);
        final boolean sameClass = !contentClass.isEmpty() && contentClass.equals(firstClass(sibling));
        if (sameClass) {
            score += scores.of(content) * 0.2;
        }
        if (score >= threshold || isFigure(sibling) || isCaptionBeside(sibling)) {
            return true;
        }
        final TextStats.Counts counts = stats.get(sibling);
        if (counts.chars == 0) {
            return false;
        }
        if (sameClass && counts.linkDensity() < 0.5) {
            return true;
        }
        if (ledes.isLede(sibling, MAX_WRAPPERS)) {
            return true;
        }
        if (counts.chars - counts.linkChars >= 80 && counts.linkDensity() < 0.25
                && (counts.paragraphs > 0 || TEXT_BLOCKS.contains(sibling.normalName()))) {
            return true;
        }
        return sibling.normalName().equals("p") && counts.linkChars == 0 && SENTENCE.matcher(sibling.text()).matches();
    }

    /**
     * Takes in the boxes listing linkless sentences ({@link #isListedSummary}) that open the article,
     * before its first part, or stand between two of its parts. After the article's last part such a
     * box is the site's: its standards ("We check every fact"), its address and registration.
     *
     * @return whether one was taken in
     */
    private boolean takeInSummaries(final List<Element> children, final boolean[] in, final boolean[] summaries) {
        boolean any = false;
        boolean beforeParts = true;
        for (int i = 0; i < children.size(); i++) {
            if (summaries[i]) {
                final int before = partBeside(children, in, i, -1);
                final int after = partBeside(children, in, i, 1);
                in[i] = after >= 0 && in[after] && (beforeParts || before >= 0 && in[before]);
                any |= in[i];
            }
            beforeParts &= !in[i];
        }
        return any;
    }

    /**
     * Whether the box lists sentences without a link: an article's summary in a box of its own ("Das
     * Wichtigste in Kürze", "Key points"), which a content system built of components sets apart
     * from the paragraphs. Its points may be written as headlines are, without a full stop ("Schools
     * closed in 23 towns"): an item of a clause's words counts as a sentence. A box of teasers or a
     * menu lists links.
     */
    private static boolean isListedSummary(final Element box, final TextStats.Counts counts) {
        if (counts.linkChars > 0 || counts.chars < MIN_SUMMARY_CHARS) {
            return false;
        }
        final @Nullable Element list = box.selectFirst(LIST);
        return list != null && (Words.sentenceEnds(ElementText.start(box, MAX_SUMMARY_CHARS_READ)) >= 2
                || clauseItems(list) >= 2);
    }

    /** The items of the list that hold a clause's words, looking no further than the second. */
    private static int clauseItems(final Element list) {
        int clauses = 0;
        for (final Element item : list.children()) {
            final @Nullable String text = ElementText.ofLine(item, MAX_SUMMARY_CHARS_READ);
            if (text != null && Words.count(text) >= MIN_CLAUSE_WORDS && ++clauses == 2) {
                break;
            }
        }
        return clauses;
    }

    private static boolean isSubHeading(final Element element) {
        return Lines.isHeading(element) && !element.nameIs("h1");
    }

    /**
     * Hashed and grid classes ({@code css-1dbjc4n}, {@code col-md-8}) are shared by unrelated boxes;
     * sharing one says nothing about belonging to the article.
     */
    private static boolean isUtilityClass(final String className) {
        return className.chars().anyMatch(Character::isDigit);
    }

    /**
     * The first class of the element, when siblings that share it are parts of one article; not a
     * utility class with a number in it, which unrelated boxes share.
     */
    private static String sharedClass(final Element element) {
        final String first = firstClass(element);
        return isUtilityClass(first) ? "" : first;
    }

    /** The element's first class name, or "". */
    static String firstClass(final Element element) {
        final String classes = element.className().strip();
        final int space = classes.indexOf(' ');
        return space < 0 ? classes : classes.substring(0, space);
    }

    /**
     * Whether the element is the caption of a picture written just before it, outside any figure: a
     * line without links under a bare {@code <img>}, whose class says it is a caption or a picture's
     * description ({@code <div class="news-detail-picture-desc">}). Not any line after a picture: a
     * banner's offer after its gif, a site's motto after its logo.
     */
    private boolean isCaptionBeside(final Element element) {
        final @Nullable Element before = element.previousElementSibling();
        final TextStats.Counts counts = stats.get(element);
        return before != null && (before.nameIs("img") || before.nameIs("picture")) && counts.links == 0
                && counts.chars >= MIN_CAPTION_CHARS && counts.chars < MAX_CAPTION_CHARS && !Lines.isHeading(element)
                && classWords.of(element).stream().anyMatch(CAPTION_WORDS::contains);
    }

    /** A lead image or figure beside the article body: the article's, not the page's. */
    private boolean isFigure(final Element element) {
        final TextStats.Counts counts = stats.get(element);
        // A <figure>'s caption may hold a link (its licence, its photographer), never mostly links.
        final boolean fewLinks = counts.links == 0
                || element.nameIs("figure") && counts.linkChars * 2 <= counts.chars - counts.linkChars;
        return fewLinks && counts.chars < MAX_CAPTION_CHARS
                && (element.normalName().equals("figure") || element.selectFirst(FIGURE) != null);
    }
}
