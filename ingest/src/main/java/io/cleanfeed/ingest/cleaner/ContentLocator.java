package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.ingest.cleaner.rules.ClassWords;
import io.cleanfeed.ingest.text.Ancestry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

/**
 * Finds the element that holds the article, the way Readability does: the boxes that hold
 * paragraphs score ({@link CandidateScores}), and their points shrink with link density. The page's
 * {@code <h1>}s tell where the article is ({@link Headlines}): candidates near the page's only
 * {@code <h1>} count double, and of several stories, each under its own {@code <h1>}, the page's is
 * the one its title names. When several candidates score nearly as well as the winner, their common
 * box is the article (pages built as rows of modules). Siblings of the winner that look like article
 * (the lede in its own box, a second body part after an inline ad) are kept with it
 * ({@link ArticleSiblings}), and a standfirst left out under the headline is found
 * ({@link Ledes}). The page's own mark-up, {@code itemprop=articleBody} or a single
 * {@code <article>} ({@link ArticleMarkUp}), is preferred when it holds enough of the text. Not
 * thread-safe: one per page.
 */
final class ContentLocator {

    /** The page's frame: no box of the article, nor around its headline, is looked for above these. */
    static final Set<String> STOP_AT = Set.of("body", "html", "#root");
    /** Header cells or a caption: what a table of data holds and a layout table does not. */
    static final Evaluator DATA_TABLE = Selector.evaluatorOf("thead, th, caption");
    private static final int TOP_CANDIDATES = 5;
    /**
     * A candidate near the headline counts double: an about-us box in the footer or an address in
     * the sidebar can hold more commas than a short article, but it is not under the headline.
     */
    private static final double HEADLINE_BONUS = 2;
    /** A candidate the headline made the winner must hold a quarter of the text of the one it beat. */
    private static final int MIN_NEAR_SHARE = 4;
    private static final int MIN_PEERS = 3;
    private static final double PEER_SHARE = 0.75;
    private static final Set<String> TABLE_PARTS = Set.of("tbody", "thead", "tfoot", "tr");
    /** The share of a layout row's paragraph text that makes one of its cells the article's. */
    private static final double LAYOUT_CELL_SHARE = 0.8;

    private final TextStats stats;
    /** The article's text as the page states it apart from its markup (JSON-LD), or null. */
    private final @Nullable String statedText;
    private final CandidateScores scores;
    private final ArticleMarkUp markUp;
    private final Headlines headlines;
    private final Ledes ledes;
    private final ArticleSiblings siblings;

    /** @param statedText the article's text as the page states it apart from its markup (JSON-LD), or null */
    ContentLocator(final TextStats stats, final ClassWords classWords, final @Nullable String statedText) {
        this.stats = stats;
        this.statedText = statedText;
        this.scores = new CandidateScores(stats, classWords);
        this.markUp = new ArticleMarkUp(stats);
        this.headlines = new Headlines(stats);
        this.ledes = new Ledes(stats, classWords);
        this.siblings = new ArticleSiblings(stats, classWords, scores, headlines, ledes);
    }

