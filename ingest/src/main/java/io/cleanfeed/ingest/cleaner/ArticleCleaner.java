package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.core.schema.Removal;
import io.cleanfeed.ingest.cleaner.rules.Block;
import io.cleanfeed.ingest.cleaner.rules.BlockTexts;
import io.cleanfeed.ingest.cleaner.rules.BoilerplateRules;
import io.cleanfeed.ingest.cleaner.rules.ClassWords;
import io.cleanfeed.ingest.cleaner.rules.RemovalRule;
import io.cleanfeed.ingest.page.Deadline;
import io.cleanfeed.ingest.site.SiteRule;
import io.cleanfeed.ingest.text.Ancestry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

/**
 * Takes everything that is not the article out of a parsed page:
 * <ol>
 *   <li>{@link Pruner}: scripts, embeds, forms, hidden elements; then the site's own removal
 *       selectors, if the rules file names the site;</li>
 *   <li>the page rules: navigation, dialogs, footers, and elements whose class or id names
 *       boilerplate (cookie, paywall, newsletter, share, related, ad ...); comment sections too,
 *       unless they are the page's text ({@link Discussions});</li>
 *   <li>{@link ContentLocator}: the element that holds the article; the rest of the page goes;</li>
 *   <li>{@link AppealLetters}: donation appeals written as a letter among the paragraphs;</li>
 *   <li>{@link TrailingSections}: "More stories" and the like, with the teasers after them;
 *       {@link AnnouncedLinks}: the headlines under a "Read also:" label; {@link TeaserCards}: a
 *       picture, a headline and a blurb inside one link; {@link Datelines}: date lines above the
 *       first paragraph; {@link Bylines}: "By Jane Doe" lines; {@link Kickers}: a one- or two-word
 *       label right above the headline;</li>
 *   <li>the content rules inside the article: banners recognised by their text, "Related article:"
 *       lead-ins, link lists, labels such as "Advertisement"; then the list of headlines the article
 *       ends with, which a banner below it hid until now; {@link ImageCaptions}: text under an
 *       image that repeats its alt becomes its caption; {@link CaptionCredits}: photo credits
 *       at the end of captions; {@link TrailingLines}: short lines after the last sentence; then
 *       empty husks.</li>
 * </ol>
 * Every removal of visible text is recorded with its rule and reason. An element holding most of
 * the page's paragraph text is never removed by a rule, whatever its class says: the rules remove
 * banners, and a banner is never most of the page. The exceptions: a comment thread that
 * outweighs a short article beside it, and holds neither the headline nor a marked article; and a
 * box beside the page's only {@code <article>}, when that holds the headline and paragraphs of its
 * own (a short story's sidebar of teasers with their summaries); and a list of other stories, their
 * headlines links, or an {@code <aside>}, that does not hold the headline the page has. Nor is
 * a formula removed ({@code <math>}, MathJax's {@code <mjx-container>}), or a link written into a
 * sentence.
 *
 * <pre>{@code
 * CleanedContent cleaned = new ArticleCleaner().clean(Jsoup.parse(html, url), Deadline.in(Duration.ofSeconds(5)));
 * }</pre>
 *
 * Thread-safe: the rules are stateless and each call works on its own document, which it modifies.
 */
public final class ArticleCleaner {

    /** A rule may not remove an element holding this share of the paragraph text around it, but the comment rule. */
    private static final double PROTECTED_SHARE = 0.4;
    /** Paragraph text outside a comment section that makes an article beside it: a brief of two paragraphs. */
    private static final int MIN_ARTICLE_CHARS = 200;
    // HashSet, not Set.of: asked per element, and its lookup masks the hash where Set.of divides.
    private static final Set<String> CONTENT_RULE_TAGS = new HashSet<>(List.of("p", "div", "section", "aside", "ul",
            "ol", "dl", "li", "table", "h2", "h3", "h4", "h5", "h6", "header", "footer", "span", "center", "figure",
            "blockquote"));
    private static final Set<String> KEPT_EMPTY = new HashSet<>(List.of("img", "picture", "video", "audio", "source",
            "br", "hr", "td", "th", "tr", "iframe"));
    /**
     * A formula is the article's, whatever its classes say: MathJax marks every formula it renders
     * with a context menu ({@code CtxtMenu_Attached_0}), which reads as a menu.
     */
    private static final Set<String> FORMULAS = Set.of("math", "mjx-container");
    private static final Evaluator MEDIA = Selector.evaluatorOf("img, picture, video, audio, iframe, hr");
    /** What stands between the parts of a meta line, and is nothing without them. */
    private static final String SEPARATORS = "·•";

