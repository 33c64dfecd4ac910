package io.cleanfeed.core.serde;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * How a page's JSON-LD blocks are read, by {@code ingest} (the article's body as the page states
 * it) and {@code enrich} (the article's metadata) alike: leniently, as hand-written blocks need
 * (comments, trailing commas, raw control characters, single quotes, HTML comments around or before
 * the data), and from inside the CDATA section that XHTML-minded pages and serialisers wrap script
 * text in. Thread-safe.
 */
public final class JsonLdBlocks {

    private static final String CDATA_START = "<![CDATA[";
    private static final String CDATA_END = "]]>";
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();

    private JsonLdBlocks() {
    }

    /** The block as a tree; throws when it does not parse even leniently. */
    public static JsonNode tree(final String block) throws IOException {
        return LENIENT.readTree(HtmlCommentMarkers.without(withoutCdata(block)));
    }

    /** A parser of the block's tokens, for a reader that wants one field and not the tree; the caller closes it. */
    public static JsonParser parser(final String block) throws IOException {
        return LENIENT.createParser(HtmlCommentMarkers.without(withoutCdata(block)));
    }

    /**
     * The block without its CDATA section ({@code <![CDATA[ {...} ]]>}); the commented form
     * ({@code //<![CDATA[}) parses as it is.
     */
    private static String withoutCdata(final String block) {
        String json = block.strip();
        if (json.startsWith(CDATA_START)) {
            json = json.substring(CDATA_START.length());
            if (json.endsWith(CDATA_END)) {
                json = json.substring(0, json.length() - CDATA_END.length());
            }
        }
        return json;
    }
}
