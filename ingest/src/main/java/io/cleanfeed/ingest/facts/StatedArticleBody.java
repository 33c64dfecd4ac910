package io.cleanfeed.ingest.facts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * The article's text as the page states it in its JSON-LD, apart from its markup: the longest
 * {@code articleBody} of its blocks, as plain text (some sites write it as HTML, or with entities).
 * The cleaner takes it as a hint of where the article is, never as the article: the text a reader
 * sees is the page's.
 *
 * <pre>{@code
 * String stated = StatedArticleBody.of(facts.jsonLd());
 * }</pre>
 */
public final class StatedArticleBody {

    private static final String FIELD = "articleBody";
    private static final String CDATA_START = "<![CDATA[";
    /** Tolerant as {@code enrich}'s reading of JSON-LD is: hand-written blocks have comments and raw line breaks. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    private StatedArticleBody() {
    }

    /** The longest {@code articleBody} of the blocks as plain text, or null when none states one. */
    public static @Nullable String of(final List<String> jsonLdBlocks) {
        @Nullable String longest = null;
        for (final String block : jsonLdBlocks) {
            // Most pages state no body: a block without the word is not parsed.
            if (!block.contains(FIELD)) {
                continue;
            }
            final @Nullable String body = longestIn(block);
            if (body != null && (longest == null || body.length() > longest.length())) {
                longest = body;
            }
        }
        return longest == null || longest.isBlank() ? null : plain(longest);
    }

    /**
     * The longest string value of an {@code articleBody} field anywhere in the block; null when none
     * parses. A block wrapped in a CDATA section is read from inside it.
     */
    private static @Nullable String longestIn(final String block) {
        @Nullable String longest = null;
        final String json = block.strip();
        try (JsonParser parser = JSON.createParser(json.startsWith(CDATA_START)
                ? json.substring(CDATA_START.length()) : json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && parser.currentName().equals(FIELD)
                        && parser.nextToken() == JsonToken.VALUE_STRING) {
                    final String value = parser.getText();
                    if (longest == null || value.length() > longest.length()) {
                        longest = value;
                    }
                }
            }
        } catch (final IOException e) {
            // A block broken after its body (a CDATA section's end) still stated it; one broken before states nothing.
        }
        return longest;
    }

    /** The text of a body written as HTML, or with entities, as a reader would see it. */
    private static String plain(final String body) {
        if (body.indexOf('<') >= 0) {
            return Jsoup.parseBodyFragment(body).body().text();
        }
        return body.indexOf('&') >= 0 ? Parser.unescapeEntities(body, false) : body;
    }
}
