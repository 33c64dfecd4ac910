package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.ingest.cleaner.rules.Block;
import io.cleanfeed.ingest.cleaner.rules.ClassWords;
import io.cleanfeed.ingest.text.Ancestry;
import io.cleanfeed.ingest.text.CustomParagraphs;
import io.cleanfeed.ingest.text.ElementText;
import io.cleanfeed.ingest.text.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

/**
 * Finds the element that holds the article, the way Readability does: every paragraph gives
 * points to its parent and, halved, to its grandparent; points grow with text length and commas,
 * shrink with link density, and class or id words such as {@code article} or {@code sidebar} add
 * or take some; text written loose between line breaks counts as paragraphs too. When several
 * candidates score nearly as well as the winner, their common box is the article (pages built as
 * rows of modules). Siblings of the winner that score well (the lede in its own box, a second body
 * part after an inline ad) are kept with it. Candidates near the page's only {@code <h1>} count
 * double. The page's own mark-up, {@code itemprop=articleBody}
 * or a single {@code <article>}, is preferred when it holds enough of the text.
 */
final class ContentLocator {

    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int MAX_CAPTION_CHARS = 400;
    /** A caption says what the picture shows; a word or two under a picture is a label ("Pétition"). */
    private static final int MIN_CAPTION_CHARS = 20;
    /** The class words of a caption written beside its picture, not in a figure. */
    private static final Set<String> CAPTION_WORDS = Set.of("caption", "desc", "description", "legend", "legende",
            "bildunterschrift", "leyenda", "legenda", "didascalia", "podpis", "подпись");
    /** A lede box may hold a summary of key points and the guide's contents: more than a lede alone. */
    private static final int MAX_LEDE_CHARS = 2500;
    private static final double MAX_LEDE_LINK_DENSITY = 0.3;
    /** How many boxes that only wrap another may stand around a lede. */
    private static final int MAX_WRAPPERS = 3;
    /** A "Read more" link or two beside the content: no more text than this, all of it links, climbed past once. */
    private static final int MAX_LINK_LINE_CHARS = 40;
    /** How many levels above the winner the article may still extend. */
    private static final int MAX_LEVELS = 3;
    /** The most {@code <h1>}s compared with the page's title: a page of more is a list, not stories. */
    private static final int MAX_STORIES = 16;
    /** A headline the title names has a few words; a shorter {@code <h1>} may be a site's name, or a letter. */
    private static final int MIN_TITLE_CHARS = 10;
    private static final int MAX_TITLE_CHARS = 400;
    private static final Evaluator OG_TITLE = Selector.evaluatorOf("meta[property=og:title]");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Set<String> STANDFIRSTS = Set.of("p", "h2", "div");
    private static final int MIN_STANDFIRST_CHARS = 80;
    private static final int MAX_STANDFIRST_CHARS = 400;
    private static final int TOP_CANDIDATES = 5;
    /**
     * The boxes up to this many levels above the page's only headline, and the candidates up to
     * {@link #NEAR_LEVELS} levels inside them, are near it. Measured on the corpus: 4 to 8 levels
     * do alike, 3 less well. Where the headline sits in a page-wide wrapper, everything is near it
     * and the bonus changes nothing.
     */
    private static final int HEADLINE_LEVELS = 5;
    private static final int NEAR_LEVELS = 3;
    /**
     * A candidate near the headline counts double: an about-us box in the footer or an address in
     * the sidebar can hold more commas than a short article, but it is not under the headline.
     */
    private static final double HEADLINE_BONUS = 2;
    /** A candidate the headline made the winner must hold a quarter of the text of the one it beat. */
    private static final int MIN_NEAR_SHARE = 4;
    private static final int MIN_PEERS = 3;
    private static final double PEER_SHARE = 0.75;
    private static final Set<String> STOP_AT = Set.of("body", "html", "#root");
    private static final Set<String> TABLE_PARTS = Set.of("tbody", "thead", "tfoot", "tr");
    /** The share of a layout row's paragraph text that makes one of its cells the article's. */
    private static final double LAYOUT_CELL_SHARE = 0.8;
    private static final Set<String> TEXT_BLOCKS = Set.of("p", "blockquote", "ul", "ol", "dl", "pre", "table");
    private static final Set<String> LEDE_WORDS = new HashSet<>(List.of("intro", "lead", "lede", "standfirst",
            "summary", "excerpt", "vorspann", "teaser-text", "deck", "dek", "abstract", "chapo", "chapeau",
            "entradilla", "bajada", "sapo", "subtitle", "subheadline", "description", "anriss", "einleitung",
            "sommario", "catenaccio", "sottotitolo", "linha-fina", "strapline", "zajawka", "wstep", "spot", "ingress",
            "olho", "ozet", "perex", "anotace", "opener", "synopsis", "shortdesc", "short-desc", "detail-preview",
            "preview-text"));
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

