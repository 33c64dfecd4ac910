package io.cleanfeed.core.serde;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonLdBlocksTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "<!-- made by the SEO plugin -->\n{\"headline\": \"Storm <!-- --> warning\"}",
            "<!--\n{\"headline\": \"Storm <!-- --> warning\"}\n-->",
            "<![CDATA[ <!-- note --> {\"headline\": \"Storm <!-- --> warning\"} ]]>"})
    void readsPastHtmlCommentsOutsideTheDataButKeepsThemInItsStrings(final String block) throws Exception {
        assertThat(JsonLdBlocks.tree(block).get("headline").asText()).isEqualTo("Storm <!-- --> warning");
    }
}
