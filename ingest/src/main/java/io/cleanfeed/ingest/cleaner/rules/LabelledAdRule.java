package io.cleanfeed.ingest.cleaner.rules;

import io.cleanfeed.ingest.page.Hosts;
import io.cleanfeed.ingest.text.ElementText;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Removes a short box that opens with an ad's label in an element of its own ("Sponsored",
 * "Anzeige") and links to another site: the label marks the box, and what follows it is the ad's copy ("Move
 * more boxes with less fuel. Learn more"), which the label rule left behind when it took the label
 * alone. A sentence that opens with the same word ("Sponsored by the county, the festival ...") sets
 * it in no element of its own.
 */
public final class LabelledAdRule implements RemovalRule {

    /** An ad's copy is a line or two and its call; a box of paragraphs is more than an ad. */
    private static final int MAX_CHARS = 300;
    /** The longest label, "contenido patrocinado" and its like, with room to spare. */
    private static final int MAX_LABEL_CHARS = 40;

    /** Boxes of the article's own: a section a heading opens, a figure with a kicker. */
    private static final Set<String> NOT_ADS = Set.of("figure", "section", "article");

    private final String name;
    private final ExactTextRule labels;

    /** @param labels the ads' labels: a block whose whole text is one of them is a label */
    public LabelledAdRule(final String name, final ExactTextRule labels) {
        this.name = name;
        this.labels = labels;
    }

    /**
     * Whether the box links to another site, as an ad does: a link within the page's own site is a
     * report's ("the annual report"), whatever label stands above it.
     */
    private static boolean linksOut(final Element box) {
        final @Nullable String own = Hosts.of(box.baseUri());
        for (final Element link : box.getElementsByTag("a")) {
            final @Nullable String host = Hosts.of(link.absUrl("href"));
            if (host != null && !host.equals(own)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public @Nullable String reasonToRemove(final Block block) {
        if (block.links() == 0 || block.chars() > MAX_CHARS) {
            return null;
        }
        // A label is a line of its own words: not a heading over a section, not a box holding a slot.
        final @Nullable Element first = block.openingElement();
        if (first == null || first.nameIs("a") || first.childrenSize() > 0 || Block.isHeading(first)
                || NOT_ADS.contains(block.tag())) {
            return null;
        }
        // Read as a line no longer than a label: the first child of most boxes is a paragraph.
        final @Nullable String label = ElementText.ofLine(first, MAX_LABEL_CHARS);
        if (label == null || label.isEmpty() || label.length() >= block.chars()) {
            return null;
        }
        final @Nullable String labelled = labels.reasonToRemove(new Block(first, label.length(), 0, 0));
        return labelled == null || !linksOut(block.element()) ? null : "an ad's copy under its label: " + labelled;
    }
}