    /**
     * The article's element, and what was left out of it when it is the winner's parent.
     *
     * @param elements the elements of body, body first, in page order: those the page rules left,
     *                 which saves a walk of the page
     */
    Located locate(final Element body, final List<Element> elements) {
        for (final Element element : elements) {
            scores.score(element);
            markUp.note(body, element);
            headlines.note(element);
        }
        headlines.findStory(body);
        final Set<Element> nearHeadline = headlines.nearHeadline();
        // Of several stories, each under its own <h1>, the page's is the one its title names.
        final @Nullable Element story = headlines.story();
        Element top = null;
        double best = 0;
        Element plainTop = null;
        double plainBest = 0;
        for (final Map.Entry<Element, Double> entry : scores.entries()) {
            final double plain = entry.getValue() * (1 - stats.get(entry.getKey()).linkDensity());
            final double adjusted = plain * (Headlines.isNear(entry.getKey(), nearHeadline) ? HEADLINE_BONUS : 1);
            entry.setValue(adjusted);
            if (story != null && !Ancestry.isAncestor(story, entry.getKey())) {
                continue;
            }
            if (adjusted > best) {
                best = adjusted;
                top = entry.getKey();
            }
            if (plain > plainBest) {
                plainBest = plain;
                plainTop = entry.getKey();
            }
        }
        if (top == null) {
            return new Located(body, List.of(), List.of());
        }
        if (top != plainTop && stats.get(top).chars * MIN_NEAR_SHARE < stats.get(plainTop).chars) {
            // The lede under the headline is not the article when the body beside it holds far more text.
            top = plainTop;
            best = scores.of(plainTop);
        }
        final @Nullable Element marked = markUp.marked();
        final Located located;
        if (marked != null && !Ancestry.isAncestor(top, marked) && (marked == top || Ancestry.isAncestor(marked, top)
                || stats.get(marked).paragraphChars * 2 >= stats.get(top).paragraphChars)) {
            located = siblings.grow(marked, scores.of(marked), true);
        } else {
            final Element scored = cellOfLayoutRow(wholeTable(commonAncestorOfPeers(top, best)));
            final @Nullable Element stated = statedText == null ? null : StatedArticle.holder(body, statedText);
            // A box that holds none of the text the page's JSON-LD states outscored the article: a
            // long comment thread, a digest of other stories. The statement names the article's
            // first and last words; where the two overlap, the scoring knows the page's furniture better.
            located = stated != null && stats.get(stated).paragraphChars > 0 && !related(stated, scored)
                    ? siblings.grow(stated, scores.of(stated), true)
                    : siblings.grow(scored, best, false);
        }
        final List<Element> opening = ledes.underHeadline(headlines.headline(), elements, located.content(),
                located.excludedSiblings());
        // A standfirst or picture that is itself a sibling left out joins the article, and is no longer left out.
        final List<Element> excluded = located.excludedSiblings().stream()
                .filter(sibling -> !opening.contains(sibling)).toList();
        return new Located(located.content(), excluded, opening);
    }

    /**
     * The data table a winning table body or row belongs to: its parts are one box, and its header
     * row, caption and the text around the table are grown from the table, not its body. A layout
     * table (no header cells, no caption) is the page's grid: its menu and footer rows stay out.
     */
    private static Element wholeTable(final Element winner) {
        if (!TABLE_PARTS.contains(winner.normalName())) {
            return winner;
        }
        for (Element at = winner.parent(); at != null; at = at.parent()) {
            if (at.nameIs("table")) {
                return at.selectFirst(DATA_TABLE) != null ? at : winner;
            }
        }
        return winner;
    }

    /**
     * The cell of a winning layout table's row that holds nearly all its paragraph text: an old page's
     * grid sets its menu in one cell of the row and the article in the next, and the row is no box of
     * the article's. Any other winner as it is.
     */
    private Element cellOfLayoutRow(final Element winner) {
        if (!winner.nameIs("tr")) {
            return winner;
        }
        final int rowChars = stats.get(winner).paragraphChars;
        for (Element cell = winner.firstElementChild(); cell != null; cell = cell.nextElementSibling()) {
            if (stats.get(cell).paragraphChars >= rowChars * LAYOUT_CELL_SHARE && rowChars > 0) {
                return cell;
            }
        }
        return winner;
    }

    /**
     * The box that holds the winner and at least {@value #MIN_PEERS} other candidates scoring
     * nearly as well, the winner itself when there are fewer: an article written as a row of
     * modules (text, image, text) scores in each module, and no single module is the article.
     */
    private Element commonAncestorOfPeers(final Element top, final double best) {
        // The winner's own parent and children score with it: a peer is a box apart from it.
        final List<Element> peers = new ArrayList<>();
        scores.entries().stream()
                .filter(entry -> entry.getKey() != top && !related(entry.getKey(), top)
                        && entry.getValue() >= best * PEER_SHARE)
                .sorted(Map.Entry.<Element, Double>comparingByValue().reversed())
                .limit(TOP_CANDIDATES - 1)
                .forEach(entry -> peers.add(entry.getKey()));
        if (peers.size() < MIN_PEERS) {
            return top;
        }
        for (Element ancestor = top.parent(); ancestor != null && !STOP_AT.contains(ancestor.normalName());
                ancestor = ancestor.parent()) {
            int held = 0;
            for (final Element peer : peers) {
                if (Ancestry.isAncestor(ancestor, peer)) {
                    held++;
                }
            }
            if (held >= MIN_PEERS) {
                return ancestor;
            }
        }
        return top;
    }

    /**
     * The content element, the siblings of the scored winner left out of it, and the parts of the
     * headline's box outside it that belong at the article's start, in page order: its standfirst and
     * its lead picture, or none.
     */
    record Located(Element content, List<Element> excludedSiblings, List<Element> opening) {
    }

    private static boolean related(final Element a, final Element b) {
        return Ancestry.isAncestor(a, b) || Ancestry.isAncestor(b, a);
    }
}