    private final List<RemovalRule> pageRules;
    /** The page rule that removes comment sections, if there is one: see {@link Discussions}. */
    private final @Nullable RemovalRule commentRule;
    /** The page rules without it, for a page whose comments are its text. */
    private final List<RemovalRule> discussionPageRules;
    private final List<RemovalRule> contentRules;
    private final RemovalRule donationRule;

    public ArticleCleaner() {
        this(BoilerplateRules.page(), BoilerplateRules.content());
    }

    public ArticleCleaner(final List<RemovalRule> pageRules, final List<RemovalRule> contentRules) {
        this.pageRules = List.copyOf(pageRules);
        this.commentRule = this.pageRules.stream()
                .filter(rule -> rule.name().equals(BoilerplateRules.COMMENTS)).findFirst().orElse(null);
        this.discussionPageRules = this.pageRules.stream().filter(rule -> rule != commentRule).toList();
        this.contentRules = List.copyOf(contentRules);
        this.donationRule = contentRules.stream()
                .filter(rule -> rule.name().equals(AppealLetters.RULE))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the content rules need a \"" + AppealLetters.RULE
                        + "\" rule: it recognises the closing ask of appeals written as letters"));
    }

    public CleanedContent clean(final Document page, final Deadline deadline) {
        return clean(page, deadline, SiteRule.none(""));
    }

    /** Cleans with a site's own rules on top of the general ones. */
    public CleanedContent clean(final Document page, final Deadline deadline, final SiteRule site) {
        return clean(page, deadline, site, null);
    }

    /**
     * Cleans with a site's own rules on top of the general ones, and the article's text as the page
     * states it apart from its markup (JSON-LD's {@code articleBody}, or null) as a hint of where it is.
     */
    public CleanedContent clean(final Document page, final Deadline deadline, final SiteRule site,
                                final @Nullable String statedText) {
        final Removals removals = new Removals();
        final Element body = page.body();
        final Pruner pruner = new Pruner(removals, deadline);
        final TextStats pruned = pruner.prune(body);
        final SiteSelectors.Protection kept = SiteSelectors.removeAndProtect(body, site, removals);
        deadline.check("pruning");

        // A site's own removals change the page the pruner measured.
        final TextStats stats = site.isEmpty() ? pruned : TextStats.of(body);
        final ClassWords classWords = new ClassWords();
        final OrphanHeadings orphanHeadings = new OrphanHeadings();
        final List<Element> remaining = applyPageRules(body, stats, classWords, kept, orphanHeadings, removals,
                deadline);
        deadline.check("page rules");

        final @Nullable Element named = SiteSelectors.content(body, site);
        final ContentLocator.Located located = named != null
                ? new ContentLocator.Located(named, List.of(), List.of())
                : new ContentLocator(stats, classWords, statedText).locate(body, remaining);
        final Element content = located.content();
        final List<Element> opening = located.opening();
        content.prependChildren(opening);
        recordOutside(content, located.excludedSiblings(), removals);
        stats.detach(located.excludedSiblings());
        deadline.check("locating the article");

        // Measured on its own, an article inside a link has no link text from that link; one that
        // took in its lede or lead picture has their text.
        final TextStats contentStats = isInLink(content) || !opening.isEmpty() ? TextStats.of(content) : stats;
        new AppealLetters(donationRule, kept).remove(content, contentStats, removals);
        final TrailingSections trailingSections = new TrailingSections(pruner.unwrappedLinks(), kept);
        trailingSections.removeHeadedSection(content, contentStats, removals);
        new AnnouncedLinks(pruner.unwrappedLinks(), kept).remove(content, contentStats, removals);
        new TeaserCards(kept).remove(content, contentStats, removals);
        new Datelines(kept).remove(content, contentStats, removals);
        new Bylines(kept).remove(content, contentStats, removals);
        final Kickers kickers = new Kickers(kept);
        kickers.remove(content, contentStats, removals);
        final RuleWalk contentWalk = apply(contentRules, null, true, content, contentStats, classWords,
                element -> CONTENT_RULE_TAGS.contains(element.normalName()), kept, removals,
                () -> deadline.checkOften("content rules"));
        orphanHeadings.noteBefore(contentWalk.removed(), contentWalk.removedBy(), contentStats);
        contentStats.detach(contentWalk.removed());
        orphanHeadings.remove(content, contentStats, kept, removals);
        // Again after the content rules, which may have taken out a paywall's badge between the
        // section's label and the headline.
        kickers.remove(content, contentStats, removals);
        trailingSections.removeClosingLinkList(content, contentStats, removals);
        new ImageCaptions().mark(content, contentStats);
        new CaptionCredits(classWords, kept).remove(content, contentStats, removals);
        new TrailingLines(kept).remove(content, contentStats, removals);
        removeEmpty(content, kept);
        deadline.check("content rules");
        return new CleanedContent(content, removals.toList());
    }

    /**
     * Applies the page rules to the whole page; returns the elements left, body first, in page order.
     * A page whose comments are its text is walked again without the comment rule.
     */
    private List<Element> applyPageRules(final Element body, final TextStats stats, final ClassWords classWords,
                                         final SiteSelectors.Protection kept, final OrphanHeadings orphanHeadings,
                                         final Removals removals, final Deadline deadline) {
        final int recorded = removals.size();
        RuleWalk walk = apply(pageRules, commentRule, false, body, stats, classWords, element -> true, kept, removals,
                () -> deadline.checkOften("page rules"));
        if (Discussions.areThePage(body, stats, walk.removed(), walk.removedByWatched(), walk.remaining())) {
            removals.truncate(recorded);
            walk = apply(discussionPageRules, null, false, body, stats, classWords, element -> true, kept, removals,
                    () -> deadline.checkOften("page rules"));
        }
        orphanHeadings.noteBefore(walk.removed(), walk.removedBy(), stats);
        stats.detach(walk.removed());
        return walk.remaining();
    }

    /**
     * What a walk of the rules found: the elements left, root first, in page order; the elements to
     * remove, which are still in the page, and the name of the rule that removed each; and those of
     * them that the watched rule removed.
     */
    private record RuleWalk(List<Element> remaining, List<Element> removed, List<String> removedBy,
                            List<Element> removedByWatched) {
    }

    /**
     * Judges the elements under root by the rules; the caller detaches what the walk removed.
     *
     * @param watched   a rule whose removals the walk lists apart, or null
     * @param inArticle whether root is the article, where a box holding the headline is its header
     */
    private static RuleWalk apply(final List<RemovalRule> rules, final @Nullable RemovalRule watched,
                                  final boolean inArticle, final Element root, final TextStats stats,
                                  final ClassWords classWords,
                                  final Predicate<Element> judged, final SiteSelectors.Protection kept,
                                  final Removals removals, final Runnable visited) {
        final int pageParagraphChars = stats.get(root).paragraphChars;
        final List<RemovalRule> watchedOnly = watched == null ? List.of() : List.of(watched);
        final ArticleMarks articleMarks = new ArticleMarks(root);
        final StoryLists storyLists = new StoryLists(root);
        final @Nullable SoleArticle soleArticle = inArticle ? null : new SoleArticle(root, stats);
        final int protectedChars = (int) (pageParagraphChars * PROTECTED_SHARE);
        // In an article written with line breaks, not paragraphs, a notice's <p> is most of its
        // paragraph text and none of its text.
        final int protectedTextChars = inArticle ? (int) (stats.get(root).chars * PROTECTED_SHARE) : 0;
        final List<Element> remaining = new ArrayList<>();
        // The walk judges each element before its children and removes only what it judges.
        final BlockTexts texts = new BlockTexts();
        final List<Element> removed = new ArrayList<>();
        final List<String> removedBy = new ArrayList<>();
        final List<Element> removedByWatched = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(final Node node, final int depth) {
                if (!(node instanceof Element element)) {
                    return FilterResult.CONTINUE;
                }
                visited.run();
                if (node == root || !judged.test(element)) {
                    remaining.add(element);
                    return FilterResult.CONTINUE;
                }
                if (kept.isKept(element) || FORMULAS.contains(element.normalName())
                        || Lines.isLinkInSentence(element)) {
                    remaining.addAll(element.getAllElements());
                    return FilterResult.SKIP_CHILDREN;
                }
                if (kept.isAncestorOfKept(element)) {
                    remaining.add(element);
                    return FilterResult.CONTINUE;
                }
                final TextStats.Counts counts = stats.get(element);
                final boolean protects = counts.paragraphChars > 0 && counts.paragraphChars >= protectedChars
                        && counts.chars >= protectedTextChars
                        && (soleArticle == null || !soleArticle.isBeside(element))
                        && !((storyLists.isList(element) || isAside(element)) && articleMarks.areElsewhere(element));
                // Comments may outweigh a short article beside them: the watched rule judges them, and
                // whether they are the page is for the caller to tell (Discussions).
                if (protects && (watched == null || pageParagraphChars - counts.paragraphChars < MIN_ARTICLE_CHARS)) {
                    remaining.add(element);
                    return FilterResult.CONTINUE;
                }
                final Block block = new Block(element, counts.chars, counts.linkChars, counts.links, classWords,
                        texts);
                for (final RemovalRule rule : protects ? watchedOnly : rules) {
                    final String reason = rule.reasonToRemove(block);
                    if (reason == null) {
                        continue;
                    }
                    // A box that holds the headline or the marked article is the article, whatever its
                    // class says ("post has-comments"); inside the article, it is the article's header,
                    // whatever its text says (a dek beside an affiliate notice).
                    if ((protects || inArticle) && articleMarks.holdsOne(element)) {
                        break;
                    }
                    if (counts.chars > 0) {
                        removals.record(rule.name(), reason, element);
                    }
                    // Only the ancestors' measures change, and they have been judged already: the
                    // element leaves them and the page with the others the walk removes.
                    removed.add(element);
                    removedBy.add(rule.name());
                    if (rule == watched) {
                        removedByWatched.add(element);
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                remaining.add(element);
                return FilterResult.CONTINUE;
            }
        }, root);
        return new RuleWalk(remaining, removed, removedBy, removedByWatched);
    }

    /** An {@code <aside>} or a box the page marks complementary: beside the article by its own account. */
    private static boolean isAside(final Element element) {
        return element.nameIs("aside") || element.attr("role").equalsIgnoreCase("complementary");
    }

    private static boolean isInLink(final Element element) {
        for (Element at = element.parent(); at != null; at = at.parent()) {
            if (at.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    /** Records the page outside the article: the siblings of every element on the way up to body. */
    private static void recordOutside(final Element content, final List<Element> excludedSiblings,
                                      final Removals removals) {
        for (final Element sibling : excludedSiblings) {
            if (sibling.hasText()) {
                removals.record(Removal.OUTSIDE_ARTICLE, "next to the article but not part of it", sibling);
            }
        }
        for (Element at = content; at.parent() != null && !at.normalName().equals("body"); at = at.parent()) {
            for (final Element sibling : at.parent().children()) {
                if (sibling != at && sibling.hasText()) {
                    removals.record(Removal.OUTSIDE_ARTICLE, "outside the element that holds the article", sibling);
                }
            }
        }
    }

    /**
     * Removes elements left with neither text nor media, bottom-up, so husks of husks go too; never
     * kept ones. A line left with nothing but the dots between a meta line's parts is a husk too.
     */
    private static void removeEmpty(final Element content, final SiteSelectors.Protection kept) {
        final Husks husks = new Husks(content, kept);
        NodeTraversor.traverse(husks, content);
        Detacher.removeAll(husks.found);
    }

    /**
     * Whether the non-blank text is only the dots that stood between the parts of a meta line ("May
     * 14 · 3 min read"), left behind when the rules took the parts. Not a bar: code and formulas
     * write one alone.
     */
    private static boolean isSeparators(final String text) {
        boolean separator = false;
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (SEPARATORS.indexOf(c) >= 0) {
                separator = true;
            } else if (!Character.isWhitespace(c) && c != '\u00A0') {
                return false;
            }
        }
        return separator;
    }

    /**
     * The boxes that hold the page's article by its marks (an {@code <h1>}, {@code
     * itemprop=articleBody}; not {@code <article>}, which threads give each comment), found the
     * first time they are asked about: a walk of the page and of each mark's ancestors once, not a
     * search of each box asked about.
     */
    private static final class ArticleMarks {
        private static final Evaluator MARKS = Selector.evaluatorOf("h1, [itemprop=articleBody]");
        private final Element root;
        private @Nullable Set<Element> holders;

        private ArticleMarks(final Element root) {
            this.root = root;
        }

        boolean holdsOne(final Element box) {
            return holders().contains(box);
        }

        /** Whether the page marks its article, and not in or around the box. */
        boolean areElsewhere(final Element box) {
            return !holders().isEmpty() && !holders().contains(box);
        }

        private Set<Element> holders() {
            if (holders == null) {
                holders = Collections.newSetFromMap(new IdentityHashMap<>());
                for (final Element mark : root.select(MARKS)) {
                    for (Element at = mark; at != null && holders.add(at); at = at.parent()) {
                        // Up to the first box already known: its ancestors are known too.
                    }
                }
            }
            return holders;
        }
    }

    /**
     * The page's only {@code <article>}, when it holds the page's only headline and paragraphs of
     * its own: the page has said where its article is, and a box beside it that holds as much
     * paragraph text (a short story's sidebar of teasers with their summaries) is not the article,
     * and not protected as one. Looked for the first time a box holds enough text to be protected,
     * in a walk that ends at the page's second article or headline.
     */
    private static final class SoleArticle {
        private final Element root;
        private final TextStats stats;
        private boolean looked;
        private @Nullable Element article;

        private SoleArticle(final Element root, final TextStats stats) {
            this.root = root;
            this.stats = stats;
        }

        /** Whether the page has such an article and the box is neither it, nor in it, nor around it. */
        boolean isBeside(final Element box) {
            if (!looked) {
                article = find();
                looked = true;
            }
            return article != null && !Ancestry.holds(box, article) && !Ancestry.holds(article, box);
        }

        private @Nullable Element find() {
            final Element[] only = new Element[2];
            final NodeFilter.FilterResult[] result = {NodeFilter.FilterResult.CONTINUE};
            // One walk for both tags, which stops at the second of either: then there is no sole article.
            NodeTraversor.filter((node, depth) -> {
                final int tag = node.nameIs("article") ? 0 : node.nameIs("h1") ? 1 : -1;
                if (tag >= 0 && only[tag] != null) {
                    result[0] = NodeFilter.FilterResult.STOP;
                } else if (tag >= 0) {
                    only[tag] = (Element) node;
                }
                return result[0];
            }, root);
            final Element article = only[0];
            final Element headline = only[1];
            if (result[0] == NodeFilter.FilterResult.STOP || article == null || headline == null) {
                return null;
            }
            return Ancestry.holds(article, headline) && stats.get(article).paragraphChars >= MIN_ARTICLE_CHARS
                    ? article : null;
        }
    }

    /**
     * Finds the husks in one walk: what an element holds is known when the walk leaves it, from its
     * children, instead of searching its subtree for text and for media. A husk held neither, so its
     * parent's answer is the same with it or without it, and the husks go together once the walk is
     * over.
     */
    private static final class Husks implements NodeVisitor {
        private final Element content;
        private final SiteSelectors.Protection kept;
        /** The outermost husks found so far, in page order: a husk's husks go with it. */
        private final List<Element> found = new ArrayList<>();
        /**
         * Whether the element open at each depth has text, separators only ("·"), or media; and how
         * many husks were found before it.
         */
        private boolean[] text = new boolean[64];
        private boolean[] separators = new boolean[64];
        private boolean[] media = new boolean[64];
        private int[] foundBefore = new int[64];

        private Husks(final Element content, final SiteSelectors.Protection kept) {
            this.content = content;
            this.kept = kept;
        }

        @Override
        public void head(final Node node, final int depth) {
            if (node instanceof Element) {
                if (depth >= text.length) {
                    text = Arrays.copyOf(text, depth * 2);
                    separators = Arrays.copyOf(separators, depth * 2);
                    media = Arrays.copyOf(media, depth * 2);
                    foundBefore = Arrays.copyOf(foundBefore, depth * 2);
                }
                text[depth] = false;
                separators[depth] = false;
                media[depth] = false;
                foundBefore[depth] = found.size();
            }
        }

        @Override
        public void tail(final Node node, final int depth) {
            if (node instanceof TextNode textNode) {
                if (depth > 0 && !textNode.isBlank()) {
                    if (isSeparators(textNode.getWholeText())) {
                        separators[depth - 1] = true;
                    } else {
                        text[depth - 1] = true;
                    }
                }
            } else if (node instanceof Element element) {
                final boolean hasText = text[depth];
                final boolean hasMedia = media[depth] || MEDIA.matches(content, element);
                // A line of separators alone is a husk; a bullet inside a line is the line's.
                final boolean hasSeparators = separators[depth] && !Lines.isBlock(element);
                if (node != content && !KEPT_EMPTY.contains(element.normalName()) && !hasText && !hasSeparators
                        && !hasMedia && !kept.protects(element)) {
                    found.subList(foundBefore[depth], found.size()).clear();
                    found.add(element);
                    return;
                }
                if (depth > 0) {
                    text[depth - 1] |= hasText;
                    separators[depth - 1] |= hasSeparators;
                    media[depth - 1] |= hasMedia;
                }
            }
        }
    }
}
