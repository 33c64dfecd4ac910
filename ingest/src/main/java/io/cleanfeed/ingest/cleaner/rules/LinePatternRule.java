package io.cleanfeed.ingest.cleaner.rules;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Removes short blocks whose whole text has one shape: a gallery's counter ("3 / 12", "Bild 2
 * von 5"), a time told relative to now ("Updated 2 minutes ago", "vor 3 Stunden", "il y a 2
 * jours"). The article writes neither as a line of its own; the page's widgets do. A span with
 * text beside it in its parent is part of a line: "<span>1/2</span> <span>cup</span>" is a
 * recipe's amount; a span beside blocks only (a figure's caption) is a line.
 */
public final class LinePatternRule implements RemovalRule {

    /** Longer blocks are sentences that may hold such a shape, not lines made of it. */
    private static final int DEFAULT_MAX_CHARS = 48;
    /** A span among more nodes than this is read as part of a line: a line has a few. */
    private static final int MAX_SIBLINGS = 32;

    private final String name;
    private final String reason;
    private final Pattern line;
    private final int maxChars;
    /** Words one of which a line of this shape holds, or none: see {@link #naming}. */
    private final List<String> named;

    /**
     * @param line a pattern of the whole line, lower case, without backtracking that grows with the
     *             text (the text is at most {@value #DEFAULT_MAX_CHARS} characters)
     */
    public LinePatternRule(final String name, final String reason, final Pattern line) {
        this(name, reason, line, DEFAULT_MAX_CHARS);
    }

    /** @param maxChars the longest line of this shape: longer for one that names a site ("Follow ... on X") */
    public LinePatternRule(final String name, final String reason, final Pattern line, final int maxChars) {
        this(name, reason, line, maxChars, List.of());
    }

    private LinePatternRule(final String name, final String reason, final Pattern line, final int maxChars,
                            final List<String> named) {
        this.name = name;
        this.reason = reason;
        this.line = line;
        this.maxChars = maxChars;
        this.named = List.copyOf(named);
    }

    /**
     * A rule for lines that always name one of the words, in lower case ("Follow us on Telegram"
     * names a network): a line without any is not tried against the pattern, which costs far more
     * than looking for a few words on a short line that has none.
     */
    public static LinePatternRule naming(final String name, final String reason, final Pattern line,
                                         final int maxChars, final List<String> words) {
        return new LinePatternRule(name, reason, line, maxChars, words);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public @Nullable String reasonToRemove(final Block block) {
        if (block.chars() == 0 || block.chars() > maxChars) {
            return null;
        }
        final String text = block.text();
        return namesAWord(text) && line.matcher(text).matches() && isALine(block) ? reason : null;
    }

    /** Whether the text holds one of the words the line names, or the rule names none; asked of every short block. */
    private boolean namesAWord(final String text) {
        if (named.isEmpty()) {
            return true;
        }
        for (int i = 0; i < named.size(); i++) {
            if (text.contains(named.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the block is a line of its own: any block but a span; a span when the nodes beside it
     * in its parent are blocks, or pictures, or hold no text (a gallery's counter after its figure's
     * caption), and not words it reads on with ("1/2" before "cup").
     */
    private static boolean isALine(final Block block) {
        final Element element = block.element();
        final Element parent = element.parent();
        if (!element.nameIs("span") || parent == null) {
            return true;
        }
        if (parent.childNodeSize() > MAX_SIBLINGS) {
            return false;
        }
        for (final Node sibling : parent.childNodes()) {
            if (sibling == element) {
                continue;
            }
            if (sibling instanceof TextNode text ? !text.isBlank()
                    : sibling instanceof Element other && !other.isBlock() && other.hasText()) {
                return false;
            }
        }
        return true;
    }
}
