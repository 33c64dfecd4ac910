package io.cleanfeed.enrich.metadata.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Tells the language of an article's text with Lingua, for pages that do not declare one or
 * declare one their text is plainly not in. An
 * article is long text, where Lingua's low-accuracy mode (trigram models only) is as good as its
 * full mode at a fraction of the memory. The models load on first use, once per JVM. Thread-safe.
 */
public final class TextLanguage {

    /** Enough text to be sure; more only costs time. */
    private static final int SAMPLE_CHARS = 3000;
    private static final int MIN_CHARS = 20;
    /** Text enough to overrule a page's declared language: a few sentences. */
    private static final int MIN_CONTRADICTING_CHARS = 400;
    /**
     * Lingua's confidences are relative to the likeliest language's, which has 1: German text gives
     * Dutch 0.72 and English 0.66, an English text with German quotes gives English 1 or close.
     */
    private static final double UNLIKELY = 0.8;

    /** @return the ISO 639-1 code, or null when the text is too short or the language unclear */
    public @Nullable String detect(final String text) {
        if (text.length() < MIN_CHARS) {
            return null;
        }
        final Language language = Holder.DETECTOR.detectLanguageOf(sample(text));
        return language == Language.UNKNOWN ? null : code(language);
    }

    /**
     * Whether the text is plainly not in the language declared for it: long enough to tell, and the
     * declared language far less likely than the likeliest. Themes declare the language they were
     * made in ({@code lang="en-US"} over a German blog), not the one the site writes in.
     */
    public boolean contradicts(final @Nullable String declared, final String text) {
        if (declared == null || text.length() < MIN_CONTRADICTING_CHARS) {
            return false;
        }
        final Map<Language, Double> confidences = Holder.DETECTOR.computeLanguageConfidenceValues(sample(text));
        // Placeholder text (lorem ipsum) reads as Latin, which no page of news is written in.
        if (confidences.isEmpty() || confidences.keySet().iterator().next() == Language.LATIN) {
            return false;
        }
        double declaredConfidence = 0;
        for (final Map.Entry<Language, Double> entry : confidences.entrySet()) {
            if (code(entry.getKey()).equals(declared)) {
                declaredConfidence = entry.getValue();
            }
        }
        return declaredConfidence < UNLIKELY;
    }

    private static String sample(final String text) {
        return text.length() <= SAMPLE_CHARS ? text : text.substring(0, SAMPLE_CHARS);
    }

    /** The language's ISO 639-1 code in lower case. */
    private static String code(final Language language) {
        return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    /** Loads the models only when a page without a declared language needs them. */
    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromAllLanguages()
                .withLowAccuracyMode()
                .build();
    }
}
