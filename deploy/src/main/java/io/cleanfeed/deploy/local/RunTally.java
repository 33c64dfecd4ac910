package io.cleanfeed.deploy.local;

import java.util.HashSet;
import java.util.Set;

/**
 * Counts where the pages of a run ended. A record whose article id was already seen in this run
 * is a duplicate: the same article published twice (the downstream topic keeps one).
 */
public final class RunTally {

    private final int pages;
    private final Set<String> ids = new HashSet<>();
    private int duplicates;
    private int deadLettered;

    public RunTally(final int pages) {
        this.pages = pages;
    }

    public void add(final Outcome outcome) {
        if (outcome.isDeadLetter()) {
            deadLettered++;
        } else if (!ids.add(String.valueOf(outcome.key()))) {
            duplicates++;
        }
    }

    /** True once every page has ended somewhere. */
    public boolean complete() {
        return ids.size() + duplicates + deadLettered >= pages;
    }

    public int normalised() {
        return ids.size();
    }

    public int duplicates() {
        return duplicates;
    }

    public int deadLettered() {
        return deadLettered;
    }

    /** {@code pages=N normalised=A duplicates=B dead_lettered=C}. */
    public String summary() {
        return "pages=" + pages + " normalised=" + ids.size() + " duplicates=" + duplicates
                + " dead_lettered=" + deadLettered;
    }
}
