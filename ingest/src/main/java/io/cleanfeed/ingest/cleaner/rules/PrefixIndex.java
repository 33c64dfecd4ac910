package io.cleanfeed.ingest.cleaner.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases grouped by their first character, to ask which of them a text starts with: the lead-in
 * rules and the headings of trailing sections ask it of every short block, of a list of a hundred
 * phrases in a dozen languages, and a text can only start with the few that share its first
 * character. Immutable and thread-safe.
 *
 * <pre>{@code
 * PrefixIndex leadIns = new PrefixIndex(List.of("read more", "related:"));
 * leadIns.candidates("read more: the tram");   // [read more, related:]
 * }</pre>
 */
public final class PrefixIndex {

    private final Map<Character, List<String>> byFirst = new HashMap<>();

    /** @param phrases non-empty phrases, in the order their callers try them */
    public PrefixIndex(final List<String> phrases) {
        for (final String phrase : phrases) {
            if (phrase.isEmpty()) {
                throw new IllegalArgumentException("a prefix index takes no empty phrase: every text starts with it");
            }
            byFirst.computeIfAbsent(phrase.charAt(0), first -> new ArrayList<>()).add(phrase);
        }
        byFirst.replaceAll((first, group) -> List.copyOf(group));
    }

    /**
     * The phrases the text may start with, in their order: those that share its first character.
     * Every phrase the text starts with is among them.
     */
    public List<String> candidates(final String text) {
        return text.isEmpty() ? List.of() : byFirst.getOrDefault(text.charAt(0), List.of());
    }
}
