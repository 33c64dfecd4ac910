package io.cleanfeed.ingest.facts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.cleanfeed.core.serde.JsonLdBlocks;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * The article's text as the page states it in its JSON-LD, apart from its markup: the
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

    private StatedArticleBody() {
    }

    /**
     * The {@code articleBody} of the blocks as plain text; null when none states one, or when they
     * state different ones: a page that appends the next stories below its own states each, and
     * which is the page's own is not said there.
     */
    public static @Nullable String of(final List<String> jsonLdBlocks) {
        final Set<String> bodies = new LinkedHashSet<>();
        for (final String block : jsonLdBlocks) {
            // Most pages state no body: a block without the word is not parsed.
            if (block.contains(FIELD)) {
                collect(block, bodies);
            }
        }
        return bodies.size() == 1 ? plain(bodies.iterator().next()) : null;
    }

    /**
     * Adds the non-blank string values of the block's {@code articleBody} fields, wherever they
     * stand, as far as the block parses ({@link JsonLdBlocks}: leniently, from inside a CDATA section).
     */
    private static void collect(final String block, final Set<String> bodies) {
        try (JsonParser parser = JsonLdBlocks.parser(block)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && parser.currentName().equals(FIELD)
                        && parser.nextToken() == JsonToken.VALUE_STRING && !parser.getText().isBlank()) {
                    bodies.add(parser.getText().strip());
                }
            }
        } catch (final IOException e) {
            // A block broken after its body still stated it; one broken before states nothing.
        }
    }

    /** The text of a body written as HTML, or with entities, as a reader would see it. */
    private static String plain(final String body) {
        if (body.indexOf('<') >= 0) {
            return Jsoup.parseBodyFragment(body).body().text();
        }
        return body.indexOf('&') >= 0 ? Parser.unescapeEntities(body, false) : body;
    }
}
