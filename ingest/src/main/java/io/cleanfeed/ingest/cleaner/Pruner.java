package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.core.schema.Removal;
import io.cleanfeed.ingest.cleaner.rules.Panels;
import io.cleanfeed.ingest.cleaner.rules.ReportedParagraphs;
import io.cleanfeed.ingest.text.Ancestry;
import io.cleanfeed.ingest.text.ElementText;
import io.cleanfeed.ingest.text.Words;
import io.cleanfeed.ingest.page.Deadline;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

/**
 * The first pass: takes out what is never article text (scripts, styles, embeds, form controls,
 * comments, the site's PHP error messages), elements the page hides, and unwraps the link of a
 * paragraph that is nothing but a link, so that the paragraph counts as text, not as a link. Only
 * removals of visible text are recorded: a script is not something a reader misses.
 */
final class Pruner {

    // HashSet, not Set.of: a lookup masks the hash where Set.of divides by its table size.
    private static final Set<String> NEVER_CONTENT = new HashSet<>(List.of("script", "style", "noscript", "template",
            "link", "meta", "iframe", "object", "embed", "canvas", "svg", "input", "button", "select", "textarea",
            "option", "base", "head"));
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);
    /** A {@code <noscript>} or {@code <template>} this long may hold article: {@link #isFallbackArticle}. */
    private static final int FALLBACK_ARTICLE_CHARS = 300;
    /** How much of a fallback's first paragraph the page must show elsewhere to repeat it. */
    private static final int FALLBACK_OPENING_CHARS = 80;
    /** Hidden text this long is a paywalled article a script would reveal, not a hidden widget. */
    private static final int HIDDEN_ARTICLE_CHARS = 1000;
    private static final Evaluator LINK = Selector.evaluatorOf("a");
    /**
     * A box to write a message or one's address in; a shop's quantity field is plain text, and a
     * read-only text area is a code block's plain copy, there to be selected.
     */
    private static final Evaluator WRITING_BOX = Selector.evaluatorOf("textarea:not([readonly]), input[type=email], "
            + "input[type=password], input[type=tel], input[type=url]");
    /** A box around a form to write in holds a heading and a line or two besides, never an article. */
    private static final int MAX_SIGN_UP_BOX_CHARS = 300;
    /** A wrapper of a field holds it and the blank text around it. */
    private static final int MAX_WRAPPER_NODES = 3;
    /** A sign-up's heading and blurb are a line or two; a brief's two short paragraphs are longer. */
    private static final int MAX_SIGN_UP_TEXT_CHARS = 120;
    private static final Evaluator HEADLINE = Selector.evaluatorOf("h1");
    /** A form holding this many paragraphs of this length holds article text. */
    private static final int PROSE_PARAGRAPHS = 2;
    private static final int PROSE_PARAGRAPH_CHARS = 100;

    private final Removals removals;
    private final Deadline deadline;
    /** The paragraphs whose one link was unwrapped: text now, but a headline to passes that ask. */
    private final Set<Element> unwrapped = new LinkedHashSet<>();

    Pruner(final Removals removals, final Deadline deadline) {
        this.removals = removals;
        this.deadline = deadline;
    }

    /**
     * Prunes body, and returns the text measures of what is left, counted during the same walk
     * instead of in one more.
     */
    TextStats prune(final Element body) {
        final List<Element> linkOnlyParagraphs = new ArrayList<>();
        final TextStats.Counter counter = new TextStats.Counter(0);
        final List<Node> pruned = new ArrayList<>();
        final List<Element> fallbacks = new ArrayList<>();
        final PageForms forms = new PageForms(body, pruned);
        final Carousels carousels = new Carousels();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(final Node node, final int depth) {
                deadline.checkOften("pruning");
                final FilterResult result = judge(node);
                if (result == FilterResult.CONTINUE) {
                    counter.head(node, depth);
                } else if (result == FilterResult.REMOVE) {
                    // Removed together after the walk (see Detacher); a walk cannot remove its root.
                    if (node != body) {
                        pruned.add(node);
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                return result;
            }

            @Override
            public FilterResult tail(final Node node, final int depth) {
                counter.tail(node, depth);
                return FilterResult.CONTINUE;
            }

            /** The next node of a server's error message being taken out, and the message's last. */
            private @Nullable Node nextOfError;
            private @Nullable Node errorEnd;

            private FilterResult judge(final Node node) {
                if (node == nextOfError) {
                    nextOfError = node == errorEnd ? null : node.nextSibling();
                    return FilterResult.REMOVE;
                }
                if (node instanceof Comment) {
                    return FilterResult.REMOVE;
                }
                if (!(node instanceof Element element)) {
                    return FilterResult.CONTINUE;
                }
                if ((element.nameIs("noscript") || element.nameIs("template") && !isShadowRoot(element))
                        && isFallbackArticle(element)) {
                    fallbacks.add(element);
                    return FilterResult.CONTINUE;
                }
                if (NEVER_CONTENT.contains(element.normalName()) && !isShadowRoot(element)
                        && !Panels.isAccordionButton(element)) {
                    return FilterResult.REMOVE;
                }
                final @Nullable Node end = ServerErrors.endOf(element);
                if (end != null) {
                    removals.record(ServerErrors.RULE, "an error message of the site's PHP code", element,
                            ServerErrors.text(element, end));
                    nextOfError = element.nextSibling();
                    errorEnd = end;
                    return FilterResult.REMOVE;
                }
                final @Nullable Element signUpForm = writingFormAmongChildren(element);
                // A box that holds most of the page is its article, a brief above a search box.
                if (element != body && signUpForm != null && isSignUpBox(element, signUpForm)
                        && !forms.isThePage(element)) {
                    if (element.hasText()) {
                        removals.record("form", "a short box around a form to write in: a sign-up, a log-in, a reply",
                                element);
                    }
                    return FilterResult.REMOVE;
                }
                if (element.normalName().equals("form") && !forms.isThePage(element)
                        && !holdsProse(element)) {
                    if (element.hasText()) {
                        removals.record("form", "<form> element", element);
                    }
                    return FilterResult.REMOVE;
                }
                final String hidden = hiddenBy(element, carousels);
                if (hidden != null && !Panels.isPanel(element)
                        && ElementText.start(element, HIDDEN_ARTICLE_CHARS).length() < HIDDEN_ARTICLE_CHARS) {
                    if (element.hasText()) {
                        removals.record(Removal.HIDDEN, hidden, element);
                    }
                    return FilterResult.REMOVE;
                }
                if (element.normalName().equals("p") && isOneLink(element)) {
                    linkOnlyParagraphs.add(element);
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        Detacher.removeAll(pruned);
        if (!counter.countedRoot()) {
            // Body itself was judged hidden: a walk cannot remove its root, so it left body in place
            // and skipped, uncounted, everything in it.
            unwrap(linkOnlyParagraphs, null);
            final TextStats stats = TextStats.of(body);
            removeRepeatedFallbacks(fallbacks, body, stats);
            return stats;
        }
        final TextStats stats = counter.stats();
        removeRepeatedFallbacks(fallbacks, body, stats);
        unwrap(linkOnlyParagraphs, stats);
        return stats;
    }

    /**
     * Whether a {@code <noscript>} or a {@code <template>} may hold the page's article, or part of it:
     * two paragraphs of reporting or more, where a tracking pixel holds none, a request to turn
     * scripts on speaks to the reader and a widget's template holds placeholders. An app's page may
     * write its article only in a noscript, for readers and crawlers without scripts; a long read may
     * write its later parts in templates that a script shows as the reader scrolls.
     */
    private static boolean isFallbackArticle(final Element box) {
        if (ElementText.start(box, FALLBACK_ARTICLE_CHARS).length() < FALLBACK_ARTICLE_CHARS) {
            return false;
        }
        int reporting = 0;
        for (final Element paragraph : box.getElementsByTag("p")) {
            if (ReportedParagraphs.isReporting(paragraph) && ++reporting == 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes the fallbacks whose first paragraph of reporting the page shows elsewhere, or a fallback
     * kept before them holds: a page that shows its article, or the start of it, repeats what its
     * fallback says. A fallback the page does not repeat holds what a script loads in its place, a
     * part of the article written in blocks that load as the reader scrolls, and what it holds takes
     * its place, as the page shows it: among the article's other paragraphs, not in a box of its own
     * that could outscore them.
     */
    private static void removeRepeatedFallbacks(final List<Element> fallbacks, final Element body,
                                                final TextStats stats) {
        if (fallbacks.isEmpty()) {
            return;
        }
        final String shown = textOutside(fallbacks, body);
        // The fallbacks kept, and the text of those not inside another: a page may write its article
        // twice, in a template for its script and in a noscript for readers without one.
        final List<Element> kept = new ArrayList<>();
        final StringBuilder keptText = new StringBuilder();
        for (final Element fallback : fallbacks) {
            if (fallback.root() != body.root()) {
                continue; // inside a fallback removed before it, which holds it still
            }
            final @Nullable String opening = openingReport(fallback);
            final boolean inKept = kept.stream().anyMatch(outer -> Ancestry.isAncestor(outer, fallback));
            if (opening == null || shown.contains(opening) || !inKept && keptText.indexOf(opening) >= 0) {
                stats.detach(List.of(fallback));
                fallback.remove();
            } else {
                if (!inKept) {
                    keptText.append(fallback.text()).append(' ');
                }
                kept.add(fallback);
            }
        }
        for (final Element fallback : kept) {
            fallback.unwrap();
        }
    }

    /**
     * The page's text outside the fallbacks, white space normalised, with no space between blocks; a
     * line break is a space, as {@link Element#text()} writes the fallback's paragraph it is searched for.
     */
    private static String textOutside(final List<Element> fallbacks, final Element body) {
        final Set<Element> skipped = Collections.newSetFromMap(new IdentityHashMap<>());
        skipped.addAll(fallbacks);
        final StringBuilder text = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(final Node node, final int depth) {
                final boolean afterSpace = text.isEmpty() || text.charAt(text.length() - 1) == ' ';
                if (node instanceof TextNode textNode) {
                    StringUtil.appendNormalisedWhitespace(text, textNode.getWholeText(), afterSpace);
                } else if (node instanceof Element element && element.nameIs("br") && !afterSpace) {
                    text.append(' ');
                }
                return skipped.contains(node) ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
            }
        }, body);
        return text.toString();
    }

    /** The first characters of the fallback's first paragraph of reporting, or null if it has none. */
    private static @Nullable String openingReport(final Element fallback) {
        for (final Element paragraph : fallback.getElementsByTag("p")) {
            if (ReportedParagraphs.isReporting(paragraph)) {
                final String text = paragraph.text();
                return text.substring(0, Math.min(text.length(), FALLBACK_OPENING_CHARS));
            }
        }
        return null;
    }

    /** The paragraphs that were one link each, unwrapped by {@link #prune}. */
    Set<Element> unwrappedLinks() {
        return Collections.unmodifiableSet(unwrapped);
    }

    private void unwrap(final List<Element> linkOnlyParagraphs, final @Nullable TextStats stats) {
        for (final Element paragraph : linkOnlyParagraphs) {
            // The link may itself have been removed after its paragraph was queued (a hidden link).
            final Element link = paragraph.selectFirst(LINK);
            if (link != null) {
                link.unwrap();
                unwrapped.add(paragraph);
                if (stats != null) {
                    stats.recount(paragraph);
                }
            }
        }
    }

    /**
     * Whether the element is a declarative shadow root, {@code <template shadowrootmode="open">}:
     * the browser shows what it holds in place of the element around it, where another template's
     * content is shown only when a script clones it.
     */
    private static boolean isShadowRoot(final Element element) {
        return element.normalName().equals("template")
                && (element.hasAttr("shadowrootmode") || element.hasAttr("shadowroot"));
    }

    /**
     * The first form or field to write in among the element's children, or null: the element may be a
     * {@link #isSignUpBox sign-up box}. Looked for in the walk, over the child nodes, where a
     * search of the page for forms beforehand cost a walk of its own.
     */
    private static @Nullable Element writingFormAmongChildren(final Element element) {
        for (int i = 0; i < element.childNodeSize(); i++) {
            // A form's own fields are the form rule's to judge: a form may be the page.
            if (element.childNode(i) instanceof Element child
                    && (isFormToWriteIn(child) || !element.nameIs("form") && isWritingField(child))) {
                return child;
            }
        }
        return null;
    }

    private static boolean isFormToWriteIn(final Element element) {
        return element.nameIs("form") && element.selectFirst(WRITING_BOX) != null;
    }

    /**
     * Whether the element is a box to write in without a form around it, or a wrapper of one alone:
     * a script sends what a page of components asks for ("Correo electrónico", "Look up your city"),
     * and the component writes no {@code <form>}. A search box is one too.
     */
    private static boolean isWritingField(final Element element) {
        if (isField(element)) {
            return true;
        }
        // A wrapper: one field and blank text around it, read off its few child nodes, the field first:
        // asked of every element, and nearly every one holds no field.
        if (element.childNodeSize() > MAX_WRAPPER_NODES) {
            return false;
        }
        @Nullable Element only = null;
        for (int i = 0; i < element.childNodeSize(); i++) {
            final Node child = element.childNode(i);
            if (child instanceof Element field) {
                if (only != null || !isField(field)) {
                    return false;
                }
                only = field;
            } else if (child instanceof TextNode text && !text.isBlank()) {
                return false;
            }
        }
        return only != null;
    }

    /** An input or text area to write an address, a message or a search in. */
    private static boolean isField(final Element element) {
        return (element.nameIs("input") || element.nameIs("textarea"))
                && (WRITING_BOX.matches(element, element) || element.attr("type").equalsIgnoreCase("search"));
    }

    /**
     * Whether the element is a short box around a form to write in: a newsletter's sign-up with its
     * heading and blurb ("Get the Ledger in your inbox"), whose words a site of utility classes does
     * not name. The form alone went before, and left its heading and blurb behind. Besides its form
     * the box holds a line or two, never a brief's paragraphs, nor the headline.
     */
    private static boolean isSignUpBox(final Element box, final Element form) {
        final int boxChars = ElementText.start(box, MAX_SIGN_UP_BOX_CHARS).length();
        final int formChars = ElementText.start(form, MAX_SIGN_UP_BOX_CHARS).length();
        return boxChars < MAX_SIGN_UP_BOX_CHARS && boxChars - formChars <= MAX_SIGN_UP_TEXT_CHARS
                && box.selectFirst(HEADLINE) == null;
    }

    /**
     * Shop pages put the product's description inside the form that orders it: paragraphs of
     * sentences are article text, whatever box holds them. A form with a box to write in is a
     * comment or contact form, and its paragraphs are its instructions.
     */
    private static boolean holdsProse(final Element form) {
        if (form.selectFirst(WRITING_BOX) != null) {
            return false;
        }
        int paragraphs = 0;
        for (final Element paragraph : form.getElementsByTag("p")) {
            final String text = paragraph.text();
            if (text.length() >= PROSE_PARAGRAPH_CHARS && Words.endsSentence(text)
                    && ++paragraphs == PROSE_PARAGRAPHS) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable String hiddenBy(final Element element, final Carousels carousels) {
        if (element.attributesSize() == 0) {
            return null;
        }
        if (element.hasAttr("hidden")) {
            return "hidden attribute";
        }
        // A glossary's explanation inside a sentence ("ETF<span role=tooltip>Exchange Traded Fund: ...</span>
        // ist ein Fonds"), shown while the pointer rests on the word: read into the text, it breaks the sentence.
        if (element.attr("role").equalsIgnoreCase("tooltip")) {
            return "a tooltip, shown on hover";
        }
        // A caption hidden from screen readers, which read the image's alt instead, is in plain sight.
        if (Carousels.isAriaHidden(element) && !carousels.isSlide(element) && !isDropCap(element)
                && !element.nameIs("figcaption")) {
            return "aria-hidden=true";
        }
        final String style = element.attr("style");
        if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
            return "hidden by its style";
        }
        return null;
    }

    /**
     * Whether the element is a paragraph's drop cap that its word goes on from ("<span
     * aria-hidden="true">T</span>he frost came"): a letter set large, hidden from screen readers only,
     * which the eye reads as the word's first.
     */
    private static boolean isDropCap(final Element element) {
        final String letter = element.text();
        return letter.length() == 1 && Character.isLetter(letter.charAt(0)) && element.previousSibling() == null
                && element.nextSibling() instanceof TextNode rest && !rest.isBlank()
                && Character.isLetter(rest.getWholeText().codePointAt(0));
    }

    /**
     * Whether the paragraph's only child element is a link and its own text is blank; read off the
     * child nodes, where childrenSize() and textNodes() would build lists of them for every paragraph.
     */
    private static boolean isOneLink(final Element paragraph) {
        int elements = 0;
        boolean link = false;
        for (int i = 0; i < paragraph.childNodeSize(); i++) {
            final Node child = paragraph.childNode(i);
            if (child instanceof Element element) {
                elements++;
                link = element.normalName().equals("a");
            } else if (child instanceof TextNode text && !text.isBlank()) {
                return false;
            }
        }
        return elements == 1 && link;
    }
}
