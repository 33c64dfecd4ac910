package io.cleanfeed.ingest.cleaner;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<p>paid for by a <a id=x>levy</a>, the mayor said</p>          | true",
            "<p>It was built in <a id=x>1998</a> by the city</p>               | true",
            "<nav><a>Home</a> <a id=x>News</a> <a>Sport</a></nav>               | false",
            "<p>Home › <a id=x>News</a> › Sport</p>                            | false",
            "<div>Home &#124; <a id=x>News</a> &#124; Sport</div>               | false",
            "<p>Families liked it. <a id=x>This tram</a> is sold at the depot</p> | true",
            "<p>The works are paid for by a <a id=x>levy</a></p>                | false",
            "<p><a id=x>Read the report</a> on the council's website</p>       | false",
            "<p>the <em>new</em> <a id=x>levy</a>, the mayor said</p>          | false",
            "<p>paid for by a <span id=x>levy</span>, the mayor said</p>      | false"})
    void aLinkIsInASentenceWhenWordsComeRightBeforeAndRightAfterIt(final String html, final boolean inSentence) {
        final Element element = Jsoup.parse(html).getElementById("x");

        assertThat(Lines.isLinkInSentence(element)).isEqualTo(inSentence);
    }
}
