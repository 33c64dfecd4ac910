package io.cleanfeed.ingest.cleaner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClippedStyleRuleTest {

    private final ClippedStyleRule rule = new ClippedStyleRule("screen-reader-only");

    @ParameterizedTest
    @ValueSource(strings = {"clip:rect(0 0 0 0);position:absolute;height:1px;width:1px;overflow:hidden",
            "position: absolute; CLIP: rect(1px, 1px, 1px, 1px)", "position:fixed;clip:rect(0px,0px,0px,0px)",
            "clip-path: inset(50%)", "clip-path:inset(50% 50%)"})
    void removesTextAStyleClipsToNothing(final String style) {
        assertThat(rule.reasonToRemove(block("<span style='" + style + "'>Image source, Getty Images</span>")))
                .isEqualTo("clipped to nothing by its style");
    }

    @ParameterizedTest
    @ValueSource(strings = {"clip:rect(0 200px 120px 0);position:absolute", "height:1px;width:1px",
            "clip-path: inset(10% 0)", "clip-path: inset(50% 0 0 0)", "clip:rect(0 0 0 0);width:1px",
            "font-weight:bold"})
    void keepsTextAStyleShowsCropsOnlyInPartOrClipsWithoutPositioning(final String style) {
        assertThat(rule.reasonToRemove(block("<span style='" + style + "'>The council voted</span>"))).isNull();
    }

    private static Block block(final String html) {
        final Element element = Jsoup.parse(html).body().child(0);
        return new Block(element, element.text().length(), 0, 0);
    }
}
