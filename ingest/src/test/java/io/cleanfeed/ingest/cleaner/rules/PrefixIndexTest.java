package io.cleanfeed.ingest.cleaner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrefixIndexTest {

    private final PrefixIndex leadIns = new PrefixIndex(List.of("read more", "lesetipp", "related:", "lesetipps",
            "©"));

    @Test
    void offersThePhrasesThatShareTheTextsFirstCharacterInTheirOrder() {
        assertThat(leadIns.candidates("read more: the tram")).containsExactly("read more", "related:");
        assertThat(leadIns.candidates("lesetipps der woche")).containsExactly("lesetipp", "lesetipps");
        assertThat(leadIns.candidates("© stadt example")).containsExactly("©");
    }

    @Test
    void offersNoneForATextNoPhraseCanStart() {
        assertThat(leadIns.candidates("the council voted")).isEmpty();
        assertThat(leadIns.candidates("")).isEmpty();
    }

    @Test
    void refusesAnEmptyPhrase() {
        assertThatThrownBy(() -> new PrefixIndex(List.of("read more", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty phrase");
    }
}
