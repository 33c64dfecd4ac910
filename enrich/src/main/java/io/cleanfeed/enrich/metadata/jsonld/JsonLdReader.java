package io.cleanfeed.enrich.metadata.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import io.cleanfeed.core.serde.JsonLdBlocks;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Finds the article object among a page's JSON-LD blocks, wherever the site put it: at the top,
 * in an array, in an {@code @graph}, or as the {@code mainEntity} of a WebPage, and follows
 * {@code {"@id": ...}} references to the graph's Person and Organization nodes. Reads the blocks
 * as {@link JsonLdBlocks} does, leniently; a block that still does not parse is skipped.
 */
public final class JsonLdReader {

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
            "reviewnewsarticle", "liveblogposting", "scholarlyarticle", "techarticle", "socialmediaposting",
            "posting", "report", "recipe", "videoobject", "podcastepisode");
    private static final int MAX_NODES = 1000;

    public JsonLdArticle read(final List<String> blocks) {
        final List<JsonNode> nodes = new ArrayList<>();
        for (final String block : blocks) {
            try {
                collect(JsonLdBlocks.tree(block), nodes);
            } catch (final IOException e) {
                // A block that does not parse even leniently tells us nothing; the others still may.
            }
        }
        final Map<String, JsonNode> byId = new HashMap<>();
        for (final JsonNode node : nodes) {
            final String id = text(node.get("@id"));
            if (id != null) {
                byId.putIfAbsent(id, node);
            }
        }
        final JsonNode article = nodes.stream().filter(JsonLdReader::isArticle).findFirst().orElse(null);
        // Yoast and others put the dates on the WebPage node of the graph, not on the article.
        final JsonNode dated = nodes.stream().filter(node -> node.has("datePublished")).findFirst().orElse(null);
        final List<Breadcrumb> breadcrumbs = BreadcrumbTrail.of(nodes);
        if (article == null && dated == null) {
            return JsonLdArticle.empty(breadcrumbs);
        }
        return toArticle(article != null ? article : dated, dated, new References(byId), breadcrumbs);
    }

    /** Every object in the JSON-LD, wherever it sits: top level, arrays, {@code @graph}, main entities. */
    private static void collect(final JsonNode root, final List<JsonNode> nodes) {
        final Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        int visited = 0;
        while (!queue.isEmpty() && visited++ < MAX_NODES) {
            final JsonNode node = queue.poll();
            if (node.isArray()) {
                node.forEach(queue::add);
            } else if (node.isObject()) {
                nodes.add(node);
                for (final String container : new String[] {"@graph", "mainEntity", "mainEntityOfPage"}) {
                    final JsonNode inner = node.get(container);
                    if (inner != null && (inner.isArray() || inner.isObject())) {
                        queue.add(inner);
                    }
                }
            }
        }
    }

    /** Resolves {@code {"@id": ...}} references to the node the graph defines under that id. */
    private record References(Map<String, JsonNode> byId) {
        JsonNode resolve(final JsonNode node) {
            if (node.isObject() && node.size() == 1 && node.has("@id")) {
                final JsonNode target = byId.get(node.get("@id").asText());
                return target != null ? target : node;
            }
            return node;
        }
    }

    private static boolean isArticle(final JsonNode node) {
        return hasType(node, type -> ARTICLE_TYPES.contains(type.toLowerCase(java.util.Locale.ROOT)));
    }

    /** Whether the node's {@code @type}, or one of its types, is one the test accepts. */
    private static boolean hasType(final JsonNode node, final Predicate<String> accepted) {
        final @Nullable JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (final JsonNode each : type) {
                if (accepted.test(each.asText())) {
                    return true;
                }
            }
            return false;
        }
        return accepted.test(type.asText());
    }

    private static JsonLdArticle toArticle(final JsonNode node, final @Nullable JsonNode dated,
                                           final References references, final List<Breadcrumb> breadcrumbs) {
        final JsonNode dates = node.has("datePublished") || dated == null ? node : dated;
        return new JsonLdArticle(
                text(node.get("headline")),
                names(node.get("author"), references, false),
                names(node.get("author"), references, true),
                text(dates.get("datePublished")),
                text(dates.get("dateModified")),
                language(node.get("inLanguage")),
                name(node.get("publisher"), references),
                isPerson(node.get("publisher"), references),
                first(node.get("articleSection")),
                keywords(node.get("keywords")),
                text(node.get("description")),
                image(node.get("image"), references),
                url(node.get("url")),
                breadcrumbs);
    }

    /**
     * The names of the authors typed an organisation, or of the others: a desk listed beside its
     * reporter ("Redakcja Gazety Pomorskiej") or the outlet named as author is no person.
     */
    private static List<String> names(final @Nullable JsonNode value, final References references,
                                      final boolean organisations) {
        final List<String> names = new ArrayList<>();
        if (value == null) {
            return names;
        }
        if (value.isArray()) {
            value.forEach(each -> names.addAll(names(each, references, organisations)));
        } else if (isOrganisation(value, references) == organisations) {
            final String name = name(value, references);
            if (name != null) {
                // A person's login ("robert.stitz") would pass for a domain; its type says it names someone.
                names.add(isPerson(value, references) ? PersonHandle.writtenOut(name) : name);
            }
        }
        return names;
    }

    private static @Nullable String name(final @Nullable JsonNode value, final References references) {
        if (value == null) {
            return null;
        }
        if (value.isArray()) {
            return value.isEmpty() ? null : name(value.get(0), references);
        }
        final JsonNode resolved = references.resolve(value);
        if (resolved.isObject()) {
            return text(resolved.get("name"));
        }
        return text(resolved);
    }

    /** Whether the value, or the node it refers to, is typed {@code Person}, alone or with another type. */
    private static boolean isPerson(final @Nullable JsonNode value, final References references) {
        if (value == null) {
            return false;
        }
        return hasType(references.resolve(value.isArray() && !value.isEmpty() ? value.get(0) : value),
                JsonLdReader::isPersonType);
    }

    /** Whether the value, or the node it refers to, is typed an organisation of some kind and not a person. */
    private static boolean isOrganisation(final JsonNode value, final References references) {
        return !isPerson(value, references) && hasType(references.resolve(value), JsonLdReader::isOrganisationType);
    }

    /** "Organization" or one of its kinds ("NewsMediaOrganization", "Corporation"), bare or prefixed. */
    private static boolean isOrganisationType(final String type) {
        final String name = type.substring(Math.max(type.lastIndexOf('/'), type.lastIndexOf(':')) + 1)
                .toLowerCase(Locale.ROOT);
        return name.endsWith("organization") || name.endsWith("organisation") || name.equals("corporation")
                || name.equals("ngo");
    }

    /** "Person", in any case, bare or as "schema:Person" or "https://schema.org/Person". */
    private static boolean isPersonType(final String type) {
        final int prefix = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
        return type.substring(prefix + 1).equalsIgnoreCase("person");
    }

    /**
     * The image's address: given as text, or as the url or contentUrl of an ImageObject, inline or the node an
     * {@code {"@id": ...}} refers to. An id names a node, not a picture ("...#primaryimage"): one that refers to
     * no node with an address gives no image.
     */
    private static @Nullable String image(final @Nullable JsonNode value, final References references) {
        if (value == null) {
            return null;
        }
        if (value.isArray()) {
            return value.isEmpty() ? null : image(value.get(0), references);
        }
        final JsonNode resolved = references.resolve(value);
        if (resolved.isObject()) {
            final @Nullable String url = text(resolved.get("url"));
            return url != null ? url : text(resolved.get("contentUrl"));
        }
        return text(resolved);
    }

    private static @Nullable String url(final @Nullable JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isArray()) {
            return value.isEmpty() ? null : url(value.get(0));
        }
        if (value.isObject()) {
            final String url = text(value.get("url"));
            return url != null ? url : text(value.get("@id"));
        }
        return text(value);
    }

    private static @Nullable String language(final @Nullable JsonNode value) {
        if (value != null && value.isObject()) {
            final String code = text(value.get("alternateName"));
            return code != null ? code : text(value.get("name"));
        }
        return first(value);
    }

    private static List<String> keywords(final @Nullable JsonNode value) {
        final List<String> keywords = new ArrayList<>();
        if (value == null) {
            return keywords;
        }
        if (value.isArray()) {
            value.forEach(each -> keywords.addAll(keywords(each)));
        } else if (value.isTextual()) {
            for (final String keyword : value.asText().split(",")) {
                if (!keyword.isBlank()) {
                    keywords.add(keyword.strip());
                }
            }
        }
        return keywords;
    }

    private static @Nullable String first(final @Nullable JsonNode value) {
        if (value != null && value.isArray()) {
            return value.isEmpty() ? null : text(value.get(0));
        }
        return text(value);
    }

    private static @Nullable String text(final @Nullable JsonNode value) {
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        final String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
