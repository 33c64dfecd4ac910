package io.cleanfeed.ingest.cleaner.rules;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * A rule that leaves a tab's or an accordion's panel: the page hides all but one until the reader
 * picks another, and each holds part of the article ("Plan A", "Plan B"), whether the page hides
 * the others by an attribute, a style or a class ({@code is-hidden}).
 */
public final class Panels extends SparingRule {

    /** The classes of tab and accordion panels in the common frameworks (Bootstrap, Foundation, jQuery UI). */
    private static final Set<String> PANEL_CLASSES = Set.of("tab-pane", "tabpanel", "tab-panel", "tabs-panel",
            "ui-tabs-panel", "accordion-panel", "accordion-content", "accordion-body", "accordion-collapse",
            "collapsible-content");

    private static final Set<String> ACCORDION_WORDS = Set.of("accordion", "faq", "faqs", "question", "collapsible");
    private static final Pattern CLASS_WORD_BREAKS = Pattern.compile("[-_]+");
    /** An accordion's title is a question or a few words; a menu's button, one word. */
    private static final int MIN_TITLE_CHARS = 12;
    /** How many elements of a panel are read for its answer. */
    private static final int MAX_PANEL_ELEMENTS = 200;
    /** An accordion's answer is a sentence at least; a menu's panel holds links and labels. */
    private static final int MIN_ANSWER_CHARS = 40;

    public Panels(final RemovalRule rule) {
        super(rule);
    }

    @Override
    boolean spares(final Block block) {
        return isPanel(block.element());
    }

    /** Whether the element is a tab's or an accordion's panel, or a fact box's collapsed body. */
    public static boolean isPanel(final Element element) {
        if (element.attr("role").equalsIgnoreCase("tabpanel") || isDisclosedBy(element.previousElementSibling())
                || isCollapsedBody(element)) {
            return true;
        }
        for (final String name : element.classNames()) {
            if (PANEL_CLASSES.contains(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the element is the button that opens an accordion's panel, its text the panel's title:
     * a heading holds it alone ({@code <h3><button aria-expanded="false">Do I need a permit?</button>
     * </h3>}), or the panel it controls, right after it or by its id, holds a paragraph ({@code <div
     * class="accordion-header"><button aria-expanded="false" aria-controls="faq-1">Who can use the
     * library?</button></div><div id="faq-1"><p>...}). A menu's or a share button's panel holds links,
     * a toolbar's controls; a button beside a heading's own words ("Where to ride <button>Share
     * </button>") is the heading's tool.
     */
    public static boolean isAccordionButton(final Element element) {
        if (!element.nameIs("button") || !element.hasAttr("aria-expanded")) {
            return false;
        }
        final @Nullable Element parent = element.parent();
        if (parent != null && Block.isHeading(parent) && parent.childrenSize() == 1 && parent.ownText().isBlank()) {
            return true;
        }
        // A question, or a title the page names an accordion's, not a menu's word nor an expander's call
        // ("Continue reading"); and the panel is looked up by id only then, a page's menus being many.
        final String title = element.text();
        final @Nullable Element wrapper = parent != null && parent.childrenSize() == 1 ? parent : null;
        if (title.length() < MIN_TITLE_CHARS || !title.endsWith("?") && !namesAnAccordion(element)
                && (wrapper == null || !namesAnAccordion(wrapper))) {
            return false;
        }
        if (holdsParagraph(element.nextElementSibling())
                || wrapper != null && holdsParagraph(wrapper.nextElementSibling())) {
            return true;
        }
        final String panel = element.attr("aria-controls");
        final @Nullable Document page = element.ownerDocument();
        return !panel.isEmpty() && page != null && holdsParagraph(PageIds.find(page, panel));
    }

    /** Whether one of the element's classes has a word of an accordion's ("accordion-button", "faq__question"). */
    private static boolean namesAnAccordion(final Element element) {
        for (final String name : element.classNames()) {
            for (final String word : CLASS_WORD_BREAKS.split(name.toLowerCase(Locale.ROOT))) {
                if (ACCORDION_WORDS.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a paragraph of an answer's length stands among the panel's first {@value
     * #MAX_PANEL_ELEMENTS} elements: an answer opens its panel, and accordions nested in each other
     * were read through once per button.
     */
    private static boolean holdsParagraph(final @Nullable Element panel) {
        if (panel == null) {
            return false;
        }
        final int[] read = {0};
        final boolean[] found = {false};
        NodeTraversor.filter((node, depth) -> {
            if (!(node instanceof Element element)) {
                return NodeFilter.FilterResult.CONTINUE;
            }
            if (++read[0] > MAX_PANEL_ELEMENTS) {
                return NodeFilter.FilterResult.STOP;
            }
            if (!element.nameIs("p")) {
                return NodeFilter.FilterResult.CONTINUE;
            }
            found[0] = element.text().length() >= MIN_ANSWER_CHARS;
            return found[0] ? NodeFilter.FilterResult.STOP : NodeFilter.FilterResult.SKIP_CHILDREN;
        }, panel);
        return found[0];
    }

    /**
     * Whether the element is the body of a box the page shows collapsed to its title, under the
     * title: the box says it is collapsed ({@code <section class="fact" aria-expanded="false"><h2>...
     * </h2><div hidden>}), and a button opens it. A menu's or a share button's hidden panel has no
     * title above it.
     */
    private static boolean isCollapsedBody(final Element element) {
        final @Nullable Element box = element.parent();
        final @Nullable Element title = element.previousElementSibling();
        return box != null && box.hasAttr("aria-expanded") && title != null && Block.isHeading(title);
    }

    /**
     * Whether the element is the question of a FAQ whose answer, the panel after it, the page hides
     * until it is clicked: a {@code <dt>} with {@code aria-expanded}, or a heading that is an
     * accordion's button (WAI-ARIA's accordion pattern). Not any control that expands something: a
     * menu's, a share button's or a toolbar's button shows a menu or a dialog.
     */
    private static boolean isDisclosedBy(final @Nullable Element before) {
        return before != null && (before.nameIs("dt") && before.hasAttr("aria-expanded")
                || isAccordionButton(before) || before.childrenSize() == 1 && isAccordionButton(before.child(0)));
    }
}
