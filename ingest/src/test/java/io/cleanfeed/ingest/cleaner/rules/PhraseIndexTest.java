package io.cleanfeed.ingest.cleaner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A phrase is found exactly when the text contains it, where a word starts if the phrase opens with
 * a letter or a digit.
 */
class PhraseIndexTest {

    private static final List<String> PHRASES = List.of("log in", "log in to continue", "in to", "support us",
            "support", "us", "a", "aa", "aaa", "aab", "bab", "abab", "поддержите", "рассылк", "déjà abonné",
            "suscríbete", "suscríbete a", "privacy policy", "privacy policy", "😀 x", "é", "");

    @Test
    void findsExactlyThePhrasesTheTextContainsWhereAWordStarts() {
        final PhraseIndex index = new PhraseIndex(PHRASES);
        final Random random = new Random(7);
        final List<String> pieces = new ArrayList<>(PHRASES);
        pieces.addAll(List.of(" ", "b", "ab", "ло", "😀", "\ud83d", "x", "ñ", "og", "lo", "g i", "n t"));
        for (int round = 0; round < 50_000; round++) {
            final StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                final String piece = pieces.get(random.nextInt(pieces.size()));
                text.append(random.nextBoolean() ? piece : piece.substring(0, random.nextInt(piece.length() + 1)));
            }
            final BitSet found = index.find(text.toString());
            for (final String phrase : PHRASES) {
                assertThat(found.get(index.id(phrase))).as("\"%s\" in \"%s\"", phrase, text)
                        .isEqualTo(containsFromAWordStart(text.toString(), phrase));
            }
        }
    }

    @Test
    void findsAPhraseThatOpensAWordOnlyWhereAWordStartsButLetsItEndInsideOne() {
        final PhraseIndex index = new PhraseIndex(List.of("uw steun", "al mes", "newsletter", "©"));

        assertThat(index.find("een nieuw steunpakket voor de final message").isEmpty()).isTrue();
        assertThat(index.find("dank voor uw steun! newsletters, al mes: 2,50 ©2024").cardinality()).isEqualTo(4);
    }

    @Test
    void findsAPhraseOfAScriptWrittenWithoutSpacesInsideRunningText() {
        final PhraseIndex index = new PhraseIndex(List.of("禁止转载", "無断転載", "ห้ามคัดลอก", "재배포 금지"));

        assertThat(index.find("本文版权归原作者所有，未经授权禁止转载。").get(index.id("禁止转载"))).isTrue();
        assertThat(index.find("記事の無断転載を禁じます").get(index.id("無断転載"))).isTrue();
        assertThat(index.find("สงวนลิขสิทธิ์ห้ามคัดลอก").get(index.id("ห้ามคัดลอก"))).isTrue();
        // Korean sets spaces between words: its phrases still open one.
        assertThat(index.find("무단전재재배포 금지").get(index.id("재배포 금지"))).isFalse();
    }

    @Test
    void phrasesOfAnotherIndexHaveNoId() {
        assertThat(new PhraseIndex(List.of("log in")).id("subscribe now")).isEqualTo(-1);
    }

    private static boolean containsFromAWordStart(final String text, final String phrase) {
        final boolean opensAWord = !phrase.isEmpty() && Character.isLetterOrDigit(phrase.charAt(0));
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            if (!opensAWord || at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }
}
