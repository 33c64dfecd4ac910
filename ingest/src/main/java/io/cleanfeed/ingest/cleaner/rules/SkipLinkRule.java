package io.cleanfeed.ingest.cleaner.rules;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Removes a link that skips past part of the page for keyboard and screen-reader users, or takes
 * the reader back to its top: it points to an anchor on the same page and says so ("skip past
 * newsletter promotion", "Skip to main content", "Nach oben"), whatever its class, which front
 * ends hash ({@code dcr-jzxpee}); a line of its own, not a link in a sentence.
 */
public final class SkipLinkRule implements RemovalRule {

    /** What a link back to the top of the page says, lower case, in the languages of the phrase rules. */
    private static final Set<String> BACK_TO_TOP = Set.of("top", "back to top", "to top", "go to top", "scroll to top",
            "nach oben", "zum seitenanfang", "seitenanfang", "zurück nach oben", "haut de page", "retour en haut",
            "volver arriba", "ir arriba", "torna su", "torna all'inizio", "voltar ao topo", "naar boven",
            "terug naar boven", "do góry", "powrót na górę", "наверх", "til toppen", "till toppen", "takaisin ylös");
    /** "Skip to main content" and "skip past newsletter promotion" are short; a sentence is not a link's label. */
    private static final int MAX_CHARS = 60;

    @Override
    public String name() {
        return "navigation";
    }

    @Override
    public @Nullable String reasonToRemove(final Block block) {
        if (!block.element().nameIs("a") || block.chars() == 0 || block.chars() > MAX_CHARS
                || !block.element().attr("href").startsWith("#")) {
            return null;
        }
        final String text = block.text().toLowerCase(Locale.ROOT);
        if (isInSentence(block.element())) {
            return null;
        }
        if (text.startsWith("skip ")) {
            return "a link that skips part of the page";
        }
        return BACK_TO_TOP.contains(words(text)) ? "a link back to the top of the page" : null;
    }

    /** The label's words without the arrows and marks around them: "↑ Nach oben" reads "nach oben". */
    private static String words(final String label) {
        int from = 0;
        int to = label.length();
        while (from < to && !Character.isLetter(label.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetter(label.charAt(to - 1))) {
            to--;
        }
        return label.substring(from, to);
    }

    /** Whether text stands beside the link in its parent: "<a href="#notes">Skip ahead</a> to the notes, ...". */
    private static boolean isInSentence(final Element link) {
        for (final Node sibling : link.siblingNodes()) {
            if (sibling instanceof TextNode text && !text.isBlank()) {
                return true;
            }
        }
        return false;
    }
}
