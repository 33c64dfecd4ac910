package io.cleanfeed.ingest.cleaner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinePatternRuleTest {

    private final RemovalRule counters = new LinePatternRule("label", "a gallery's counter",
            BoilerplateRules.GALLERY_COUNTER);
    private final RemovalRule times = new LinePatternRule("article-meta", "a time told relative to now",
            BoilerplateRules.RELATIVE_TIME);
    private final RemovalRule playerTimes = new LinePatternRule("player-controls", "a player's elapsed and total time",
            BoilerplateRules.PLAYER_TIME);
    private final RemovalRule followCalls = new LinePatternRule("article-meta", "a call to follow the site",
            BoilerplateRules.FOLLOW_CALL, 160);
    private final RemovalRule readingTimes = new LinePatternRule("article-meta", "how long the article takes to read",
            BoilerplateRules.READING_TIME);
    private final RemovalRule reporterContacts = new LinePatternRule("article-meta", "where to reach the reporter",
            BoilerplateRules.REPORTER_CONTACT, 120);
    private final RemovalRule readerCalls = new LinePatternRule("reader-submissions", "a question to the readers",
            BoilerplateRules.READER_CALL, 200);

    @ParameterizedTest
    @ValueSource(strings = {"<p id=x>Got a news tip? Send it to lorraine.santoro@patch.com.</p>",
            "<p id=x><strong>Were you at the games? Send your pictures to newsdesk@clydeside.example</strong></p>",
            "<p id=x>Know of a market we’ve missed? Email whatson@kernow.example and we’ll add it to the list.</p>",
            "<p id=x>Haben Sie einen Hinweis? Schreiben Sie an redaktion@zeitung.example.</p>"})
    void removesAQuestionToTheReadersWithWhereToSendTheAnswer(final String html) {
        assertThat(readerCalls.reasonToRemove(block(html))).isEqualTo("a question to the readers");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p id=x>What happens next? Residents can email planning@city.example until June.</p>",
            "<p id=x>Send your pictures to newsdesk@clydeside.example, the editor said on Monday.</p>",
            "<p id=x>Who wrote it? The letter was signed by a man who gave his address as j.doe@mail.example.</p>"})
    void keepsAnAddressTheArticleWritesIntoItsSentences(final String html) {
        assertThat(readerCalls.reasonToRemove(block(html))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<div id=x>3 / 12</div>", "<p id=x>Bild 2 von 5</p>", "<div id=x>Item 1 of 2</div>",
            "<div><span id=x>1/50</span></div>", "<span id=x>1 von 18 Bildern</span>",
            "<figure><img src=a.jpg><figcaption>The old cinema.</figcaption><span id=x>1 / 5</span></figure>"})
    void removesAGallerysCounterOnALineOfItsOwn(final String html) {
        assertThat(counters.reasonToRemove(block(html))).isEqualTo("a gallery's counter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<div id=x>Updated 2 minutes ago</div>", "<p id=x>Asked 8 years, 2 months ago</p>",
            "<span id=x>vor 3 Stunden</span>", "<div id=x>il y a 2 jours</div>", "<div id=x>hace 5 horas</div>",
            "<div id=x>vor 1 Stunde</div>", "<div id=x>an hour ago</div>", "<div id=x>Modified today</div>"})
    void removesATimeToldRelativeToNow(final String html) {
        assertThat(times.reasonToRemove(block(html))).isEqualTo("a time told relative to now");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<div id=x>8 min read</div>", "<span id=x>Lesezeit: 3 Minuten</span>",
            "<div id=x>3 min de lecture</div>", "<p id=x>Leestijd 4 minuten</p>", "<div id=x>5 dk okuma</div>",
            "<div id=x>4 min</div>", "<div id=x>5分で読めます</div>", "<div id=x>Время чтения: 7 мин.</div>"})
    void removesHowLongTheArticleTakesToRead(final String html) {
        assertThat(readingTimes.reasonToRemove(block(html))).isEqualTo("how long the article takes to read");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<div id=x>Page 2 of 3</div>", "<p id=x>Seite 2 von 3</p>",
            "<div id=x>Question 1 of 5</div>"})
    void removesAPagesOrAQuizsCounterAsAGallerysIs(final String html) {
        assertThat(counters.reasonToRemove(block(html))).isEqualTo("a gallery's counter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<div id=x>00:00 / 32:14 Download</div>", "<span id=x>1:02:03 / 1:15:00</span>",
            "<div id=x>The video will start in 8</div>", "<div id=x>Video startet in 5 Sekunden</div>"})
    void removesAPlayersElapsedAndTotalTime(final String html) {
        assertThat(playerTimes.reasonToRemove(block(html))).isEqualTo("a player's elapsed and total time");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p id=x>Follow Bharat Times on Google News</p>", "<p id=x>Siga a Folha no WhatsApp</p>",
            "<p id=x>Folgen Sie der Zeitung auf Instagram.</p>",
            "<p id=x>Ακολουθήστε την Ελληνική Επικαιρότητα στο Google News</p>",
            "<p id=x>Follow Al Qantara English: <a href='/f'>Facebook</a> <a href='/x'>X</a> <a href='/i'>Instagram</a> "
                    + "<a href='/y'>YouTube</a></p>",
            "<p id=x>Volg Die Kontrei Nuus op WhatsApp.</p>",
            "<p id=x>Follow us on WhatsApp for the biggest stories from across the county.</p>",
            "<p id=x>Join the Lagos Standard WhatsApp channel. Click here</p>",
            "<p id=x>Join the Lagos Standard WhatsApp channel to get news updates as they happen.</p>",
            "<p id=x>Follow The Deccan Ledger on Google News for the latest updates from Bengaluru.</p>",
            "<p id=x>Volg Die Kontrei Nuus op WhatsApp en kry die jongste nuus reg op jou foon.</p>",
            "<p id=x>Like the Clydeside Advertiser on Facebook and follow us on X for the latest news.</p>",
            "<p id=x>Join The Irish Times on WhatsApp and stay up to date</p>",
            "<p id=x>Ακολουθήστε τα Ημερήσια Νέα στο Google News και μάθετε πρώτοι όλες τις ειδήσεις</p>",
            "<p id=x>Pratite nas na Facebooku i Instagramu!</p>",
            "<p id=x>Son dakika haberleri için bizi Google Haberler'den takip edin.</p>",
            "<p id=x>» Follow us on Twitter and don’t miss a story</p>",
            "<p id=x><a href='/g'>Urmărește știrile Știri Digitale și pe Google News</a></p>"})
    void removesACallToFollowTheSiteSomewhere(final String html) {
        assertThat(followCalls.reasonToRemove(block(html))).isEqualTo("a call to follow the site");
    }

    @Test
    void aRuleForLinesNamingAWordTriesItsPatternOnlyOnLinesThatNameOne() {
        final RemovalRule gallery = LinePatternRule.naming("label", "a gallery's counter",
                BoilerplateRules.GALLERY_COUNTER, 48, List.of("bild"));

        assertThat(gallery.reasonToRemove(block("<p id=x>Bild 2 von 5</p>"))).isEqualTo("a gallery's counter");
        assertThat(gallery.reasonToRemove(block("<p id=x>Foto 2 von 5</p>"))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p id=x>Follow the money.</p>", "<h2 id=x>Follow-up on the tram vote</h2>",
            "<p id=x>Police followed him on foot.</p>", "<p id=x>Follow these steps: unplug the router.</p>",
            "<p id=x>The minister posted the letter on Facebook and X.</p>",
            "<p id=x>Follow-up posts on X accused the mayor of lying.</p>",
            "<p id=x>Follow the signal from the mast, the coastguard told the crew.</p>",
            "<p id=x>Join the dots between Company X and the minister.</p>",
            "<p id=x>Sigue abierta la investigación sobre los mensajes difundidos en Telegram.</p>",
            "<p id=x>Videos von dem Angriff gibt es auf X zuhauf.</p>",
            "<p id=x>Follow the debate on X, where both candidates traded barbs.</p>",
            "<p id=x>Follow the trial on YouTube and see how the jurors react to the verdict.</p>",
            "<p id=x>Like the mayor on Facebook, the governor posts a video every day.</p>",
            "<p id=x>Folge 4 der Serie ist ab Freitag auf YouTube zu sehen.</p>",
            "<p id=x>Siga as orientações da Defesa Civil no Instagram, pediu o prefeito.</p>",
            "<p id=x>Police said he had followed her on Instagram for months.</p>",
            "<p id=x>«Síguenos en WhatsApp y no te pierdas nada», dice el anuncio de radio.</p>"})
    void leavesAFollowThatCallsToNoPlace(final String html) {
        assertThat(followCalls.reasonToRemove(block(html))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<div><span>Prep time</span> <span id=x>10 min</span></div>",
            "<p id=x>Bake for 25 minutes until golden.</p>", "<p id=x>It takes 8 minutes to read the rules.</p>"})
    void leavesATimeInItsLineOrInASentence(final String html) {
        assertThat(readingTimes.reasonToRemove(block(html))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<li><span id=x>1/2</span> <span>cup</span> cocoa powder</li>",
            "<p id=x>The vote was held 2 hours ago in the town hall.</p>", "<p id=x>In 3 of 12 districts</p>",
            "<h2 id=x>Yesterday</h2>"})
    void leavesAnAmountInItsLineAndASentence(final String html) {
        assertThat(counters.reasonToRemove(block(html))).isNull();
        assertThat(times.reasonToRemove(block(html))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p id=x><em>Contact Lauren Pike at lpike@courier.example or 555-0142.</em></p>",
            "<p id=x>Reach Tom Ruiz at tom.ruiz@news.example.</p>",
            "<p id=x>Have a money question? Email Derek at dlundqvist@money.example.</p>"})
    void removesWhereToReachTheReporter(final String html) {
        assertThat(reporterContacts.reasonToRemove(block(html))).isEqualTo("where to reach the reporter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p id=x>Contact the council at info@council.example to comment before May 3.</p>",
            "<p id=x>Contact tracing at the school began on Monday.</p>",
            "<p id=x>Why did the council wait? It said it would reach residents at home@council.example soon.</p>"})
    void leavesASentenceThatGoesOnPastTheAddress(final String html) {
        assertThat(reporterContacts.reasonToRemove(block(html))).isNull();
    }

    private static Block block(final String html) {
        final Element element = Jsoup.parse(html).getElementById("x");
        return new Block(element, element.text().length(), 0, 0);
    }
}
