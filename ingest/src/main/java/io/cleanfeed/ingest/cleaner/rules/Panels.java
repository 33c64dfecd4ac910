package io.cleanfeed.ingest.cleaner.rules;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
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
     * Whether the element is the button that makes a heading an accordion's control ({@code
     * <h3><button aria-expanded="false">Do I need a permit?</button></h3>}): the heading holds it
     * alone, and its text is the heading's. A button beside a heading's own words ("Where to ride
     * <button>Share</button>") is the heading's tool.
     */
    public static boolean isAccordionHeading(final Element element) {
        final @Nullable Element parent = element.parent();
        return element.nameIs("button") && element.hasAttr("aria-expanded") && parent != null
                && Block.isHeading(parent) && parent.childrenSize() == 1 && parent.ownText().isBlank();
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
                || before.childrenSize() == 1 && isAccordionHeading(before.child(0)));
    }
}
