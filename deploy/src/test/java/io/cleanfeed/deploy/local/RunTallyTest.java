package io.cleanfeed.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunTallyTest {

    @Test
    void countsDistinctArticlesDuplicatesAndDeadLetters() {
        final RunTally tally = new RunTally(4);
        tally.add(normalised("a"));
        tally.add(normalised("b"));
        tally.add(normalised("a"));
        assertThat(tally.complete()).isFalse();

        tally.add(new Outcome(Outcome.Kind.DEAD_LETTER, null, "", "ingest", "not_html", "no markup", "articles.raw-0@3"));

        assertThat(tally.complete()).isTrue();
        assertThat(tally.summary()).isEqualTo("pages=4 normalised=2 duplicates=1 dead_lettered=1");
    }

    private static Outcome normalised(final String id) {
        return new Outcome(Outcome.Kind.NORMALISED, id, "{}", null, null, null, null);
    }
}
