package io.cleanfeed.enrich.metadata.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Tells the language of an article's text with Lingua, for pages that do not declare one. An
 * article is long text, where Lingua's low-accuracy mode (trigram models only) is as good as its
 * full mode at a fraction of the memory. The models load on first use, once per JVM. Thread-safe.
 */
public final class TextLanguage {

    /** Enough text to be sure; more only costs time. */
    private static final int SAMPLE_CHARS = 3000;
    private static final int MIN_CHARS = 20;

    /** @return the ISO 639-1 code, or null when the text is too short or the language unclear */
    public @Nullable String detect(final String text) {
        if (text.length() < MIN_CHARS) {
            return null;
        }
        final Language language = Holder.DETECTOR.detectLanguageOf(
                text.length() <= SAMPLE_CHARS ? text : text.substring(0, SAMPLE_CHARS));
        return language == Language.UNKNOWN ? null : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    /** Loads the models only when a page without a declared language needs them. */
    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromAllLanguages()
                .withLowAccuracyMode()
                .build();
    }
}
