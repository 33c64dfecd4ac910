package io.cleanfeed.ingest.site;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rules file (YAML, or JSON when it ends in {@code .json}) that the running service reloads when
 * it changes:
 *
 * <pre>
 * sites:
 *   themoscowtimes.com:
 *     content: "div.article__content"
 *     remove: ["div.banner", ".related-article"]
 *     keep: ["figure.article__featured-image"]
 * </pre>
 *
 * The file's modification time is checked at most once per {@code checkEvery}; a file that no
 * longer parses (or names an invalid selector) is reported in the log and the rules it replaced stay
 * in force, so a typo never stops the cleaner. Thread-safe.
 */
public final class SiteRulesFile {

    private static final Logger log = LoggerFactory.getLogger(SiteRulesFile.class);

    /** How often a running service looks at the file's modification time. */
    public static final Duration DEFAULT_CHECK_INTERVAL = Duration.ofSeconds(2);

    private final Path file;
    private final Duration checkEvery;
    private volatile SiteRules rules;
    private volatile @Nullable FileTime loadedVersion;
    private volatile long nextCheckNanos;

    private SiteRulesFile(final Path file, final Duration checkEvery, final SiteRules rules,
                          final @Nullable FileTime version) {
        this.file = file;
        this.checkEvery = checkEvery;
        this.rules = rules;
        this.loadedVersion = version;
        this.nextCheckNanos = System.nanoTime() + checkEvery.toNanos();
    }

    /**
     * Loads the file, failing with a message that says what is wrong with it: at start-up a broken
     * rules file is an error to fix, not something to run without.
     */
    public static SiteRulesFile load(final Path file, final Duration checkEvery) {
        try {
            final FileTime version = Files.getLastModifiedTime(file);
            final SiteRules rules = parse(file);
            log.info("Loaded site rules for {} site(s) from {}", rules.size(), file);
            return new SiteRulesFile(file, checkEvery, rules, version);
        } catch (final NoSuchFileException e) {
            throw new IllegalArgumentException("rules file " + file + " does not exist", e);
        } catch (final IOException e) {
            throw new IllegalArgumentException("cannot read rules file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The rules now in force, reloading them first if the file changed since the last check. */
    public SiteRules current() {
        final long now = System.nanoTime();
        if (now - nextCheckNanos >= 0) {
            synchronized (this) {
                if (now - nextCheckNanos >= 0) {
                    nextCheckNanos = now + checkEvery.toNanos();
                    reloadIfChanged();
                }
            }
        }
        return rules;
    }

    private void reloadIfChanged() {
        try {
            final FileTime version = Files.getLastModifiedTime(file);
            if (version.equals(loadedVersion)) {
                return;
            }
            loadedVersion = version;
            rules = parse(file);
            log.info("Reloaded site rules for {} site(s) from {}", rules.size(), file);
        } catch (final IOException | IllegalArgumentException e) {
            log.error("Site rules in {} not reloaded, the previous rules stay in force: {}", file, e.getMessage());
        }
    }

    static SiteRules parse(final Path file) throws IOException {
        final ObjectMapper mapper = file.toString().toLowerCase(Locale.ROOT).endsWith(".json")
                ? new JsonMapper() : new YAMLMapper();
        final JsonNode root;
        try {
            root = mapper.readTree(file.toFile());
        } catch (final JacksonException e) {
            throw new IllegalArgumentException(file + " is not valid " + (mapper instanceof YAMLMapper ? "YAML" : "JSON")
                    + ": " + e.getOriginalMessage(), e);
        }
        final JsonNode sites = root == null ? null : root.get("sites");
        if (sites == null || !sites.isObject()) {
            throw new IllegalArgumentException(file + " needs a top-level \"sites\" map of host -> rules");
        }
        final Map<String, SiteRule> byHost = new HashMap<>();
        for (final Iterator<Map.Entry<String, JsonNode>> it = sites.fields(); it.hasNext(); ) {
            final Map.Entry<String, JsonNode> site = it.next();
            final String host = site.getKey().strip().toLowerCase(Locale.ROOT);
            final JsonNode body = site.getValue();
            final JsonNode content = body.get("content");
            final SiteRule rule = new SiteRule(host,
                    content == null || content.isNull() ? null : selector(host, "content", content.asText()),
                    selectors(host, "remove", body.get("remove")),
                    selectors(host, "keep", body.get("keep")));
            byHost.put(host, rule);
        }
        return new SiteRules(byHost);
    }

    private static List<String> selectors(final String host, final String field, final @Nullable JsonNode node) {
        final List<String> selectors = new ArrayList<>();
        if (node == null || node.isNull()) {
            return selectors;
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("sites." + host + "." + field + " must be a list of CSS selectors");
        }
        node.forEach(each -> selectors.add(selector(host, field, each.asText())));
        return selectors;
    }

    private static String selector(final String host, final String field, final String css) {
        try {
            final Evaluator ignored = QueryParser.parse(css);
            return css;
        } catch (final Selector.SelectorParseException e) {
            throw new IllegalArgumentException("sites." + host + "." + field + ": \"" + css
                    + "\" is not a valid CSS selector: " + e.getMessage(), e);
        }
    }
}