    /** Text with a full stop that ends a sentence: a paragraph, not a label. */
    private static final Pattern SENTENCE = Pattern.compile(".*\\.( |$).*");
    private static final Evaluator FIGURE = Selector.evaluatorOf("figure, img, picture");
    private static final Evaluator DATA_TABLE = Selector.evaluatorOf("thead, th, caption");
    private static final Evaluator LIST = Selector.evaluatorOf("ul, ol");
    private static final int MIN_SUMMARY_CHARS = 80;
    private static final int MAX_SUMMARY_CHARS_READ = 600;
    /** A table between the article's parts with more of its text in links lists teasers, not data. */
    private static final double MAX_TABLE_LINK_DENSITY = 0.25;
    private static final Evaluator ARTICLE_BODY = Selector.evaluatorOf("[itemprop=articleBody]");

    private final TextStats stats;
    private final ClassWords classWords;
    /** The article's text as the page states it apart from its markup (JSON-LD), or null. */
    private final @Nullable String statedText;
    /**
     * In the order candidates were first scored, so that ties go to the first in the page: the
     * same page must always give the same article. (jsoup elements are equal only to themselves.)
     */
    private final Map<Element, Double> scores = new LinkedHashMap<>();
    /** The page's own mark-up of its article, noted during the scoring walk: the first {@code itemprop=articleBody}. */
    private @Nullable Element articleBody;
    /** The first {@code <article>}, and how many there are. */
    private @Nullable Element article;
    private int articles;
    /** The page's only {@code <h1>}, or null. */
    private @Nullable Element headline;
    /**
     * Of several {@code <h1>}s, the one that the page's title names, or null: on a page that appends
     * the next stories below its own (infinite scroll), its story's headline.
     */
    private @Nullable Element titled;
    /** The other {@code <h1>}s that head stories of their own, over paragraphs in a box apart from the titled one. */
    private final List<Element> otherStories = new ArrayList<>();
    /** The page's {@code <h1>}s, the first {@value #MAX_STORIES} of them. */
    private final List<Element> headings = new ArrayList<>();
    private int headlines;

    ContentLocator(final TextStats stats, final ClassWords classWords) {
        this(stats, classWords, null);
    }

