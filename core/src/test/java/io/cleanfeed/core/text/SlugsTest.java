package io.cleanfeed.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void writesAHeadingAsAnAnchorKeepingTheLettersOfEveryScript() {
        assertThat(Slugs.of("  Sharing with a single developer! ")).isEqualTo("sharing-with-a-single-developer");
        assertThat(Slugs.of("Über die Straße — 2024")).isEqualTo("über-die-straße-2024");
    }

    @Test
    void writesANameAsAnAddressDoesWithoutAccentsAndWithAsciiOnly() {
        assertThat(Slugs.ascii("Juan Carlos Muñoz C.")).isEqualTo("juan-carlos-munoz-c");
        assertThat(Slugs.ascii("Jürgen Löw")).isEqualTo("jurgen-low");
        // A known limit: ø and ß have no accent to drop, and sites write "soren-strasse".
        assertThat(Slugs.ascii("Søren Straße")).isEqualTo("s-ren-stra-e");
    }
}
