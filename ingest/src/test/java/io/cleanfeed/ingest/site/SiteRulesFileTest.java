package io.cleanfeed.ingest.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteRulesFileTest {

    @TempDir
    Path dir;

    @Test
    void readsYamlAndAppliesARuleToTheHostAndItsSubdomains() throws Exception {
        final Path file = write("rules.yaml", """
                sites:
                  example.com:
                    content: "div.story"
                    remove: [".promo", "div.banner"]
                    keep: ["figure.lead"]
                """);

        final SiteRules rules = SiteRulesFile.load(file, Duration.ZERO).current();

        final SiteRule rule = rules.forUrl("https://www.example.com/news/1");
        assertThat(rule.content()).isEqualTo("div.story");
        assertThat(rule.remove()).containsExactly(".promo", "div.banner");
        assertThat(rule.keep()).containsExactly("figure.lead");
        assertThat(rules.forUrl("https://other.example.org/").isEmpty()).isTrue();
    }

    @Test
    void readsJsonWhenTheFileEndsInJson() throws Exception {
        final Path file = write("rules.json", "{\"sites\": {\"news.example\": {\"remove\": [\"aside.box\"]}}}");

        assertThat(SiteRulesFile.load(file, Duration.ZERO).current().forUrl("https://news.example/a").remove())
                .containsExactly("aside.box");
    }

    @Test
    void anInvalidSelectorIsRejectedWithWhereItIs() throws Exception {
        final Path file = write("rules.yaml", "sites:\n  example.com:\n    remove: [\"div[\"]\n");

        assertThatThrownBy(() -> SiteRulesFile.load(file, Duration.ZERO))
                .hasMessageContaining("sites.example.com.remove")
                .hasMessageContaining("not a valid CSS selector");
    }

    @Test
    void reloadsWhenTheFileChangesAndKeepsTheOldRulesWhenTheNewFileIsBroken() throws Exception {
        final Path file = write("rules.yaml", "sites:\n  example.com:\n    remove: [\".one\"]\n");
        final SiteRulesFile rules = SiteRulesFile.load(file, Duration.ZERO);

        rewrite(file, "sites:\n  example.com:\n    remove: [\".two\"]\n", 10);
        assertThat(rules.current().forUrl("https://example.com/").remove()).containsExactly(".two");

        rewrite(file, "sites: [this is: not: valid", 20);
        assertThat(rules.current().forUrl("https://example.com/").remove()).containsExactly(".two");
    }

    private Path write(final String name, final String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    /** Rewrites the file with a modification time moved forward, as a later edit would have. */
    private static void rewrite(final Path file, final String content, final int secondsLater) throws Exception {
        final FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(before.toInstant().plusSeconds(secondsLater)));
        assertThat(Files.getLastModifiedTime(file).toInstant()).isAfter(Instant.EPOCH);
    }
}