    /** @param statedText the article's text as the page states it apart from its markup (JSON-LD), or null */
    ContentLocator(final TextStats stats, final ClassWords classWords, final @Nullable String statedText) {
        this.stats = stats;
        this.classWords = classWords;
        this.statedText = statedText;
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
            } else if (CONTAINERS.contains(element.normalName())) {
                scoreLooseText(element);
            }
            noteMarkUp(body, element);
            if (element.nameIs("h1")) {
                headlines++;
                headline = element;
                if (headings.size() < MAX_STORIES) {
                    headings.add(element);
                }
            }
        }
        if (headlines > 1) {
            headline = null;
            titled = titledHeadline(body);
            if (titled != null) {
                noteOtherStories(titled);
            }
        }
        final Set<Element> nearHeadline = nearHeadline();
        // Of several stories, each under its own <h1>, the page's is the one its title names.
        final @Nullable Element story = titled != null ? storyOf(titled) : null;
        Element top = null;
        double best = 0;
        Element plainTop = null;
        double plainBest = 0;
        for (final Map.Entry<Element, Double> entry : scores.entrySet()) {
            final double plain = entry.getValue() * (1 - stats.get(entry.getKey()).linkDensity());
            final double adjusted = plain * (isNear(entry.getKey(), nearHeadline) ? HEADLINE_BONUS : 1);
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
            return new Located(body, List.of(), null);
        }
        if (top != plainTop && stats.get(top).chars * MIN_NEAR_SHARE < stats.get(plainTop).chars) {
            // The lede under the headline is not the article when the body beside it holds far more text.
            top = plainTop;
            best = scores.get(plainTop);
        }
        final @Nullable Element marked = markedArticle();
        final Located located;
        if (marked != null && !Ancestry.isAncestor(top, marked) && (marked == top || Ancestry.isAncestor(marked, top)
                || stats.get(marked).paragraphChars * 2 >= stats.get(top).paragraphChars)) {
            located = withSiblings(marked, scores.getOrDefault(marked, 0.0), true);
        } else {
            final Element scored = cellOfLayoutRow(wholeTable(commonAncestorOfPeers(top, best)));
            final @Nullable Element stated = statedText == null ? null : StatedArticle.holder(body, statedText);
            // A box that holds none of the text the page's JSON-LD states outscored the article: a
            // long comment thread, a digest of other stories. The statement names the article's
            // first and last words; where the two overlap, the scoring knows the page's furniture better.
            located = stated != null && stats.get(stated).paragraphChars > 0 && !related(stated, scored)
                    ? withSiblings(stated, scores.getOrDefault(stated, 0.0), true)
                    : withSiblings(scored, best, false);
        }
        return new Located(located.content(), located.excludedSiblings(),
                ledeUnderHeadline(elements, located.content(), located.excludedSiblings()));
    }

    /**
     * The standfirst in the headline's box, when that box stays out of the article: between the
     * page's only headline and the article, a box whose class names a lede ({@code subtitle},
     * {@code standfirst}, {@code chapo} ...), short and with few links. Null when there is none, or
     * when another heading comes between the headline and the article: then the headline is the
     * site's name above a blog post's own title, and the "description" under it is the site's. The
     * headline's box may be inside the content and left out of it, a sibling of the picture that
     * took the content a level up.
     */
    private @Nullable Element ledeUnderHeadline(final List<Element> elements, final Element content,
                                                final List<Element> excluded) {
        if (headline == null || keeps(content, excluded, headline)) {
            return null;
        }
        @Nullable Element lede = null;
        boolean afterHeadline = false;
        for (final Element element : elements) {
            if (afterHeadline && keeps(content, excluded, element)) {
                // The article starts.
                return lede;
            }
            if (element == headline) {
                afterHeadline = true;
            } else if (afterHeadline && !Ancestry.isAncestor(headline, element)
                    && !Ancestry.isAncestor(element, content)
                    && (lede == null || !Ancestry.isAncestor(lede, element))) {
                // The box itself, not a frame around it: the frame may be a list's <dd>.
                if (lede == null && (isLede(element, 0) || isStandfirst(element))) {
                    lede = element;
                } else if (Lines.isHeading(element)) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Whether the element is the content or in it, and not in a sibling the content leaves out. */
    private static boolean keeps(final Element content, final List<Element> excluded, final Element element) {
        if (element != content && !Ancestry.isAncestor(content, element)) {
            return false;
        }
        for (final Element left : excluded) {
            if (left == element || Ancestry.isAncestor(left, element)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the element, right after the headline, reads as its standfirst whatever its class: a
     * paragraph or sub-heading of one to three sentences, no link in it.
     */
    private boolean isStandfirst(final Element element) {
        if (element.previousElementSibling() != headline || !STANDFIRSTS.contains(element.normalName())) {
            return false;
        }
        final TextStats.Counts counts = stats.get(element);
        if (counts.links > 0 || counts.chars < MIN_STANDFIRST_CHARS || counts.chars > MAX_STANDFIRST_CHARS) {
            return false;
        }
        final @Nullable String text = ElementText.ofLine(element, MAX_STANDFIRST_CHARS);
        return text != null && Words.endsSentence(text);
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
        scores.entrySet().stream()
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
     * The content element, the siblings of the scored winner left out of it, and the standfirst in
     * the headline's box outside it, which belongs at the article's start (or null).
     */
    record Located(Element content, List<Element> excludedSiblings, @Nullable Element lede) {
    }

    /**
     * Grows the winner into the parts of the article beside it, level by level: at each level the
     * siblings that look like article (they score, they are paragraphs, a lede, a figure, or they
     * share the winner's class) are taken in, and the rest are left out. Articles split over
     * several boxes (lede, body, a second body after an inline ad) come out whole.
     */
    private Located withSiblings(final Element top, final double topScore, final boolean marked) {
        final double threshold = Math.max(10, topScore * 0.2);
        final List<Element> excluded = new ArrayList<>();
        Element content = top;
        boolean climbedPastLinks = false;
        for (int level = 0; level < MAX_LEVELS; ) {
            final Element parent = content.parent();
            if (parent == null || STOP_AT.contains(parent.normalName())) {
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
                    // The page marked where its article ends: after it, only a picture of it joins.
                    in[i] = isFigure(sibling);
                } else if (holdsStory && holdsAnotherHeadline(sibling)) {
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
        return new Located(content, excluded, null);
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
        return counts.linkDensity() < MAX_TABLE_LINK_DENSITY && box.selectFirst(DATA_TABLE) != null;
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
     * Whether a sibling of the content is part of the article too: it scores well, is a figure,
     * shares the content's class, or reads as a lede or as prose.
     *
     * @param contentClass the content's {@link #sharedClass}, found once for all its siblings: a class
     *                     is as long as the page makes it
     */
    private boolean belongs(final Element sibling, final Element content, final String contentClass,
                            final double threshold) {
        double score = scores.getOrDefault(sibling, 0.0);
        final boolean sameClass = !contentClass.isEmpty() && contentClass.equals(firstClass(sibling));
        if (sameClass) {
            score += scores.getOrDefault(content, 0.0) * 0.2;
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
        if (isLede(sibling, MAX_WRAPPERS)) {
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
     * from the paragraphs. A box of teasers or a menu lists links.
     */
    private static boolean isListedSummary(final Element box, final TextStats.Counts counts) {
        return counts.linkChars == 0 && counts.chars >= MIN_SUMMARY_CHARS && box.selectFirst(LIST) != null
                && Words.sentenceEnds(ElementText.start(box, MAX_SUMMARY_CHARS_READ)) >= 2;
    }

    private static boolean isSubHeading(final Element element) {
        return Lines.isHeading(element) && !element.nameIs("h1");
    }

    /**
     * Whether the element is a lede: short, few links, and a class that names a lede on it or on a
     * box it merely wraps, up to {@code wrappers} frames deep (a content system's frame around the
     * intro box).
     */
    private boolean isLede(final Element element, final int wrappers) {
        final TextStats.Counts counts = stats.get(element);
        if (counts.chars == 0 || counts.chars >= MAX_LEDE_CHARS || counts.linkDensity() >= MAX_LEDE_LINK_DENSITY) {
            return false;
        }
        Element box = element;
        for (int level = 0; level <= wrappers; level++) {
            if (classWords.of(box).stream().anyMatch(LEDE_WORDS::contains)) {
                return true;
            }
            if (box.childrenSize() != 1) {
                return false;
            }
            box = box.child(0);
        }
        return false;
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

    private void score(final Element paragraph) {
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

    /**
     * Of several {@code <h1>}s, the one that the page's {@code og:title} is, or the longest that its
     * {@code <title>} holds ("Schools close early as heat index tops 110 | Gulf Coast Daily"); null
     * when none is, or two are alike. A page that appends the next stories below its own (infinite
     * scroll) heads each with an {@code <h1>}, and its title names the first; a site's name in an
     * {@code <h1>} above the article is in the title too, but shorter than the headline.
     */
    private @Nullable Element titledHeadline(final Element body) {
        final @Nullable Document page = body.ownerDocument();
        if (page == null || headings.size() < headlines) {
            return null;
        }
        final @Nullable Element ogTitle = page.head().selectFirst(OG_TITLE);
        final String og = ogTitle == null ? "" : normalisedTitle(ogTitle.attr("content"));
        final String title = normalisedTitle(page.title());
        @Nullable Element named = null;
        int longest = 0;
        for (final Element heading : headings) {
            final @Nullable String line = ElementText.ofLine(heading, MAX_TITLE_CHARS);
            final String text = line == null ? "" : normalisedTitle(line);
            if (text.length() >= MIN_TITLE_CHARS && (text.equals(og) || title.contains(text))) {
                if (text.length() > longest) {
                    named = heading;
                    longest = text.length();
                } else if (text.length() == longest) {
                    named = null;
                }
            }
        }
        return named;
    }

    private static String normalisedTitle(final String title) {
        return WHITE_SPACE.matcher(Block.normalise(title)).replaceAll(" ");
    }

    /**
     * The largest box around the headline that holds no other story's headline, when it holds
     * paragraphs: the headline's story. Null when the headline stands among other headlines.
     */
    private @Nullable Element storyOf(final Element heading) {
        final Element story = largestBoxAround(heading, this::holdsAnotherHeadline);
        return story != heading && stats.get(story).paragraphChars > 0 ? story : null;
    }

    /** The largest box around the element below body that none of the boxes on the way up stops. */
    private static Element largestBoxAround(final Element element, final Predicate<Element> stops) {
        Element box = element;
        for (Element at = element.parent(); at != null && !STOP_AT.contains(at.normalName()) && !stops.test(at);
                at = at.parent()) {
            box = at;
        }
        return box;
    }

    /**
     * Notes the other {@code <h1>}s that head a story: the largest box around one that does not
     * hold the titled headline holds paragraphs. A screen reader's "Welcome to our site" above the
     * page heads nothing.
     */
    private void noteOtherStories(final Element titled) {
        for (final Element heading : headings) {
            if (heading == titled) {
                continue;
            }
            final Element box = largestBoxAround(heading, at -> Ancestry.isAncestor(at, titled));
            if (box != heading && stats.get(box).paragraphChars > 0) {
                otherStories.add(heading);
            }
        }
    }

    /** Whether the box holds the headline of another story than the titled one. */
    private boolean holdsAnotherHeadline(final Element box) {
        for (final Element heading : otherStories) {
            if (heading == box || Ancestry.isAncestor(box, heading)) {
                return true;
            }
        }
        return false;
    }

    /** The boxes around the page's headline: the article is in one of them, near its headline. */
    private Set<Element> nearHeadline() {
        final Set<Element> boxes = new HashSet<>();
        if (headline != null) {
            Element at = headline.parent();
            for (int level = 0; at != null && level < HEADLINE_LEVELS && !STOP_AT.contains(at.normalName());
                    level++, at = at.parent()) {
                boxes.add(at);
            }
        }
        return boxes;
    }

    private static boolean isNear(final Element candidate, final Set<Element> nearHeadline) {
        Element at = candidate;
        for (int level = 0; at != null && level <= NEAR_LEVELS && !nearHeadline.isEmpty(); level++, at = at.parent()) {
            if (nearHeadline.contains(at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean related(final Element a, final Element b) {
        return Ancestry.isAncestor(a, b) || Ancestry.isAncestor(b, a);
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
