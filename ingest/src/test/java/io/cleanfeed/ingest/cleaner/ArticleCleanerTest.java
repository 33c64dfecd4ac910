package io.cleanfeed.ingest.cleaner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cleanfeed.core.deadletter.RejectedRecordException;
import io.cleanfeed.core.schema.Removal;
import io.cleanfeed.ingest.page.Deadline;
import io.cleanfeed.ingest.page.Deadlines;
import io.cleanfeed.ingest.render.ArticleRenderer;
import io.cleanfeed.ingest.site.SiteRule;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleCleanerTest {

    private static final String P1 = "<p>The council voted on Tuesday to extend the tram line, a decision that ends years of debate in the city.</p>";
    private static final String P2 = "<p>Construction is due to start next spring, and the first trams should run by the end of 2028, officials said.</p>";
    private static final String P3 = "<p>Residents of the northern districts, who currently rely on buses, welcomed the plan at a public meeting.</p>";

    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final ArticleRenderer renderer = new ArticleRenderer();

    private String clean(final String body) {
        return renderer.render(cleaner.clean(Jsoup.parse("<html><body>" + body + "</body></html>", "https://x.example/"),
                Deadlines.ample()).content(), "https://x.example/", Deadlines.ample())
                .text();
    }

    /** Cleans a page whose head holds the title: the locator reads it when the page has several headlines. */
    /** The text of an article of the three paragraphs with the block between the second and the third. */
    private String cleanAmongParagraphs(final String block) {
        return clean("<article>" + P1 + P2 + block + P3 + "</article>");
    }

    private String clean(final String title, final String body) {
        return renderer.render(cleaner.clean(Jsoup.parse("<html><head><title>" + title + "</title></head><body>"
                + body + "</body></html>", "https://x.example/"), Deadlines.ample()).content(), "https://x.example/",
                Deadlines.ample()).text();
    }

    private CleanedContent cleaned(final String body) {
        return cleaner.clean(Jsoup.parse("<html><body>" + body + "</body></html>", "https://x.example/"),
                Deadlines.ample());
    }

    @Test
    void keepsNewsAboutConsentSubscriptionsAndAppsWhoseSentencesNameABannersWords() {
        final String text = clean("<article>" + P1
                + "<p>The regulator said websites must obtain consent before setting a tracking cookie, and that a "
                + "banner hidden below the page does not count.</p>"
                + "<p>The basic plan costs $9.99 per month, up from $7.99 a month last year, and users who log in at "
                + "least once a month are counted as active.</p>"
                + "<p>The game is available for free on the App Store and Google Play, and its makers say it has been "
                + "downloaded ten million times.</p>" + P2
                + "<div>We use cookies to give you the best experience. Accept all or manage preferences.</div>"
                + P3 + "</article>");

        assertThat(text).contains("obtain consent before setting a tracking cookie", "$9.99 per month",
                "available for free on the App Store").doesNotContain("We use cookies");
    }

    @Test
    void removesALinkThatSkipsPastANewsletterPromotionButNotALinkInTheArticle() {
        final String text = clean("<article>" + P1 + "<a href='#EmailSignup-skip-link-10' class='dcr-jzxpee'>skip past "
                + "newsletter promotion</a><p id='EmailSignup-skip-link-10' role='note'>after newsletter promotion</p>"
                + P2 + "<p><a href='#notes'>Skip ahead</a> to the notes, the council said.</p>" + P3 + "</article>");

        assertThat(text).contains("tram line", "first trams", "Skip ahead to the notes")
                .doesNotContain("skip past", "after newsletter promotion");
    }

    @Test
    void removesThePlaceholderOfAnEmbedThatWaitsForConsent() {
        final String text = clean("<article>" + P1 + "<div class='embed'><p>Hier finden Sie einen externen Inhalt von "
                + "Instagram, der den Artikel ergänzt.</p><button>Inhalt laden</button></div>" + P2
                + "<div><p>Externer Inhalt</p><p>An dieser Stelle finden Sie einen Inhalt von X. Um ihn zu sehen, "
                + "stimmen Sie der Anzeige zu.</p></div>" + P3 + "</article>");

        assertThat(text).contains("tram line", "first trams", "northern districts")
                .doesNotContain("Instagram", "Inhalt laden", "Externer Inhalt", "stimmen Sie");
    }

    @Test
    void keepsTheComponentsOfAPageBuiltWithAdobeExperienceManagerWhoseClassesSayCmp() {
        final String text = clean("<div class='cmp-container'><div class='cmp-title'><h1 class='cmp-title__text'>"
                + "Trams return</h1></div>"
                + "<div class='text aem-GridColumn'><div class='cmp-text'>" + P1 + "</div></div>"
                + "<div class='text aem-GridColumn'><div class='cmp-text'>" + P2 + "</div></div>"
                + "<div class='text aem-GridColumn'><div class='cmp-text'>" + P3 + "</div></div></div>"
                + "<div class='cmp-banner'><p>We use cookies and similar technologies. Accept all or manage "
                + "preferences.</p></div>");

        assertThat(text).contains("tram line", "first trams", "northern districts").doesNotContain("cookies");
    }

    @Test
    void removesTheLinesLargePublishersSetAmongAndUnderTheirParagraphs() {
        final String text = clean("<article><p>Cet article vous est offert</p>" + P1
                + "<p>READ | <a href='/a'>Schools closed as taxi strike enters fourth day</a></p>"
                + "<p><span>Also see</span><a href='/b'>Fleet shrinks further as old buses are scrapped</a></p>"
                + "<div class='video'><p>Video Loading</p><p>Video Unavailable</p></div>" + P2
                + "<p>Get the news first on WhatsApp. <a href='/wa'>Tap here to join The Lagos Post channel</a></p>"
                + "<p>Catch all the Business News, Market News and Latest News Updates on Rupee Times. Download The "
                + "Rupee Times App to get Daily Market Updates.</p>" + P3
                + "<p>When you buy a book using a link on this page, we receive a commission.</p>"
                + "<p>The BNC is not responsible for the content of external sites.</p>"
                + "<p>All rights reserved. This material, and other digital content on this website, may not be "
                + "reproduced, published, broadcast or redistributed in whole or in part.</p>"
                + "<p>The ministry said the views in the letter are the author's own and do not represent the views "
                + "of the government.</p><p>We independently select these products. If you buy from one of our links, "
                + "we may earn a commission.</p><p>This column is for general information only and does not "
                + "constitute legal or financial advice.</p></article>");

        assertThat(text).contains("tram line", "first trams", "northern districts", "do not represent the views")
                .doesNotContain("READ",
                "Also see", "Video", "WhatsApp", "Catch all", "commission", "external sites", "reproduced",
                "independently select", "general information only", "vous est offert");
    }

    @Test
    void keepsTheArticlesSentencesThatOpenWithReadButNotAReadLeadInSetApartByItsBar() {
        final String text = clean("<article>" + P1
                + "<p>Read <a href='/report'>the full statement from the council</a> on its website.</p>"
                + "<p>Read-along sessions for toddlers start at 10am in the library.</p>" + P2
                + "<p>READ: <a href='/a'>Schools closed as taxi strike enters fourth day</a></p>" + P3 + "</article>");

        assertThat(text).contains("tram line", "full statement from the council", "Read-along sessions")
                .doesNotContain("taxi strike");
    }

    @Test
    void keepsAnEditorsPickInAProductCardButNotItsSponsoredButtonNorAShopsCard() {
        final String text = clean("<article>" + P1 + "<div class='product-card'><p>Microplane Zester</p><div>Every "
                + "cook I know has one, and every cook I know has worn one out. It still zests a lemon better than "
                + "anything else in its price range.</div><div class='buy'>$16 <a rel='sponsored nofollow' "
                + "href='https://shop.example/1'>Shop now</a></div></div>" + P2
                + "<div class='product-card'><p>Cast iron pan</p><p>$29.99</p><a href='https://shop.example/2'>Buy"
                + "</a></div>" + P3 + "</article>");

        assertThat(text).contains("Microplane Zester", "Every cook I know has one", "tram line")
                .doesNotContain("Shop now", "$16", "Cast iron pan", "$29.99");
    }

    @Test
    void keepsACaptionInABoxNamedForItsCreditButNotTheCreditOrTheCaptionsToggles() {
        final CleanedContent cleaned = cleaned("<article>" + P1 + "<div class='image'><img src='/t.jpg' alt=''>"
                + "<div class='credit-caption'><div class='caption'><p>A tram at the central station on its first "
                + "night of service.<b class='hide-caption'>hide caption</b></p></div><b class='toggle-caption'>"
                + "toggle caption</b><span class='credit'>Ellie Brandt for City Radio</span></div></div>" + P2 + P3
                + "</article>");
        final String html = renderer.render(cleaned.content(), "https://x.example/", Deadlines.ample()).html();

        assertThat(html).contains("<figcaption>", "first night of service").doesNotContain("Ellie Brandt",
                "toggle caption", "hide caption");
    }

    @Test
    void keepsASummaryInAComponentClassedAsATeaserButNotATeaserThatLinksToAnotherPage() {
        final String text = clean("<div class='cmp-container'><div class='title'><div class='cmp-title'><h1>Trams "
                + "return</h1></div></div><div class='teaser-box'><aside class='box box--summary'><h2>At a glance</h2>"
                + "<ul><li>The tram line will reach the northern districts by 2028.</li><li>Construction starts next "
                + "spring and costs 240 million euros.</li></ul></aside></div>"
                + "<div class='text'><div class='cmp-text'>" + P1 + P2 + "</div></div>"
                + "<div class='teaser-box'><aside class='box'><p>Our tram pass: half price for students.</p>"
                + "<a href='/tickets'>Learn more</a></aside></div>"
                + "<div class='text'><div class='cmp-text'>" + P3 + "</div></div></div>");

        assertThat(text).contains("At a glance", "reach the northern districts by 2028", "costs 240 million euros",
                "tram line", "northern districts, who").doesNotContain("half price", "Learn more");
    }

    @Test
    void leavesOutALinklessListOfTheSitesAfterTheArticlesLastPart() {
        final String story = "<div class='story'>" + P1 + P2 + P3 + P1.replace("Tuesday", "Monday")
                + P2.replace("spring", "summer") + "</div>";
        final String standards = clean("<main>" + story + "<div class='standards'><h3>Our standards</h3><ul><li>We "
                + "check every fact before we publish it.</li><li>We correct our errors promptly and "
                + "openly.</li><li>We "
                + "never take money for coverage.</li></ul></div></main>");
        final String address = clean("<main>" + story + "<div><ul><li>City Gazette Ltd. 1 Main Street, "
                + "Springfield.</li><li>Registered in England and Wales. Company number 0123456.</li><li>Editor: Jane "
                + "Roe. Phone 555 0100.</li></ul></div></main>");

        assertThat(standards).contains("tram line", "northern districts").doesNotContain("check every fact");
        assertThat(address).contains("tram line", "northern districts").doesNotContain("Registered in England");
    }

    @Test
    void removesAPostsDetailsInJoomlasListButNotAHeaderOfTheSameClassThatHoldsTheHeadline() {
        final String text = clean("<div class='item-page'><div class='article-info intro'><h1>Trams return</h1>"
                + "<p>The city's plan, explained.</p></div><dl class='article-info muted'><dt>Details</dt>"
                + "<dd class='category-name'>Kategorie: <a href='/lokales'>Lokales</a></dd>"
                + "<dd class='hits'>Zugriffe: 1234</dd></dl>" + P1 + P2 + P3
                + "<table class='navbox'><tr><th>Transport in the city</th></tr><tr><td><a href='/a'>Trams</a> · "
                + "<a href='/b'>Buses</a> · <a href='/c'>Ferries</a></td></tr></table></div>");

        assertThat(text).contains("The city's plan, explained.", "tram line", "northern districts")
                .doesNotContain("Details", "Zugriffe", "Lokales", "Ferries");
    }

    @Test
    void keepsAShortArticleBesideAListOfStoriesWhoseSummariesOutweighIt() {
        final String teaser = "<div class='article article--teaser'><div class='article-body'><h2 "
                + "class='article-title'>"
                + "<a href='/n/%d'>The council approves a new plan for the centre</a></h2><p "
                + "class='article-summary'>The "
                + "plan extends the pedestrian zones and creates three new car parks at the entrances of the city, "
                + "with buses every ten minutes.</p></div></div>";
        final StringBuilder list = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            list.append(teaser.formatted(i));
        }
        final String text = clean("<div id='left'><div><h1>Water cut in the centre</h1><div>" + P1 + P2 + "</div></div>"
                + "<div class='articles-related'><h3>You may be interested</h3><div class='article-list'>" + list
                + "</div></div></div>");

        assertThat(text).contains("tram line", "next spring").doesNotContain("pedestrian zones");
    }

    @Test
    void removesATickerAsideWhoseEntriesOutweighTheShortArticleBesideIt() {
        final String entry = "<li><time>13:52</time> <span>Heidelberg</span><p>The closure of the bridge for "
                + "building work is extended by a week, and commuters must expect longer delays.</p></li>";
        final String text = clean("<div class='grid'><main><h1>Fire in the harbour</h1>" + P1 + "</main>"
                + "<aside class='grid__side'><section class='ticker'><h2>News ticker</h2><ul>" + entry.repeat(8)
                + "</ul></section></aside></div>");

        assertThat(text).contains("tram line").doesNotContain("commuters", "News ticker");
    }

    @Test
    void keepsATableOfDataInABoxOfItsOwnBetweenTheArticlesParts() {
        final String text = clean("<div class='layout_full'><h1>Crash on the K 2143</h1>"
                + "<div class='ce_text'>" + P1 + "</div>"
                + "<div class='ce_table'><table><tr><th>Alarm</th><td>22.06.2024, 14:12</td></tr>"
                + "<tr><th>Place</th><td>K 2143 between Talheim and Flein</td></tr>"
                + "<tr><th>Vehicles</th><td>HLF 20, RW, ELW 1</td></tr></table></div>"
                + "<div class='ce_text'>" + P2 + P3 + "</div></div>"
                + "<aside><table><tr><th>Team</th><th>Points</th></tr><tr><td>Talheim</td><td>31</td></tr></table>"
                + "</aside>");

        assertThat(text).contains("tram line", "Alarm | 22.06.2024, 14:12", "K 2143 between Talheim and Flein",
                "northern districts").doesNotContain("Points");
    }

    @Test
    void keepsATableOfDataBetweenTheArticlesPartsWithTheSubHeadingAboveItOrTheNextPartsBelowIt() {
        final String table = "<div class='ce_table'><table><tr><th>Alarm</th><td>22.06.2024, 14:12</td></tr>"
                + "<tr><th>Place</th><td>K 2143 between Talheim and Flein</td></tr></table></div>";
        final String headed = clean("<div class='layout_full'><h1>Crash on the K 2143</h1>"
                + "<div class='ce_text'>" + P1 + "</div><h3>Call-out details</h3>" + table
                + "<div class='ce_text'>" + P2 + P3 + "</div></div>");
        final String beforeHeading = clean("<div class='layout_full'><h1>Crash on the K 2143</h1>"
                + "<div class='ce_text'>" + P1 + "</div>" + table + "<h3>The rescue</h3>"
                + "<div class='ce_text'>" + P2 + P3 + "</div></div>");

        assertThat(headed).contains("tram line", "Call-out details", "Alarm | 22.06.2024, 14:12", "northern districts");
        assertThat(beforeHeading).contains("tram line", "Alarm | 22.06.2024, 14:12", "The rescue",
                "northern districts");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<p>Follow us on WhatsApp for the biggest stories from across the county.</p>",
            "<p>Suivez Le Courrier du Rhône sur Instagram et TikTok.</p>",
            "<p>Pratite nas na Facebooku i Instagramu i budite prvi koji će saznati najnovije vijesti!</p>",
            "<p>Son dakika haberleri için bizi Google Haberler'den takip edin.</p>",
            "<p>İlgili haber: <a href='/x'>Bayraklı depreminin üzerinden üç yıl geçti</a></p>",
            "<p>Citește și: <a href='/x'>Ce au găsit inginerii iarna trecută</a></p>",
            "<p><strong>Підтримайте незалежну журналістику Полісся!</strong></p>",
            "<p>Reklam engelleyici kullandığınızı fark ettik. Lütfen sitemize izin verin.</p>",
            "<p>Download The Deccan Ledger app for Android and iOS. <a href='/app'>Install now</a></p>",
            "<p>Keine Nachricht mehr verpassen: Abonnieren Sie unseren kostenlosen Newsletter.</p>",
            "<p><strong>¡Síguenos en nuestro canal de WhatsApp y recibe las noticias más importantes!</strong></p>",
            "<p>Iscriviti al nostro canale Telegram.</p>",
            "<p>Join the Lagos Standard WhatsApp channel. <a href='https://whatsapp.com/channel/x'>Click here</a></p>",
            "<p>🎧 Listen: On this week's episode of The Firefront podcast, we ride along with a fire brigade.</p>",
            "<p>Apúntate a nuestro boletín diario y recibe cada mañana las noticias en tu correo.</p>",
            "<div class='bw-player'><span>Listen to this article</span></div>",
            "<div class='cnx-player'><span>Powered by Connatix</span></div>",
            "<div class='teaser'><p>Weiterlesen mit EA+: Jetzt einen Monat für 0,99 € testen</p>"
                    + "<a>Jetzt testen</a></div>",
            "<div class='box'><p>Per continuare a leggere abbonati a La Gazzetta.</p><a>Abbonati ora</a></div>",
            "<div class='x7'><p>¿Quién ganará el derbi? Apuesta ahora y consigue hasta 200 € de bono de bienvenida."
                    + "</p><a>Apostar</a><small>+18. Juega con responsabilidad.</small></div>",
            "<div><p>Who wins on Saturday? Bet now and claim your welcome bonus.</p><small>18+. Please gamble "
                    + "responsibly.</small></div>",
            "<div><p>Du har läst 3 av 4 gratisartiklar den här månaden.</p><a href='/p'>Bli prenumerant</a></div>",
            "<div><p>無料会員登録で、すべての記事が読み放題になります。</p><a href='/r'>無料で会員登録</a><p>会員の方は"
                    + "<a href='/l'>ログイン</a></p></div>",
            "<div><p>Share The Warm Take and get rewards</p><p>You currently have 0 referrals, only 3 away from "
                    + "receiving the tote bag.</p></div>",
            "<div><h3>Before you go</h3><p>The Ledger is free to read because thousands of readers give. Become "
                    + "a member for as little as $5 a month.</p></div>",
            "<div><p>Viu algo suspeito nas redes? Envie sua sugestão de checagem pelo WhatsApp: (11) 99999-0000."
                    + "</p></div>",
            "<div><p>Dapatkan update berita pilihan setiap hari. Mari bergabung di Saluran WhatsApp Warta.</p>"
                    + "<a href='https://whatsapp.com/channel/wn'>Gabung</a></div>",
            "<div><p>Réservé à nos abonnés. Découvrez nos offres.</p><a href='#comments'>Contribuer</a></div>",
            "<div><p>The Morning Ledger</p><p>The day's biggest stories, delivered every weekday.</p>"
                    + "<p>You may opt out at any time. Privacy Policy.</p></div>",
            "<div class='petition-box'><h3>Unterschreiben Sie unseren Appell an die Bundesregierung</h3>"
                    + "<p>38.412 Menschen haben bereits unterschrieben.</p><a href='/appell'>Jetzt "
                    + "unterschreiben</a></div>",
            "<div><p>Sie haben etwas gesehen oder gehört? Schicken Sie uns Ihre Hinweise, Fotos und Videos per "
                    + "WhatsApp an 03446 1234567.</p></div>",
            "<div><p>Ce tutoriel vous a-t-il été utile ?</p><button>Oui</button><button>Non</button></div>",
            "<p class='pfad'>Sie sind hier: <a href='/'>Startseite</a> » <a href='/aktuelles'>Aktuelles</a> » "
                    + "Klassenfahrt</p>",
            "<p class='node__back'><a href='/actualites'>Retour à la liste des actualités</a></p>",
            "<div class='license-description'>Community content is available under CC-BY-SA unless otherwise noted."
                    + "</div>",
            "<section class='deals-box'><div class='deal-card'><h4>Sony WF-1000XM5</h4><p>Sony's flagship earbuds "
                    + "have some of the best noise cancelling you can buy.</p><a href='/go/1'>$228 at Amazon</a></div>"
                    + "</section>",
            "<div class='tip-box'><p>📌 <strong>Save this recipe for later!</strong> <a href='https://pinterest.com/"
                    + "pin/1'>Pin it to your Baking board on Pinterest.</a></p></div>"})
    void removesAShortBannerAmongTheParagraphsByItsWordsInTheArticlesLanguage(final String banner) {
        final String text = cleanAmongParagraphs(banner);

        assertThat(text).contains("tram line", "next spring", "northern districts")
                .doesNotContain(Jsoup.parse(banner).text().substring(0, 12));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<p>The podcast's latest episode, released on Monday, drew two million listeners, the company said.</p>",
            "<p>Nehmen Sie sich Zeit, hören Sie gut zu. Folgende Sätze können Ihrer Tochter helfen.</p>",
            "<p>Supporters were urged to follow the campaign on Telegram, where its leaders post daily.</p>",
            "<p>In the latest episode of his podcast, the senator said we should leave the alliance.</p>",
            "<p>Las escuchas telefónicas revelan un nuevo episodio del caso, que se escucha hoy.</p>",
            "<p>Wir haben festgestellt, dass jeder dritte Nutzer einen Werbeblocker verwendet, sagte er.</p>",
            "<p>Our tests found the ad blocker let through ads from sites on its whitelist.</p>",
            "<p>Le tribunal a condamné onze personnes, dont trois élus, à des peines de prison.</p>",
            "<p>Powered by a 3.5-litre V6, the car reaches 100 km/h in 4.2 seconds.</p>",
            "<p>The photos, released under a Creative Commons license, were later used by the campaign.</p>",
            "<p>Follow the debate on X, where both candidates traded barbs on Tuesday night.</p>",
            "<p>Der Bürgermeister hat einen Podcast gestartet. Neue Folgen sollen alle zwei Wochen erscheinen.</p>",
            "<p>The regulator banned adverts that offer a welcome bonus to new customers only, and told firms to "
                    + "ask players to gamble responsibly.</p>",
            "<p>If you want to skip the ads, you can upgrade to Premium for $10.99/month, which also lets you "
                    + "download songs.</p>",
            "<p>同社は「会員の方はログインしてパスワードを変更してください」と呼びかけている。</p>",
            "<p>Before you go to the polls, the city said, check that your name is on the register.</p>",
            "<p>O ministro disse pelo WhatsApp que enviou a sugestão ao governador na segunda-feira.</p>",
            "<p>If you buy something online, the law gives you 14 days to return it, the regulator said.</p>",
            "<p>All times ET unless otherwise noted.</p>",
            "<h3>Unterschreiben Sie nichts sofort</h3>",
            "<p>Under the new guidance, if you buy something after clicking an influencer's link, the post must "
                    + "say that the influencer will earn a commission.</p>"})
    void keepsParagraphsThatNameABannersWordsInSentencesOfTheirOwn(final String paragraph) {
        final String text = cleanAmongParagraphs(paragraph);

        assertThat(text).contains(Jsoup.parse(paragraph).text(), "northern districts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<div id='cookienotice'>Hierdie webwerf gebruik koekies. <a href='/ok'>Goed</a></div>",
            "<div id='topad'><span class='adlabel'>اعلان</span><div id='slot1'></div></div>"})
    void removesABoxWhoseClassOrIdIsABoilerplateWordWrittenAsOne(final String box) {
        final String text = cleanAmongParagraphs(box);

        assertThat(text).contains("tram line", "northern districts").doesNotContain(Jsoup.parse(box).text());
    }

    @Test
    void keepsSubHeadingsThatOpenWithTheWordsOfTheWayBackToAListButNotTheLinkBack() {
        final String text = clean("<article><h1>Sanidad</h1>" + P1 + "<h2>Volver a la lista de espera</h2>" + P2
                + "<h3>Retour à la liste rouge</h3><p><a href='/actualites'>« Retour à la liste</a></p>" + P3
                + "<p class='node__back'><a href='/noticias'>Volver al listado de noticias</a></p></article>");

        assertThat(text).contains("tram line", "Volver a la lista de espera", "Retour à la liste rouge",
                "northern districts").doesNotContain("« Retour", "Volver al listado");
    }

    @Test
    void keepsSubHeadingsThatOpenWithABreadcrumbsLabel() {
        final String text = clean("<article><h1>Die Milchstraße</h1>" + P1
                + "<h2>Sie sind hier: am Rand eines Spiralarms</h2>" + P2
                + "<h2>You are here: the Orion Arm</h2>" + P3 + "</article>");

        assertThat(text).contains("tram line", "Sie sind hier: am Rand eines Spiralarms", "You are here: the Orion Arm",
                "northern districts");
    }

    @Test
    void removesTheWayBackWhateverArrowsOrGuillemetsDecorateIt() {
        final String text = clean("<article><h1>Trams return</h1>" + P1 + "<p><a href='/actualites'>« Retour</a></p>"
                + P2 + "<p><a href='/news'>&lt;&lt; Zurück</a></p>" + P3 + "<p><a href='/news'>« "
                + "Back</a></p></article>");

        assertThat(text).contains("tram line", "first trams", "northern districts")
                .doesNotContain("Retour", "Zurück", "Back");
    }

    @Test
    void removesTheNextVideosTeaserUnderThePlayer() {
        final String text = clean("<article>" + P1 + "<div class='player'><video src='/v/1.mp4'></video><div "
                + "class='vjs-upnext'><span>Up next</span> <a href='/v/2'>Town meeting votes on new fire station</a>"
                + "</div></div>" + P2 + P3 + "</article>");

        assertThat(text).contains("tram line", "northern districts").doesNotContain("Town meeting");
    }

    @Test
    void keepsTheHiddenPanelsOfTabsAndAccordionsButNotOtherHiddenBoxes() {
        final String text = clean("<article>" + P1 + P2 + "<div class='tabs'><div role='tabpanel'><p>Plan A would add "
                + "a second route.</p></div><div role='tabpanel' hidden><p>Plan B would extend route 12.</p></div>"
                + "<div class='tab-pane' style='display:none'><p>Plan C would do nothing.</p></div></div>"
                + "<div hidden><p>Sign in to save this story.</p></div>" + P3 + "</article>");

        assertThat(text).contains("Plan A would", "Plan B would", "Plan C would", "northern districts")
                .doesNotContain("Sign in");
    }

    @Test
    void keepsTheBodyOfAFactBoxThePageShowsCollapsedToItsTitle() {
        final String text = clean("<article>" + P1 + P2 + "<section class='fact' aria-expanded='false'><h2>The "
                + "ferry line</h2><div class='fact__body' hidden><p>The crossing takes about twenty minutes.</p></div>"
                + "<button aria-controls='f1'>Show more</button></section>" + P3 + "</article>");

        assertThat(text).contains("The ferry line", "The crossing takes about twenty minutes.", "northern districts");
    }

    @Test
    void keepsTheTabPanelsAPageHidesByAClassButNotOtherBoxesHiddenSo() {
        final String text = clean("<article>" + P1 + P2 + "<div class='factbox'><div role='tablist'><button "
                + "role='tab'>Timeline</button><button role='tab'>Numbers</button></div><div role='tabpanel'>"
                + "<p>Plan A would add a second route.</p></div><div role='tabpanel' class='is-hidden'><p>Plan B "
                + "would extend route 12.</p></div></div><div class='is-hidden'><p>Sign in to save this story.</p>"
                + "</div>" + P3 + "</article>");

        assertThat(text).contains("Plan A would", "Plan B would", "northern districts").doesNotContain("Sign in");
    }

    @Test
    void keepsTheQuestionsAndHiddenAnswersOfAFaqButNotAMenuItsButtonHides() {
        final String text = clean("<article><h1>Wallboxes explained</h1>" + P1
                + "<h3><button aria-expanded='false' aria-controls='a1'>Do I need a permit for a wallbox?</button></h3>"
                + "<div id='a1' class='accordion__panel' role='region' hidden><p>No permit is needed for a wallbox "
                + "of up to 11 kW, but the grid operator must be told before it is installed.</p></div>"
                + "<dl><dt aria-expanded='false'>What does the installation cost?</dt>"
                + "<dd aria-hidden='true' style='display:none'>Between 500 and 2,000 euros, depending on the cable "
                + "run from the meter to the parking space.</dd></dl>"
                + P2 + "<button class='menu-toggle'>Menu</button><div hidden><p>Sign in to save this story.</p></div>"
                + P3 + "</article>");

        assertThat(text).contains("Do I need a permit for a wallbox?", "No permit is needed",
                "What does the installation cost?", "Between 500 and 2,000 euros", "northern districts")
                .doesNotContain("Sign in", "Menu");
    }

    @Test
    void keepsTheQuestionsOfAnAccordionWhoseButtonsStandOutsideHeadingsButNotAnExpandersCall() {
        final String text = clean("<article><h1>Wallboxes explained</h1>" + P1 + "<div class='accordion'>"
                + "<div class='accordion-header'><button class='accordion-button collapsed' aria-expanded='false' "
                + "aria-controls='a1'><span>Who installs a wallbox</span></button></div><div id='a1' "
                + "class='collapse'><p>An electrician registered with the grid operator, who also reports it.</p></div>"
                + "<div class='accordion__item'><button aria-expanded='false'><span>Do I need a permit for one?</span>"
                + "</button><div hidden><p>No permit is needed for a wallbox of up to 11 kW, but the grid "
                + "operator must "
                + "be told.</p></div></div></div>" + P2 + "<button class='expander' aria-expanded='false'>Continue "
                + "reading</button><div class='rest'>" + P3 + "</div></article>");

        assertThat(text).contains("Who installs a wallbox\n\nAn electrician registered",
                "Do I need a permit for one?\n\nNo permit is needed", "northern districts")
                .doesNotContain("Continue reading");
    }

    @Test
    void removesTheHiddenPanelsOfAToolbarsMenuButtonAndAHeadingsShareButtonThoughTheyExpandThem() {
        final String text = clean("<article><h1>Trams return</h1><div class='tools'><button aria-expanded='false' "
                + "aria-controls='gift'>Share full article</button><div id='gift' hidden><p>Gift this article. You "
                + "have "
                + "10 gift articles to give each month.</p></div></div>" + P1
                + "<h2>Where to ride <button aria-expanded='false' aria-controls='s1'>Share</button></h2>"
                + "<div id='s1' hidden><a href='https://facebook.com/sharer'>Facebook</a></div>" + P2
                + "<button class='menu-toggle' aria-expanded='false' aria-controls='m'>Menu</button>"
                + "<div id='m' hidden><p>Sign in to save this story.</p></div>" + P3 + "</article>");

        assertThat(text).contains("tram line", "Where to ride", "northern districts")
                .doesNotContain("Gift this article", "Where to ride Share", "Facebook", "Sign in");
    }

    @Test
    void removesASidebarOfTeasersAsLongAsAShortArticleThePageMarks() {
        final String text = clean("<div class='layout'><main class='col-main'><article><h1>"
                + "Ferry service suspended after "
                + "engine failure</h1><p>The Bayside-Port Ellis ferry will not run until at least Monday after "
                + "one of its two engines failed during the morning crossing, the county transit agency said "
                + "Thursday.</p><p>No one was hurt. Riders can use the route 40 express bus, which will run "
                + "every 30 minutes until service resumes.</p></article></main><aside "
                + "class='col-side'><h2>More local news</h2><div class='teaser'><a href='/t0'><h3>Harbor "
                + "bridge repairs to close two lanes through March</h3></a><p>Crews will replace expansion "
                + "joints on the eastbound deck, the state transportation department said, and drivers should "
                + "expect delays at rush hour.</p></div><div class='teaser'><a href='/t1'><h3>School board "
                + "delays vote on new start times</h3></a><p>Board members asked staff for more data on bus "
                + "routes after dozens of parents spoke against moving high school start times to 8:45 "
                + "a.m.</p></div></aside></div>");

        assertThat(text).contains("engines failed", "route 40").doesNotContain("Harbor bridge", "School board");
    }

    @Test
    void removesTheAuthorsBiographyInABoxWhoseClassSaysBio() {
        final CleanedContent result = cleaned("<article>" + P1 + P2 + P3 + "<div class='post-body-bio'>Jane Doe "
                + "covers the city council. Since joining the paper in 2015, she has covered transport.</div>"
                + "</article>");
        final String text = renderer.render(result.content(), "https://x.example/", Deadlines.ample()).text();

        assertThat(text).contains("northern districts").doesNotContain("Jane Doe covers");
        assertThat(result.removed()).extracting(Removal::rule).containsExactly(Removal.AUTHOR_BOX);
    }

    @Test
    void removesASpanishPaywallAndAnAffiliateNotice() {
        final String text = clean("<article><p>This post may contain affiliate links. Please read my disclosure.</p>"
                + P1 + P2 + "<div><p>Suscríbete para seguir leyendo</p><p>Lee sin límites</p></div>" + P3
                + "</article>");

        assertThat(text).contains("tram line", "northern districts").doesNotContain("affiliate", "Suscríbete",
                "sin límites");
    }

    @Test
    void removesACallForLettersAndTipsButNotNewsAboutLetters() {
        final String text = clean("<article>" + P1 + "<p>The paper's letters section printed 400 letters to the "
                + "editor about the tram in a year, the editor said.</p>" + P2 + "<p><em>Do you have an opinion on the "
                + "issues raised in this article? If you would like to submit a response of up to 300 words to be "
                + "considered for publication in our letters section, please <a href='/letters'>click here</a>.</em>"
                + "</p>" + P3 + "<p>Heb je een tip of opmerking over dit artikel? Mail naar tips@krant.example of app "
                + "ons.</p></article>");

        assertThat(text).contains("printed 400 letters", "northern districts").doesNotContain("Do you have",
                "Heb je");
    }

    @Test
    void removesAffiliateNoticesWhereverTheyOpenButNotNewsAboutCommissions() {
        final String text = clean("<article><p>Dieser Artikel enthält Affiliate-Links. Wir erhalten bei einem Kauf "
                + "über "
                + "diese Links eine Provision, für Sie ändert sich am Preis nichts.</p>" + P1 + "<p>The agency earns a "
                + "commission on every ticket, and the council said affiliate links on its site were a mistake.</p>"
                + P2
                + "<p>We may earn a commission from links on this page.</p>" + P3 + "</article>");

        assertThat(text).contains("The agency earns a commission", "northern districts")
                .doesNotContain("Dieser Artikel", "We may earn");
    }

    @Test
    void removesReadAlsoLeadInsInHebrewVietnameseGreekCzechKoreanAndChinese() {
        final String text = clean("<article>" + P1 + "<p>קראו עוד: <a href='/a'>הכנסת אישרה את התקציב</a></p>"
                + "<p>Xem thêm: <a href='/b'>Hà Nội mở rộng đường sắt</a></p>" + P2
                + "<p>Διαβάστε επίσης: <a href='/c'>Νέα γραμμή τραμ</a></p><p>Čtěte také: <a href='/d'>Tramvaj do "
                + "Podbaby</a></p><p>관련기사 <a href='/e'>트램 노선 연장</a></p><p>相关阅读：<a href='/f'>有轨电车延伸</a></p>"
                + P3 + "</article>");

        assertThat(text).contains("northern districts").doesNotContain("קראו", "Xem", "Διαβάστε", "Čtěte", "관련기사",
                "相关阅读");
    }

    @Test
    void removesReadAlsoLeadInsInIndonesianGermanHungarianPersianAndThai() {
        final String text = clean("<article>" + P1
                + "<p><strong>Baca juga: <a href='/a'>Harga cabai naik</a></strong></p>"
                + "<p>Lesetipp: <a href='/b'>Die Tram fährt bald weiter</a></p>" + P2
                + "<div>Kapcsolódó <a href='/c'>Tovább csökkent a kamat</a></div>"
                + "<p>بیشتر بخوانید: <a href='/d'>کاهش ذخایر سدها</a></p><p>อ่านเพิ่มเติม <a href='/e'>น้ำท่วม</a></p>"
                + P3 + "</article>");

        assertThat(text).contains("northern districts").doesNotContain("Baca", "Lesetipp", "Kapcsolódó", "بیشتر",
                "อ่าน");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hirdetés", "A cikk a hirdetés után folytatódik", "تبلیغات", "إعلان", "광고", "广告",
            "Story continues below", "Scroll to continue with content", "Weiterlesen nach der Anzeige"})
    void removesAnAdvertisementsLabelOrTheNoteUnderItInMoreLanguages(final String label) {
        final String text = clean("<article>" + P1 + "<div><span>" + label + "</span></div>" + P2 + P3 + "</article>");

        assertThat(text).contains("tram line", "northern districts").doesNotContain(label);
    }

    @Test
    void removesHungarianAdRelatedAndNewsletterBoxesByTheirClassWords() {
        final String text = clean("<div class='cikk-torzs'>" + P1 + "<div class='hirdetes-doboz'>Hirdetés</div>"
                + "<div class='kapcsolodo-doboz'><a href='/x'><span>Tovább csökkent a kamat</span></a></div>"
                + P2 + "<div class='hirlevel-doboz'><h3>Iratkozzon fel!</h3><p>A nap legfontosabb hírei minden reggel."
                + "</p></div>" + P3 + "</div>");

        assertThat(text).contains("tram line", "northern districts").doesNotContain("Hirdetés", "Tovább", "Iratkozzon");
    }

    @Test
    void removesAnIndonesianPortalsWhatsAppChannelCallAndTheEditorsInitialsAboveIt() {
        final String text = clean("<article>" + P1 + P2 + P3 + "<p class='read__editor'>(NMA/YOG)</p><div><p>Simak "
                + "breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita "
                + "Wartanusa.com WhatsApp Channel. Pastikan kamu sudah install aplikasi WhatsApp ya.</p></div>"
                + "</article>");

        assertThat(text).endsWith("at a public meeting.");
    }

    @Test
    void removesACallToFollowTheSiteOnGoogleNewsInBengaliHindiAndUrdu() {
        final String text = clean("<article>" + P1 + P2 + P3 + "<p><a href='https://news.google.com/x'>আলোকবার্তার খবর "
                + "পেতে গুগল নিউজ চ্যানেল ফলো করুন</a></p><p>ताज़ा खबरों के लिए हमें गूगल न्यूज़ पर फॉलो करें</p>"
                + "<p>تازہ خبروں کے لیے ہمیں گوگل نیوز پر فالو کریں</p></article>");

        assertThat(text).endsWith("at a public meeting.");
    }

    @Test
    void removesAnAmazonDisclosureARecipesCallToTagALettersPromptAStandardsLineAndAJumpLabel() {
        final String text = clean("<article><div><label>Jump to section</label></div>" + P1 + "<p><em>This post "
                + "may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.</em></p>"
                + P2 + P3
                + "<p>Tried this recipe? Mention @flourandfern or tag #flourandfern!</p><div><p>Have something to say? "
                + "Send a letter to the editor.</p><a href='/letters'>Submit a letter</a></div><p>Our Standards: "
                + "<a href='/principles'>The Northwire Trust Principles.</a></p></article>");

        assertThat(text).startsWith("The council voted").endsWith("at a public meeting.").doesNotContain("Amazon");
    }

    @Test
    void keepsAnArticleWrittenInADeclarativeShadowRoot() {
        final String text = clean("<news-story><template shadowrootmode='open'><article><h1>Tram line extended</h1>"
                + P1 + P2 + P3 + "</article></template></news-story>");

        assertThat(text).contains("tram line", "first trams", "northern districts");
    }

    @Test
    void removesAUkrainianChannelCallTheTypoNoticeAndAPrintAndEmailRow() {
        final String text = clean("<article>" + P1 + P2 + P3 + "<div><a href='https://t.me/x'>Підписуйтеся на наш "
                + "Telegram-канал, щоб першими дізнаватися головні новини</a></div><p>Якщо ви помітили помилку, "
                + "виділіть необхідний текст і натисніть Ctrl + Enter, щоб повідомити про це редакцію.</p>"
                + "<p><a href='/p'>"
                + "Printer-friendly version</a> | <a href='/e'>E-mail this story to a friend</a></p></article>");

        assertThat(text).endsWith("at a public meeting.");
    }

    @Test
    void keepsAHeadingAndACaptionWhoseGeneratedClassesSayNavbarOrFooter() {
        final String text = clean("<article>" + P1 + "<h2 class='anchor anchorWithStickyNavbar_LWe7'>Configure a "
                + "repository</h2>" + P2 + "<figure><img src='/p.jpg'><figcaption class='media-news__footer'>The new "
                + "tram at the depot</figcaption></figure>" + P3 + "</article>");
        final String html = renderer.render(cleaner.clean(Jsoup.parse("<article>" + P1 + "<figure><img src='/p.jpg'>"
                + "<figcaption class='media-news__footer'>The new tram</figcaption></figure>" + P2 + "</article>",
                "https://x.example/"), Deadlines.ample()).content(), "https://x.example/", Deadlines.ample()).html();

        assertThat(text).contains("Configure a repository");
        assertThat(html).contains("<figcaption>The new tram</figcaption>");
    }

    @Test
    void removesAnOpinionPagesDisclaimerATipBoxAndReadAlsoInArgentineSpanishAndBulgarian() {
        final String text = clean("<article>" + P1 + "<p>Leé también: <a href='/a'>El tranvía llega al norte</a></p>"
                + "<p>Прочетете още: <a href='/b'>Трамваят стига до квартала</a></p>" + P2 + P3
                + "<div><h3>Have a confidential tip for our reporters?</h3><a href='/tips'>Get in touch</a></div>"
                + "<p><em>The views expressed in this article are the author's own and do not necessarily reflect the "
                + "paper's editorial stance.</em></p></article>");

        assertThat(text).endsWith("at a public meeting.").doesNotContain("Leé", "Прочетете");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<div class='spinner' aria-live='polite'>Loading the rest of the story…</div>",
            "<div role='progressbar'>70%</div>",
            "<p class='video-title'>Guarda il video: Castel del Rio, il borgo dei nuovi residenti</p>",
            "<p>Puedes seguir a El Diario en Facebook y X, o apuntarte aquí para recibir nuestra newsletter "
                    + "semanal.</p>"})
    void removesAStatusLineAVideosTitleAndAFollowCallAmongTheParagraphs(final String line) {
        final String text = cleanAmongParagraphs(line);

        assertThat(text).contains("tram line", "northern districts")
                .doesNotContain("Loading", "70%", "Guarda", "Puedes seguir");
    }

    @Test
    void keepsTheSlidesOfAGalleryThatThePageMarksAsLive() {
        final String html = renderer.render(cleaned("<article><h1>Tram line extended</h1>" + P1 + "<div "
                + "class='gallery'><div class='swiper-wrapper' aria-live='polite'><div class='swiper-slide'><figure>"
                + "<img src='/t.jpg' alt=''><figcaption>The first tram at the depot.</figcaption></figure></div></div>"
                + "</div>" + P2 + P3 + "</article>").content(), "https://x.example/", Deadlines.ample()).html();

        assertThat(html).contains("/t.jpg", "The first tram at the depot.", "northern districts");
    }

    @Test
    void removesAShopsPriceBoxAmongAReviewsParagraphsButNotAReviewThatNamesPrices() {
        final String text = clean("<article><h1>Sonora Q7 review</h1>" + P1 + "<div class='widget'><p>Today's best "
                + "Sonora Q7 deals</p><a href='/buy'>£249 at Soundhouse</a> <a href='/buy'>View Deal</a><p>We check "
                + "over 250 million products every day for the best prices</p></div>" + P2 + "<p>At £249 it is not "
                + "cheap, and the lowest price we have seen was £199, in a sale last spring.</p>" + P3 + "</article>");

        assertThat(text).contains("the lowest price we have seen", "northern districts")
                .doesNotContain("Today's best", "View Deal", "250 million");
    }

    @Test
    void removesAShopsProductBoxOnItsOwnMagazinesPageButNotASentenceAboutBuying() {
        final String text = clean("<article><h1>Coffee from Guji</h1>" + P1 + "<div class='featured'><p>Ethiopia Guji "
                + "Buku Abel, washed</p><div>4.8 out of 5 stars based on 1,204 reviews</div><p>Tasting notes: white "
                + "peach, jasmine</p><a href='/p/guji'>Shop now</a></div>" + P2 + "<p>Readers who buy now, before the "
                + "harvest sells out, pay less: the price rises in June, and the shop adds it to cart totals then.</p>"
                + P3 + "</article>");

        assertThat(text).contains("Readers who buy now", "northern districts")
                .doesNotContain("Buku Abel", "out of 5 stars", "Shop now");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<section class='rate'><h3>Wie hat Ihnen das Rezept geschmeckt?</h3><p>Bewerten Sie "
            + "dieses Rezept und helfen Sie anderen Hobbybäckern.</p></section>",
            "<div class='rep'><h4>Representative example</h4><p>Borrowing £7,500 over 48 months at a representative "
                    + "APR of 6.9% (fixed), you would pay 48 monthly repayments of £179.</p></div>",
            "<div class='nb-riskbox'><p>Dieser Artikel dient ausschließlich Informationszwecken und stellt keine "
                    + "Anlageberatung dar.</p></div>", "<div class='gnt_ar_x'><a href='/corrections'>Submit a "
                    + "correction</a></div>"})
    void removesARecipesRatingPromptAndALendersOrBrokersNotice(final String box) {
        final String text = cleanAmongParagraphs(box);

        assertThat(text).contains("first trams", "northern districts")
                .doesNotContain("Rezept", "Representative", "Informationszwecken", "correction");
    }

    @Test
    void keepsADealsPostsSentencesThatNameAShopsPriceBoxPhrasesToItsReader() {
        final String text = clean("<article><h1>Kindle deals</h1>" + P1 + "<p>We've rounded up today's best Kindle "
                + "deals, and the Paperwhite is at its lowest price ever, $99, at Amazon right now.</p>" + P2 + P3
                + "</article>");

        assertThat(text).contains("rounded up today's best Kindle deals", "northern districts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p><strong>Lue lisää:</strong> <a href='/a'>Raitiotie jatkuu pohjoiseen</a></p>",
            "<p><strong>Ayrıca okuyun:</strong> <a href='/a'>Tramvay hattı kuzeye uzanıyor</a></p>",
            "<p><strong>Čítajte aj:</strong> <a href='/a'>Električka pôjde na sever</a></p>",
            "<p class='article-continues'>Artikkeli jatkuu mainoksen jälkeen</p>"})
    void removesReadAlsoLinesAndAdMarkersInNordicSlovakAndTurkish(final String line) {
        final String text = cleanAmongParagraphs(line);

        assertThat(text).contains("tram line", "northern districts")
                .doesNotContain("Lue", "Ayrıca", "Čítajte", "Artikkeli");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p class='disclaimer'>Disclaimer: This article is for information purposes only and does "
            + "not constitute investment advice.</p>",
            "<p><i>(Except for the headline, this story has not been edited by our staff and is published from a "
                    + "syndicated feed.)</i></p>",
            "<span>This audio is generated by an AI tool.</span>",
            "<p class='article-content__content-group--text'>Article content</p>"})
    void removesADisclaimerASyndicationNoteAReadAloudNoteAndALabelBetweenParagraphs(final String line) {
        final String text = cleanAmongParagraphs(line);

        assertThat(text).contains("tram line", "northern districts")
                .doesNotContain("Disclaimer", "syndicated", "audio", "Article content");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p><small>Wichtiger Hinweis: Dieser Artikel enthält nur allgemeine Hinweise und darf "
            + "nicht zur Selbstdiagnose verwendet werden. Er kann einen Arztbesuch nicht ersetzen.</small></p>",
            "<p><small>Alle Angaben ohne Gewähr. Die Inhalte stellen keine Anlageberatung dar.</small></p>",
            "<p>CFDs sind komplexe Instrumente. 76 % der Kleinanlegerkonten verlieren Geld beim CFD-Handel.</p>",
            "<p><em>Wir finanzieren uns unter anderem über Provisionen. Diese haben keinen Einfluss auf unsere "
                    + "redaktionelle Bewertung.</em></p>"})
    void removesGermanDisclaimersRiskWarningsAndAffiliateNotes(final String line) {
        final String text = cleanAmongParagraphs(line);

        assertThat(text).contains("tram line", "northern districts")
                .doesNotContain("Hinweis", "Gewähr", "CFD", "Provisionen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p><a href='/app'>Download the Harbour Post app and never miss breaking news</a></p>",
            "<div><a href='/wa'>Join the Harbour Post WhatsApp Channel for the latest breaking news</a></div>"})
    void removesAnAppsAndAChannelsPromoAfterTheParagraphs(final String promo) {
        final String text = clean("<article>" + P1 + P2 + P3 + promo + "</article>");

        assertThat(text).endsWith("at a public meeting.");
    }

    @Test
    void removesAPinterestCallUnderAPicture() {
        final String text = clean("<article>" + P1 + "<figure><img src='/a.jpg' alt=''></figure><p><strong>Pin this "
                + "post for later!</strong></p>" + P2 + P3 + "</article>");

        assertThat(text).contains("tram line", "northern districts").doesNotContain("Pin this post");
    }

    @Test
    void removesAnAffiliatePluginsProductBoxAmongABlogsParagraphs() {
        final String text = clean("<article>" + P1 + "<div class='aawp'><div class='aawp-product'><a class='aawp-"
                + "product__title' href='/amzn'>Trail running shoe, size 42</a><ul><li>Light mesh upper that dries "
                + "fast</li><li>Grippy sole for wet roots</li></ul><span>Letzte Aktualisierung am 3.03.2025</span>"
                + "</div></div>" + P2 + P3 + "</article>");

        assertThat(text).contains("tram line", "northern districts").doesNotContain("Trail running shoe", "mesh");
    }

    @Test
    void keepsACodeBlockWhosePlainCopyIsAReadOnlyTextAreaButNotAReplyBox() {
        final String text = clean("<article>" + P1 + "<div class='crayon-syntax'><textarea class='crayon-plain' "
                + "readonly>client_max_body_size 512M;</textarea><table class='crayon-table'><tr><td>1</td><td>"
                + "client_max_body_size 512M;</td></tr></table></div>" + P2 + P3 + "<div class='reply'><h3>Leave a "
                + "reply</h3><textarea name='comment'></textarea></div></article>");

        assertThat(text).contains("client_max_body_size 512M;", "northern districts").doesNotContain("Leave a reply");
    }

    @Test
    void keepsALiveBlogsFeedThatThePageMarksAsLive() {
        final String text = clean("<article><h1>Storm floods the valley</h1><div class='feed' aria-live='polite'>"
                + P1 + P2 + P3 + "</div></article>");

        assertThat(text).contains("tram line", "northern districts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Les tribunes publiées sur Le Portique n’engagent que leurs auteurs et autrices.",
            "As opiniões expressas pelos autores são da sua exclusiva responsabilidade."})
    void removesAnOpinionPagesDisclaimerInFrenchAndPortuguese(final String disclaimer) {
        final String text = clean("<article>" + P1 + P2 + P3 + "<p class='note'>" + disclaimer + "</p></article>");

        assertThat(text).endsWith("at a public meeting.");
    }

    @Test
    void removesAMetaLinesDateAndReadingTimeWithTheDotBetweenThemButNotABulletInALine() {
        final String text = clean("<article><div class='post-header'><div><span class='post-metadata__date'>May 14"
                + "</span> · <span class='post-metadata__readTime'>3 min read</span></div></div>" + P1 + P2
                + "<p><span>•</span> Residents of the northern districts welcomed the plan.</p></article>");

        assertThat(text).startsWith("The council voted").contains("• Residents").doesNotContain("May 14", "min read");
        assertThat(text.lines()).doesNotContain("·");
    }

    @Test
    void removesACallToActionBannerInThePostByItsClass() {
        final String text = clean("<article>" + P1 + P2 + "<div class='hs-cta-wrapper'><div class='cta-banner'><h3>Free "
                + "guide: The Cut-off Playbook</h3><p>A 24-page guide to planning pick waves, with templates.</p><a "
                + "href='/guide'>Download the free guide</a></div></div>" + P3 + "</article>");

        assertThat(text).contains("northern districts").doesNotContain("Free guide", "Download");
    }

    @Test
    void keepsTheParagraphAPaywallFadesOutButNotItsPrompt() {
        final String text = clean("<article>" + P1 + P2 + "<p class='paragraph paywall-fade'>Smelters in China, the "
                + "biggest consumer, have also been cutting output after processing fees for concentrate fell to the "
                + "lowest in more than a decade, further straining</p><div class='paywall'><p class='paywall__title'>"
                + "You have reached your limit of free articles this month.</p></div></article>");

        assertThat(text).contains("further straining").doesNotContain("reached your limit");
    }

    @Test
    void keepsABoxOfReportingParagraphsWhateverItsClassSaysButNotAPromoOrAPaywallPrompt() {
        final String text = clean("<article><div class='content-promo-free'><p>The housing authority will stop "
                + "accepting applications for its rent assistance program on Friday, the director said on Monday.</p>"
                + "<p>The authority administers about four thousand vouchers, which cover the difference between a "
                + "third of a family's income and the rent.</p></div>" + P1 + P2
                + "<div class='promo'><p>Try our new app today.</p><p>Download it for free.</p></div>"
                + "<div class='promo'><p><a href='/a'>Tram line delayed</a> The long-promised tram will open a year "
                + "later than planned, the city said after a review of its costs.</p><p><a href='/b'>Fees rise</a> "
                + "Drivers in the city centre will pay more for parking from April, after the council voted.</p>"
                + "</div>" + P3
                + "<div class='paywall-login'><p>Log ind for at læse videre, eller få fuld adgang til alle artikler "
                + "for 1 kr. den første måned.</p></div></article>");

        assertThat(text).contains("stop accepting applications", "four thousand vouchers", "northern districts")
                .doesNotContain("new app", "Log ind", "Tram line delayed", "Fees rise");
    }

    @Test
    void readsAnArticleWrittenOnlyInANoscriptFallbackButNotOneBesideThePagesOwn() {
        final String fallback = "<noscript><article><h1>Tram line extended</h1>" + P1 + P2 + P3
                + "</article></noscript>";
        final String appOnly = clean("<div id='app'></div>" + fallback
                + "<div id='cookie-consent'><p>We use cookies to show you personalised advertising.</p></div>");
        final String withArticle = clean("<article><h1>Tram line extended</h1>" + P1 + P2 + P3 + "</article>"
                + fallback);

        final String withItsStart = clean("<article><h1>Tram line extended</h1>" + P1 + P2 + "</article>" + fallback);
        final String withAPlea = clean("<article><h1>Tram line extended</h1>" + P1 + "<div class='player'><noscript>"
                + "<p>To watch this video you need to enable JavaScript in your browser and allow the cookies of "
                + "our video partner in the privacy settings of this website.</p><p>If you cannot see the video "
                + "after that, please reload the page or try another browser on your computer or phone.</p>"
                + "</noscript></div></article>");

        assertThat(appOnly).contains("tram line", "first trams", "northern districts").doesNotContain("cookies");
        assertThat(withArticle.split("northern districts", -1)).hasSize(2);
        assertThat(withItsStart.split("first trams", -1)).hasSize(2);
        assertThat(withAPlea).contains("tram line").doesNotContain("enable JavaScript", "reload the page");
    }

    @Test
    void readsTheRestOfALongReadThatAScriptShowsFromATemplateAmongItsFirstParagraphs() {
        final String text = clean("<article><h1>Tram line extended</h1><div class='body'>" + P1 + P2
                + "<div class='lazy-body'><template class='deferred'><h2>The second stage</h2><p>The council "
                + "approved the money for the second stage on Tuesday, after a debate that lasted well into the "
                + "evening and ended with a narrow vote.</p><p>Construction of the depot is to start in the spring, "
                + "and the first trams are expected to run on the new track in 2027, a year later than the city had "
                + "promised.</p>" + P3 + "</template></div></div><template id='card'><div class='card'><h3>{{title}}"
                + "</h3><p>{{summary}}</p></div></template></article>");

        assertThat(text).startsWith("Tram line extended").contains("The second stage", "second stage on Tuesday",
                "depot is to start", "northern districts").doesNotContain("{{");
    }

    @Test
    void readsTheBlocksOfAnArticleThatAScriptLoadsFromTheirNoscriptFallbacks() {
        final String text = clean("<article><h1>Tram line extended</h1>" + P1 + P2 + "<div class='lazy-block' "
                + "data-src='/api/block/2'><noscript><p>The council approved the money for the second stage on "
                + "Tuesday, after a debate that lasted well into the evening and ended with a narrow vote.</p>"
                + "<p>Construction of the depot is to start in the spring, and the first trams are expected to run "
                + "on the new track in 2027, a year later than the city had promised.</p></noscript></div>" + P3
                + "</article>");

        assertThat(text).contains("tram line", "second stage on Tuesday", "depot is to start", "northern districts");
    }

    @Test
    void readsAnArticleThatAnAppWritesInATemplateAndInANoscriptFallbackOnce() {
        final String text = clean("<main><h1>Tram line extended</h1><div id='story'></div><template id='story-body'>"
                + P1 + P2 + P3 + "</template><noscript>" + P1 + P2 + P3 + "</noscript></main>");

        assertThat(text).contains("tram line", "northern districts");
        assertThat(text.split("welcomed the plan", -1)).hasSize(2);
    }

    @Test
    void readsAnArticleOnceThatItsNoscriptFallbackRepeatsWithALineBreakInItsFirstParagraph() {
        final String lead = "<p>Berlin, Tuesday<br>The council voted to extend the tram line, a decision that ends "
                + "years of debate in the city and its northern districts.</p>";
        final String text = clean("<article><h1>Tram line extended</h1><div class='lazy-block'>" + lead + P2 + P3
                + "</div><noscript>" + lead + P2 + P3 + "</noscript></article>");

        assertThat(text.split("a decision that ends years", -1)).hasSize(2);
    }

    @Test
    void keepsAnItalianReportOnAGrantForIndependentJournalism() {
        final String text = clean("<article><h1>Fondi all'editoria</h1>" + P1 + "<p>Il governo ha stanziato un "
                + "contributo di dieci milioni per il giornalismo indipendente nel nostro Paese, dove le testate "
                + "locali chiudono una dopo l'altra.</p>" + P2 + P3 + "</article>");

        assertThat(text).contains("stanziato un contributo di dieci milioni", "northern districts");
    }

    @Test
    void keepsAQuotationWithoutLinksWhateverItsClassSaysButNotARelatedBox() {
        final String text = clean("<article>" + P1 + P2 + "<blockquote class='related-quote'><p>We have waited for "
                + "this tram for twenty years, and we will wait a little longer, the residents wrote.</p></blockquote>"
                + P3 + "<blockquote class='related-post'><p><a href='/a'>Council approves the bus lanes</a></p>"
                + "</blockquote><a href='/b'><blockquote class='related-post'>Airport tram will not open before "
                + "2027</blockquote></a><blockquote class='recommended' data-href='/c'>Parking fees rise in the "
                + "centre</blockquote></article>");

        assertThat(text).contains("waited for this tram", "northern districts")
                .doesNotContain("bus lanes", "Airport tram", "Parking fees");
    }

    @Test
    void removesAFrenchClosingAskADanishTipBoxAndAReprintRightsLine() {
        final String text = clean("<article>" + P1 + P2 + P3 + "<p>Vous avez aimé cet article ? Abonnez-vous pour lire "
                + "la suite et soutenir le journalisme local.</p><div><h3>Tip os</h3><p>Har du viden om en sag? Skriv "
                + "til os på tip@norden.example.</p></div><p>Copyright © 2024 Bennett, Coleman &amp; Co. Ltd. All "
                + "rights reserved. For reprint rights: Times Syndication Service</p></article>");

        assertThat(text).endsWith("at a public meeting.");
    }

    @Test
    void removesAQuoteModulesDelayNoticeAndAPrintEditionsNote() {
        final String text = clean("<article>" + P1 + P2 + "<p class='small'>Data delayed at least 15 minutes</p>" + P3
                + "<p>A version of this article appears in print on April 21, 2024, Section B, Page 1 of the New "
                + "York edition with the headline: Tram Line Extended.</p></article>");

        assertThat(text).contains("northern districts").doesNotContain("Data delayed", "A version of");
    }

    @Test
    void removesAWireServicesRightsNoticeAndAPortalsDisclaimerButNotNewsAboutCopyright() {
        final String text = clean("<article>" + P1 + "<p>The letters, long marked \"all rights reserved\" by the "
                + "estate, will pass to the city archive, which plans to show them next year, a spokesman said.</p>"
                + P2 + "<p>Copyright 2024 The Associated Press. All rights reserved. This material may not be "
                + "published, broadcast, rewritten or redistributed.</p>"
                + "<p>新浪声明：此消息系转载自合作媒体，登载此文出于传递更多信息之目的，并不意味着赞同其观点。</p>"
                + "<p>警方调查发现，该男子未经许可擅自进入净空保护区，并在未经授权的情况下拍摄机场设施。</p></article>");

        assertThat(text).contains("city archive", "first trams", "净空保护区")
                .doesNotContain("Associated Press", "新浪声明");
    }

    @Test
    void removesANoticeParagraphBelowAnArticleWrittenWithLineBreaks() {
        final String lines = "정부가 청년 농업인의 농촌 정착을 돕기 위해 편성한 지원금의 절반가량이 지난해 쓰이지 않은 것으로 나타났다.<br><br>"
                + "지난해 사업 예산 1천200억원 가운데 580억원이 불용 처리됐다고 국회 농림축산식품해양수산위원회 소속 의원실이 밝혔다.<br><br>"
                + "이 사업은 만 40세 미만 청년이 농업에 새로 뛰어들 경우 최장 3년간 매달 최대 110만원의 생활 안정 자금을 지원한다.";
        final String text = clean("<div id='news'><h1>청년 귀농 지원금 절반이 미집행</h1><article>" + lines + "</article>"
                + "<div class='linked'><a href='#'>안내</a><p>기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다.</p></div>"
                + "</div>");

        assertThat(text).contains("생활 안정 자금").doesNotContain("섹션 정보는");
    }

    @Test
    void removesCallsToFollowTheSiteAndToJoinItsCommentsInOtherLanguages() {
        final String text = clean("<article>" + P1 + "<p>Sigue toda la información de Sociedad en <a href='/fb'>"
                + "Facebook</a> y <a href='/x'>X</a>, o en nuestra newsletter semanal.</p>" + P2
                + "<p>Suivez-nous sur <a href='/ig'>Instagram</a></p>" + P3
                + "<p><a href='#comments'>Réagissez</a> ou consultez l'ensemble des contributions</p></article>");

        assertThat(text).contains("tram line", "northern districts", "welcomed the plan")
                .doesNotContain("Sigue toda", "Suivez", "Réagissez");
    }

    @Test
    void removesCallsToFollowTheSiteInArabicHindiAndIndonesianAndACitationBox() {
        final String text = clean("<article>" + P1 + "<p>تابعونا على واتساب وتلغرام</p>" + P2
                + "<p>हमें फॉलो करें</p><p>Simak berita dan artikel lainnya di Google News</p>" + P3
                + "<div><h3>Cite This Page:</h3><p>MLA</p></div></article>");

        assertThat(text).contains("tram line", "northern districts", "welcomed the plan")
                .doesNotContain("تابعونا", "फॉलो", "Simak", "Cite This Page");
    }

    @Test
    void leavesOutTheNextStoryAPageAppendsBelowItsOwn() {
        final String next = "<article class='post'><h1>Airline cancels 200 summer flights</h1><div class='body'>"
                + "<p>SkyCoast Airlines said on Thursday it would cancel about 200 flights between July and September, "
                + "mostly on routes that connect smaller airports to its hubs.</p><p>Passengers will be rebooked "
                + "automatically, the airline said, or may ask for a refund, which is due for every cancelled flight."
                + "</p><p>Regional carriers have struggled since 2022, when the major airlines began hiring pilots at "
                + "a record pace, and many pilots left for better pay, officials said.</p></div></article>";
        final String text = clean("Tram line extended | City News", "<main><div class='stream'><article class='post'>"
                + "<h1>Tram line extended</h1><div class='body'>" + P1 + P2 + P3 + "</div></article>"
                + "<div class='divider'>Up next</div>" + next + "</div></main>");

        assertThat(text).contains("The council voted", "northern districts").doesNotContain("SkyCoast", "Up next");
    }

    @Test
    void findsThePagesOwnStoryWhenTheStoryAppendedBelowItHoldsMoreText() {
        final String next = "<article class='post'><h1>Airline cancels 200 summer flights</h1><div class='body'>"
                + ("<p>SkyCoast Airlines said on Thursday it would cancel about 200 flights between July and "
                + "September, mostly on routes that connect smaller airports to its hubs, officials said.</p>")
                .repeat(4) + "</div></article>";
        final String text = clean("Tram line extended | City News", "<main><div class='stream'><article class='post'>"
                + "<h1>Tram line extended</h1><div class='body'>" + P1 + P2 + P3 + "</div></article>" + next
                + "</div></main>");

        assertThat(text).contains("The council voted", "northern districts").doesNotContain("SkyCoast");
    }

    @Test
    void growsTheMarkedArticleOverNothingAfterItButItsPicture() {
        final String text = clean("<div class='wrap'><article><h1>Tram line extended</h1><section>" + P1 + P2 + P3
                + "<p>The line will have six new stops, among them one at the hospital and one at the university, "
                + "the transport authority said.</p></section></article><div class='card'><h2><a href='/@jane'>"
                + "Written by Jane Doe</a></h2><p>Jane Doe "
                + "is a transport reporter. She has covered the city's trams and buses since 2015.</p></div></div>");

        assertThat(text).contains("northern districts").doesNotContain("transport reporter");
    }

    @Test
    void keepsAnEmbeddedPostTheArticleIntroducesButNotOneLeftStandingAlone() {
        final String text = clean("<article>" + P1 + "<p>The opposition leader posted her objection after the vote:</p>"
                + "<figure><blockquote class='twitter-tweet'><p>I cannot support a plan that takes 400 spaces off "
                + "Front "
                + "Street.</p></blockquote></figure>" + P2 + "<blockquote class='twitter-tweet'><p>Great day at the "
                + "depot with the team!</p></blockquote>" + P3 + "</article>");

        assertThat(text).contains("I cannot support a plan", "northern districts").doesNotContain("Great day");
    }

    @Test
    void takesTheStandfirstOutOfTheHeadlinesBoxIntoTheArticle() {
        final String text = clean("<div class='post'><div class='post-header'><h1>Tram line extended</h1>"
                + "<h3 class='subtitle'>Why the northern districts waited twenty years for a tram</h3>"
                + "<div class='meta'><a href='/jane'>Jane Doe</a></div><div class='ufi'><a href='#c'>17</a> "
                + "<a role='button'>Share</a></div></div><div class='available-content'>" + P1 + P2 + P3
                + "</div></div>");

        assertThat(text).startsWith("Why the northern districts waited twenty years for a tram\n\n"
                + "The council voted").doesNotContain("Jane Doe", "Share");
    }

    @Test
    void takesTheLeadPictureOutOfTheHeadlinesBoxIntoTheArticleAfterItsStandfirst() {
        final Element content = cleaned("<div class='post'><div class='post-header'><h1>Tram line extended</h1>"
                + "<h3 class='dek'>Why the northern districts waited twenty years for a tram</h3>"
                + "<div class='meta'><a href='/jane'>Jane Doe</a></div><div class='ufi'><a href='#c'>17</a> "
                + "<a role='button'>Share</a></div><figure class='hero-image'><img src='/tram.jpg' alt='A tram'>"
                + "<figcaption>The first tram on its test run along Front Street.</figcaption></figure></div>"
                + "<div class='available-content'>" + P1 + P2 + P3 + "</div></div>").content();

        assertThat(content.children().eachAttr("class")).startsWith("dek", "hero-image");
        assertThat(content.selectFirst("figure figcaption").text())
                .isEqualTo("The first tram on its test run along Front Street.");
        assertThat(content.text()).doesNotContain("Tram line extended", "Jane Doe");
    }

    @Test
    void takesTheRestOfAMarkedBodyThatAProductBoxSplitOffButNotWhatFollowsIt() {
        final String text = clean("<article><h1>Tram line extended</h1><div class='content rte' itemprop='articleBody'>"
                + P1 + P2 + "</div><div class='featured-product'><h2>Tram mug, 250 ml</h2><span>11,90 €</span>"
                + "<button>In den Warenkorb</button></div><div class='content rte'>" + P3 + "</div><div class='author'>"
                + "<p>Jane Doe writes about the city's transport for the Courier and has covered the tram since "
                + "2015.</p></div></article>");

        assertThat(text).contains("The council voted", "Construction is due", "Residents of the northern districts")
                .doesNotContain("Tram mug", "Warenkorb", "Jane Doe writes");
    }

    @Test
    void takesTheLeadPictureAfterAHeaderWhoseShortDekIsAHeadingBesideTheHeadline() {
        final Element content = cleaned("<article class='asset'><header class='asset-header'><h1>Tram line extended"
                + "</h1><h2 class='subhead'>Council approval still needed</h2><div class='byline'><a href='/jane'>Jane "
                + "Doe</a></div><div class='share'><a href='#f'>Facebook</a> <a href='#t'>Twitter</a></div></header>"
                + "<div class='asset-photo'><figure><img src='/tram.jpg' alt=''><figcaption>The first tram on its test "
                + "run.</figcaption></figure></div><div class='asset-body'><div itemprop='articleBody'>" + P1 + P2 + P3
                + "</div><div class='asset-tags'><a href='/t/1'>Trams</a> <a href='/t/2'>City council</a></div><div "
                + "class='asset-tools'><a href='/error'>Report an error</a> <a href='/tip'>Submit a news tip</a></div>"
                + "</div></article>").content();

        assertThat(content.select("figure figcaption").eachText()).containsExactly("The first tram on its test run.");
        assertThat(content.text()).doesNotContain("Jane Doe", "Facebook");
    }

    @Test
    void takesTheSentencesRightUnderTheHeadlineForItsStandfirstWhateverTheirClass() {
        final String text = clean("<div class='story'><div class='head'><h1>Tram line extended</h1><h2 class='sortDec'>"
                + "The northern districts will get their tram by 2028, twenty years after it was first promised.</h2>"
                + "<span>By Jane Doe</span></div><div class='text'>" + P1 + P2 + P3 + "</div></div>");

        assertThat(text).startsWith("The northern districts will get their tram by 2028");
    }

    @Test
    void leavesABlogsDescriptionUnderItsNameOutOfAPostWithItsOwnTitle() {
        final String text = clean("<div class='header'><h1>Notes from plot 14b</h1><p class='description'>A "
                + "gardener writes about vegetables</p></div><div class='main'><h3 class='post-title'>Tram line "
                + "extended</h3><div class='post-body'>" + P1 + P2 + P3 + "</div></div>");

        assertThat(text).doesNotContain("A gardener writes").contains("The council voted", "northern districts");
    }

    @Test
    void keepsALeadFigureWhoseCaptionLinksToItsLicence() {
        final CleanedContent result = cleaned("<main><div class='story'><h1>Tram line extended</h1><figure>"
                + "<img src='/tram.jpg'><figcaption><span>The first tram on the new line, at Northgate depot.</span> "
                + "<a href='/licensing'>Licensing</a></figcaption></figure><div class='body'>" + P1 + P2 + P3
                + "</div></div><div class='rail'><a href='/a'>Most read</a></div></main>");

        assertThat(result.content().select("figcaption").text()).startsWith("The first tram on the new line");
    }

    @Test
    void takesTheBoxHoldingTheTextThePageStatesInItsJsonLdOverALongerOneBesideIt() {
        final String story = P1 + P2 + P3;
        final String digest = "<p>In other news, the regional parliament debated the budget for schools, hospitals "
                + "and roads, and the opposition demanded a vote on the plan before the summer recess begins.</p>"
                + "<p>Meanwhile, the weather service warned of storms in the mountains, with hail, strong winds and "
                + "heavy rain expected from Thursday evening until Saturday morning.</p>"
                + "<p>And the football club, after three defeats in a row, sacked its coach, the fourth in two years, "
                + "and named the head of its youth academy to lead the team for the rest of the season.</p>";
        final String page = "<html><body><div class='main'><div class='story'>" + story + "</div></div>"
                + "<div class='more'>" + digest + digest + "</div></body></html>";
        final String stated = Jsoup.parse(story).text();

        final String guessed = renderer.render(cleaner.clean(Jsoup.parse(page, "https://x.example/"),
                Deadlines.ample()).content(), "https://x.example/", Deadlines.ample()).text();
        final String told = renderer.render(cleaner.clean(Jsoup.parse(page, "https://x.example/"), Deadlines.ample(),
                SiteRule.none(""), stated).content(), "https://x.example/", Deadlines.ample()).text();

        assertThat(guessed).contains("regional parliament");
        assertThat(told).contains("tram line", "northern districts").doesNotContain("regional parliament");
    }

    @Test
    void keepsAPreviewLedeAndTheCaptionUnderABarePictureBesideTheBody() {
        final String text = clean("<div class='news-detail'><span class='news-date-time'>14.02.2024</span>"
                + "<div class='news-detail-preview'><b>The ministry has drafted a bill that would treat large "
                + "channels as mass media.</b></div><img src='/a.jpg' alt=''>"
                + "<div class='news-detail-picture-desc'>The most "
                + "popular channels have several hundred thousand subscribers.</div><div class='news-detail-text'>"
                + P1 + P2 + P3 + "</div></div>");

        assertThat(text).startsWith("The ministry has drafted a bill").contains("several hundred thousand",
                "northern districts");
    }

    @Test
    void leavesOutALineAfterABannersPictureOrALogoAndABoxWhoseClassOnlyPreviewsAnotherStory() {
        final String text = clean("<div class='page'><div class='story-preview'>Next story: Flood warnings for the "
                + "coast</div><img src='/logo.png'><div class='motto'>Independent news from the heart of Yorkshire "
                + "since 1850</div><img src='/sale.gif'><div>Get 50% off your first order with code SPRING24</div>"
                + "<div class='story'>" + P1 + P2 + P3 + "</div></div>");

        assertThat(text).startsWith("The council voted").doesNotContain("Next story", "Independent news", "50% off");
    }

    @Test
    void keepsTheStandfirstOfAHeaderLeftOutWhenAPictureTookTheArticleALevelUp() {
        final String text = clean("<article class='asset'><header class='asset-header'><h1>Split bans new holiday "
                + "flats</h1><h2 class='subhead'>The decision takes effect on January 1, and existing landlords keep "
                + "their permits.</h2><ul class='byline'><li>Ivana Perić</li><li>27 June 2024</li></ul></header>"
                + "<div class='asset-photo'><figure><img src='/riva.jpg'><figcaption>Tourists on the Riva."
                + "</figcaption></figure></div><div class='asset-body'><div itemprop='articleBody'>" + P1 + P2 + P3
                + "</div></div></article>");

        assertThat(text).startsWith("The decision takes effect on January 1").contains("northern districts")
                .doesNotContain("Ivana Perić");
    }

    @Test
    void keepsATurkishSpotBesideTheBody() {
        final String text = clean("<div class='news-detail'><h1>Kentsel dönüşümde yeni dönem</h1>"
                + "<h2 class='news-detail-spot'>Bakanlığın kampanyasına ilk ayda 200 binden fazla başvuru yapıldı."
                + "</h2><div class='news-detail-text'>" + P1 + P2 + P3 + "</div></div>");

        assertThat(text).startsWith("Bakanlığın kampanyasına").contains("northern districts");
    }

    @Test
    void keepsAStandfirstSetAsASubHeadingBesideTheBody() {
        final String text = clean("<nav><a href='/'>Home</a></nav><div><h1>Chiude la storica libreria</h1>"
                + "<h2 class='sommario'>I titolari non hanno trovato nessuno disposto a rilevare l'attività</h2>"
                + "<div itemprop='articleBody'>" + P1 + P2 + P3 + "</div></div>");

        assertThat(text).contains("I titolari non hanno trovato", "northern districts");
    }

    @Test
    void leavesOutANoticeAboveTheHeadlineAndTheSitesQuestionWhetherThePageHelped() {
        final String text = clean("<div class='page'><div class='notice'><p>Council offices are closed on Monday "
                + "6 May for the bank holiday.</p></div>"
                + "<main><figure><img src='/tram.jpg'><figcaption>The new tram</figcaption></figure>"
                + "<article><h1>Tram line extended</h1><div class='body'>" + P1 + P2 + P3 + "</div></article>"
                + "<div class='feedback'><h2>Was this page helpful?</h2><p>Help us improve this website by telling "
                + "us what you were looking for.</p></div></main></div>");

        assertThat(text).contains("Tram line extended", "northern districts")
                .doesNotContain("Council offices", "helpful", "Help us improve");
    }

    @Test
    void keepsAnArticleAboutCookiesAndNewslettersWhileRemovingTheRealCookieNotice() {
        final String text = clean("<div class='cookie-bar'>This website uses cookies. <a href='/p'>OK</a></div>"
                + "<article><p>Her cookies sell out by noon, and the newsletter she sends every Friday now has more "
                + "subscribers than the shop has customers, she says.</p>" + P1
                + "<p>Readers who subscribe get the recipe for the week's cookie, and many support the shop by buying a box.</p>"
                + P2 + "</article>");

        assertThat(text).contains("Her cookies sell out by noon").contains("Readers who subscribe get the recipe")
                .doesNotContain("This website uses cookies");
    }

    @Test
    void removesAReaderFundedNewsroomsAskWhateverItsClassesButNotNewsAboutLocalJournalism() {
        final String text = clean("<article>" + P1 + "<p>The college said its local journalism course, funded by "
                + "readers of the county paper, would open in September with twelve places.</p>" + P2
                + "<div class='mt-12 rounded-xl p-6'><p>The Ledger is a nonprofit newsroom.</p><p>Our reporting is "
                + "funded by readers like you. If you value local journalism, please consider a gift today.</p>"
                + "<a href='/donate'>Give now</a></div>" + P3 + "</article>");

        assertThat(text).contains("twelve places", "northern districts").doesNotContain("nonprofit", "Give now");
    }

    @Test
    void removesTheShortBoxAroundASignUpFormWithItsHeadingAndBlurbButNotABriefAboveAForm() {
        final String text = clean("<article>" + P1 + P2 + "<div class='my-10 rounded-2xl p-6'><p>Get the Ledger in "
                + "your inbox</p><p>News that matters, every weekday morning.</p><form><input type='email'>"
                + "<button>Go</button></form></div>" + P3 + "</article>");
        final String brief = clean("<main><h1>Mayor resigns</h1><div class='story'><p>The mayor resigned on Friday, "
                + "effective immediately, after weeks of pressure.</p><p>A special election will be held in March, "
                + "the clerk said.</p><form><input type='email'><button>Get alerts</button></form></div></main>");

        assertThat(text).contains("first trams", "northern districts").doesNotContain("Ledger", "weekday");
        assertThat(brief).contains("resigned on Friday", "special election");
    }

    @Test
    void removesTheShortBoxAroundAFieldToWriteInThatNoFormHolds() {
        final String text = clean("<article>" + P1 + "<div><p>Recibe nuestro boletín matutino</p><p>Lo que necesitas "
                + "saber, de lunes a viernes.</p><input type='email' placeholder='Correo'><button>Suscribirme</button>"
                + "</div>" + P2 + "<div><label for='c'>Look up your city</label><div class='field'> <input id='c' "
                + "type='search'> </div><p>Data for 240 cities.</p></div>" + P3 + "</article>");
        final String brief = clean("<main><h1>Mayor resigns</h1><div class='story'><p>The mayor resigned on Friday, "
                + "effective immediately, after weeks of pressure.</p><p>A special election will be held in March, "
                + "the clerk said.</p><input type='email'><button>Get alerts</button></div></main>");

        final String page = clean("<div class='page'><input type='search'><p>A magnitude 6 earthquake struck Tokyo on "
                + "Monday. No damage was reported, officials said.</p></div>");

        assertThat(text).contains("first trams", "northern districts").doesNotContain("boletín", "Look up", "240");
        assertThat(brief).contains("resigned on Friday", "special election");
        assertThat(page).contains("No damage was reported");
    }

    @Test
    void removesADonationLetterWrittenAmongTheArticleParagraphs() {
        final CleanedContent result = cleaned("<article>" + P1 + P2 + P3
                + "<p>Dear readers,</p>"
                + "<p>We are facing unprecedented challenges. The authorities have labelled us an undesirable organisation.</p>"
                + "<p>We, the journalists, refuse to be silenced. But to continue our work, we need your help.</p>"
                + "<p><a href='/donate'>Support us</a></p>"
                + "<p>Remind me later.</p></article>");
        final String text = renderer.render(result.content(), "https://x.example/", Deadlines.ample()).text();

        assertThat(text).contains("tram line").contains("northern districts")
                .doesNotContain("Dear readers").doesNotContain("unprecedented challenges").doesNotContain("Support us");
        assertThat(result.removed()).filteredOn(removal -> removal.rule().equals("donation-appeal"))
                .extracting(Removal::reason)
                .allMatch(reason -> reason.contains("Dear readers"));
    }

    @Test
    void keepsAnEditorsColumnThatOpensWithASalutationAndMentionsMembershipInOneParagraph() {
        final String text = clean("<article><h1>We got a number wrong</h1><p>Dear readers,</p>"
                + "<p>On 3 March we published a story that said the council had spent £4.2m on consultants. The true "
                + "figure was £420,000, and the mistake was ours.</p>"
                + "<p>The reporter worked from a spreadsheet in which the figures were given in thousands, and nobody "
                + "checked the number against the source before we published it.</p>"
                + "<p>Last year we asked readers to become a member of the Gazette for £5 a month so that we could "
                + "keep our journalism free to read. Your support pays for two reporters.</p>"
                + "<p>Thank you for reading, and for holding us to account.</p></article>");

        assertThat(text).contains("Dear readers", "The true figure was £420,000", "worked from a spreadsheet",
                "holding us to account");
    }

    @Test
    void removesAnAppealLetterLongerThanTheBriefItFollowsWhenItAsksInSeveralParagraphs() {
        final String text = clean("<article><h1>Ceasefire talks</h1>"
                + "<p>The two sides agreed on Wednesday to resume talks in Cairo next week, officials said.</p>"
                + "<p>A Message from The Example Times:</p><p>Dear readers,</p>"
                + "<p>We are facing unprecedented challenges. The authorities have designated us an undesirable "
                + "organisation, criminalising our work and putting our staff at risk of prosecution.</p>"
                + "<p>We, the journalists of The Example Times, refuse to be silenced. But to continue our work, we "
                + "need your help.</p>"
                + "<p>Your support, no matter how small, makes a world of difference. If you can, please support us "
                + "monthly starting from just $2.</p>"
                + "<p>By supporting The Example Times, you are defending independent journalism in the face of "
                + "repression. Thank you for standing with us.</p></article>");

        assertThat(text).contains("resume talks in Cairo").doesNotContain("Dear readers", "unprecedented",
                "refuse to be silenced", "support us monthly");
    }

    @Test
    void removesAnAppealLetterThatOpensAShortStory() {
        final String text = clean("<article><h1>Mill Road bridge to close</h1><div class='note'><p>Dear readers,</p>"
                + "<p>Independent local journalism has never been more important, and it has never been harder to "
                + "pay for.</p><p>Unlike many others, we have no billionaire owner and no paywall, and every story "
                + "is free to read.</p><p>If you value what we do, please consider becoming a supporter today. "
                + "Support us from just £1 a month.</p></div><p>The bridge on Mill Road will be closed to traffic "
                + "for six weeks from Monday while its deck is repaired, the council said.</p></article>");

        assertThat(text).contains("closed to traffic").doesNotContain("Dear readers", "billionaire owner");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Caros leitores, | Faça uma doação: o jornalismo independente precisa do seu apoio.",
            "Drodzy Czytelnicy! | Wesprzyj nas: niezależne dziennikarstwo potrzebuje Twojego wsparcia."})
    void removesADonationLetterInPortugueseOrPolish(final String salutation, final String ask) {
        final String text = clean("<article>" + P1 + P2 + P3 + "<p>" + salutation + "</p>"
                + "<p>We are facing unprecedented challenges this year, like many others.</p>"
                + "<p>" + ask + "</p></article>");

        assertThat(text).endsWith("welcomed the plan at a public meeting.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Alleen voor abonnees", "Artykuł dostępny w subskrypcji", "Ver comentários (27)",
            "Comentar", "Video afspelen"})
    void removesAPaywallsBadgeACommentLinkAndAPlayersButtonOnLinesOfTheirOwn(final String label) {
        final String text = clean("<article><h1>Tram line extended</h1><div class='meta'><span>" + label
                + "</span></div>" + P1 + P2 + "<div class='player'><span>" + label + "</span></div>" + P3
                + "</article>");

        assertThat(text).contains("tram line", "northern districts").doesNotContain(label);
    }

    @Test
    void removesTheSectionsLabelAboveAPaywallsBadgeAboveTheHeadline() {
        final String text = clean("<article><header><p class='kicker'><a href='/local'>Local</a></p><span "
                + "class='premium'>Conteúdo exclusivo para assinantes</span><h1>Tram line extended</h1></header>"
                + P1 + P2 + P3 + "</article>");

        assertThat(text).startsWith("Tram line extended").contains("northern districts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<h3>Nezávislou žurnalistiku nikdo nevlastní</h3><p>Financují nás výhradně čtenáři. "
            + "Pokud chcete, aby takové texty vznikaly i dál, podpořte nás.</p><p><a href='/p/'>Chci předplatné</a>"
            + "</p>",
            "<p><b>Bağımsız gazeteciliğe destek olun.</b> Bağımsız Medya tamamen okurlarının desteğiyle yayın yapıyor. "
                    + "<a href='/destek-ol/'>Destekçimiz olun</a></p>",
            "<p><em>Ha fontosnak tartod a független újságírást, támogasd a munkánkat!</em></p>"})
    void removesAReaderFundedSitesAppealInCzechTurkishAndHungarian(final String appeal) {
        final String text = clean("<article>" + P1 + P2 + "<div class='box'>" + appeal + "</div>" + P3
                + "</article>");

        assertThat(text).contains("tram line", "northern districts")
                .doesNotContain("žurnalistiku", "Bağımsız", "független");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Il Portico è libero e gratuito grazie ai suoi lettori | Non abbiamo editori. Se questo articolo ti è "
                    + "stato utile, aiutaci a continuare con un contributo anche piccolo. | Sostieni Il Portico",
            "Avant de continuer votre lecture… | Le Portique est un média indépendant. Il vit exclusivement des "
                    + "dons de ses lecteurs. | Je soutiens Le Portique",
            "Portyk to media obywatelskie | Portyk utrzymuje się z wpłat czytelniczek i czytelników. Dzięki "
                    + "Twojemu wsparciu możemy pisać o sprawach lokalnych. | Wspieram Portyk"})
    void removesAReaderFundedSitesBoxInItsOwnWordsBetweenTheParagraphs(final String title, final String ask,
                                                                        final String button) {
        final String text = clean("<article>" + P1 + P2 + "<div class='box'><p>" + title + "</p><p>" + ask
                + "</p><a href='/support/'>" + button + "</a></div>" + P3 + "</article>");

        assertThat(text).contains("tram line", "northern districts").doesNotContain(button, title);
    }

    @Test
    void keepsTheOpeningPostAndRepliesOfAForumThreadWhoseSiteMarksThemAllAsComments() {
        final String text = clean("<nav><a href='/'>Forum</a> <a href='/ios'>iPhone</a></nav>"
                + "<h1>No App Store over mobile data since the update?</h1>"
                + "<div id='forum-comment-first'><span>maria</span><div>Since the update none of my phones "
                + "reaches the App Store away from Wi-Fi, though every other app works. Any idea?</div></div>"
                + comments(6, "div") + "<footer>Imprint</footer>");

        assertThat(text).contains("none of my phones reaches the App Store", "Reply 0:", "Reply 5:")
                .doesNotContain("Imprint");
    }

    @Test
    void keepsALiveTickerWhoseEntriesAreCommentsBesideTheSearchPromptOfTheSitesBanner() {
        final String text = clean("<header><form></form><p>Type your keywords to display the search results.</p>"
                + "<nav><a href='/'>Football</a> <a href='/tennis'>Tennis</a></nav></header>"
                + "<main><h1>Lorient 1-1 Lyon</h1><div class='live-match-comments'>" + comments(6, "p")
                + "</div></main>"
                + "<footer>Imprint</footer>");

        assertThat(text).contains("Reply 0:", "Reply 5:").doesNotContain("Imprint");
    }

    @Test
    void theArticlesOwnHeaderIsNoBanner() {
        final CleanedContent result = cleaned("<article><header><h1>Tram line extended</h1>"
                + "<p>The council voted on Tuesday to extend the tram line.</p></header></article>"
                + "<section id='comments'>" + comments(15, "p") + "</section>");
        final String text = renderer.render(result.content(), "https://x.example/", Deadlines.ample()).text();

        assertThat(text).contains("voted on Tuesday to extend the tram line").doesNotContain("Reply");
    }

    @Test
    void removesACommentThreadThatOutweighsTheBriefAboveIt() {
        final String text = clean("<article><h1>Tram line extended</h1>" + P1 + P2 + "</article>"
                + "<section class='reader-responses'><h2>Have your say</h2>" + comments(18, "p") + "</section>");

        assertThat(text).contains("tram line", "first trams").doesNotContain("Reply 0:", "Have your say");
    }

    @Test
    void keepsAnArticleWhoseBoxSaysItHasCommentsBesideALongPromoParagraph() {
        final String promo = "<p>The Ashby Echo has been the independent voice of the town and its villages since "
                + "1887, and its reporters cover the council, the courts, the schools and the football club every "
                + "day of the week, in print and online.</p>";
        final String text = clean("<div class='post has-comments'><h1>Tram line extended</h1>" + P1 + P2 + P3
                + "</div><div class='widget'>" + promo + "</div>");

        assertThat(text).contains("tram line", "first trams", "northern districts");
    }

    @Test
    void keepsAFactBoxInTheArticleButNotAPullQuote() {
        final String text = clean("<article>" + P1 + "<aside class='infobox'><h3>Zur Person</h3><p>Katrin Albers, 51, "
                + "ist Professorin für Textiltechnik an der Hochschule Niederrhein. Sie berät das Umweltministerium "
                + "seit 2019 in Fragen der Kreislaufwirtschaft.</p></aside>" + P2
                + "<aside class='pullquote'><p>A decision that ends years of debate.</p></aside>" + P3 + "</article>");

        assertThat(text).contains("Katrin Albers, 51", "northern districts").doesNotContain("A decision that ends");
    }

    @Test
    void keepsADropCapHiddenFromScreenReadersButNotOtherTextHiddenFromThem() {
        final String text = clean("<article><p><span class='dropcap' aria-hidden='true'>T</span>he council voted on "
                + "Tuesday to extend the tram line, a decision that ends years of debate.</p>" + P2
                + "<p><span aria-hidden='true'>★</span> Residents of the northern districts welcomed the plan, which "
                + "they had asked for.<span aria-hidden='true'>Share this</span></p>" + P3 + "</article>");

        assertThat(text).contains("The council voted on Tuesday", "Residents of the northern districts welcomed")
                .doesNotContain("★", "Share this");
    }

    @Test
    void keepsAnUpdateAndAShortWarningSetAsideInTheArticleButNotAPullQuoteOfItsOwnWords() {
        final String text = clean("<article>" + P1 + "<aside class='callout'><span>Update, March 8</span><p>The "
                + "district said Friday that it will hold two additional community meetings at Madison Elementary "
                + "before the vote in April.</p></aside>" + P2 + "<aside class='pullquote'><p>Construction is due "
                + "to start next spring, "
                + "and the first trams should run by the end of 2028</p></aside>"
                + "<aside class='note'><p><strong>Warning:</strong> Do not park on the tracks during the works. Cars "
                + "will be towed.</p></aside>" + P3 + "</article>");

        assertThat(text).contains("two additional community meetings", "Do not park on the tracks");
        assertThat(text.indexOf("Construction is due")).isEqualTo(text.lastIndexOf("Construction is due"));
    }

    @Test
    void keepsAFactBoxThatListsLabelledFactsButNotAListOfLinks() {
        final String text = clean("<article>" + P1 + "<aside class='facts'><h3>Marian Kowalczyk</h3><ul><li>Born: "
                + "June 14, 1937, in Hamtramck</li><li>Died: Feb. 27, 2024</li><li>Known for: Founding Lakeside Books"
                + "</li></ul></aside>" + P2 + "<aside class='more'><ul><li><a href='/a'>Mayor resigns</a></li>"
                + "<li><a href='/b'>Budget passed</a></li></ul></aside>" + P3 + "</article>");

        assertThat(text).contains("Born: June 14, 1937", "Known for: Founding", "northern districts")
                .doesNotContain("Mayor resigns");
    }

    @Test
    void keepsTheCaptionsOfACarouselsSlidesThatAreNotOnShow() {
        final String slide = "<div class='slide' aria-hidden='true'><figure><img src='/%s.jpg'><figcaption>%s"
                + "</figcaption></figure></div>";
        final CleanedContent result = cleaned("<article>" + P1 + "<div class='slider'><div class='slide'><figure>"
                + "<img src='/a.jpg'><figcaption>The first tram at the depot.</figcaption></figure></div>"
                + slide.formatted("b", "Workers lay the track on Northgate Road.")
                + slide.formatted("c", "The mayor opens the line.") + "</div>" + P2 + P3 + "</article>");

        assertThat(result.content().select("figcaption").eachText()).containsExactly("The first tram at the depot.",
                "Workers lay the track on Northgate Road.", "The mayor opens the line.");
    }

    @Test
    void keepsACaptionHiddenFromScreenReadersOnly() {
        final CleanedContent result = cleaned("<article>" + P1 + "<figure><img src='/a.jpg' alt='The first tram at "
                + "the depot'><figcaption aria-hidden='true'>The first tram at the depot, on Monday.</figcaption>"
                + "</figure>" + P2 + P3 + "</article>");

        assertThat(result.content().select("figcaption").eachText())
                .containsExactly("The first tram at the depot, on Monday.");
    }

    @Test
    void removesAReadersPollAndAQuizButNotAnArticleAboutAPoll() {
        final String text = clean("<article>" + P1 + "<div class='cnv-poll-5c1b'><p>Should the council have frozen "
                + "parking charges?</p><ul><li>Yes</li><li>No</li></ul><a href='#'>View results</a></div>" + P2
                + "<div class='quiz-teaser'><p>Quiz: How well do you know your town hall?</p></div>" + P3
                + "</article>");
        final String survey = clean("<div class='poll-report'><h1>Most residents back the tram</h1>"
                + (P1 + P2 + P3).repeat(5) + "</div>");

        assertThat(text).contains("northern districts").doesNotContain("Should the council", "Quiz:");
        assertThat(survey).contains("Most residents back the tram", "northern districts");
    }

    @Test
    void keepsAFactBoxAmongTheParagraphsOfABodyWithoutAnArticleElement() {
        final String text = clean("<div class='body'><aside class='points'><h2>Key points</h2><ul><li>The tram line "
                + "will reach the northern districts</li><li>Construction starts in the spring of 2026</li></ul></aside>"
                + P1 + P2 + P3 + "</div><aside class='rail'><ul><li>Most read: council tax rises again</li>"
                + "<li>Weather: a wet weekend ahead for the city</li></ul></aside>");

        assertThat(text).contains("The tram line will reach the northern districts", "northern districts")
                .doesNotContain("Most read");
    }

    @Test
    void leavesAGlossarysTooltipOutOfTheSentenceItExplainsAWordOf() {
        final String text = clean("<article>" + P1 + "<p>An <span class='glossary' tabindex='0'>ETF<span "
                + "class='glossary__tooltip' role='tooltip'>Exchange Traded Fund: a fund traded on the exchange."
                + "</span></span> is a fund that follows an index, such as the MSCI World.</p>" + P2 + P3
                + "</article>");

        assertThat(text).contains("An ETF is a fund that follows an index").doesNotContain("Exchange Traded Fund");
    }

    @Test
    void removesTheComplementaryBoxBesideTheArticleThoughItsTeasersReadAsProse() {
        final String text = clean("<div id='main'><div id='content'><h1>Tram line extended</h1>" + P1 + P2 + P3
                + "</div><div id='complementary'><div class='teaser'><h2>Press office</h2><p>Monday to Friday "
                + "from 8 am "
                + "to 4 pm, telephone 040 42831-1050, and by e-mail at any time.</p></div></div></div>");

        assertThat(text).contains("northern districts").doesNotContain("Press office", "Monday to Friday");
    }

    @Test
    void removesTheHeadingOfABoxTheRulesTookButNotAHeadingWhoseSectionGoesOnAfterIt() {
        final CleanedContent cleaned = cleaned("<article><h1>Tram line extended</h1><div class='meta'><span "
                + "class='byline'>By Jane Doe</span></div>" + P1 + "<h2>What it costs</h2><div class='advertisement'>"
                + "<a href='https://shop.example/'>Tram mugs from 9 euros</a></div>" + P2 + "<h2>Our shop</h2>"
                + "<div class='advertisement'><a href='https://shop.example/'>Tram mugs from 9 euros</a></div>"
                + "<h2>What residents say</h2>" + P3 + "</article>");

        assertThat(cleaned.content().select("h1, h2").eachText())
                .containsExactly("Tram line extended", "What it costs", "What residents say");
        assertThat(cleaned.removed()).anySatisfy(removal -> assertThat(removal.rule()).isEqualTo("orphan-heading"));
    }

    @Test
    void removesASlidersTitleLeftAloneInItsBoxButNotATipsHeadingOverThePostItQuotes() {
        final String slide = "<div class='swiper-slide product-card'><p>Whetting steel, ceramic, 26 cm</p><p>49,00 €"
                + "</p><a href='https://shop.example/steel'>To the shop</a></div>";
        final CleanedContent cleaned = cleaned("<article><h1>Caring for your knives</h1>" + P1
                + "<div class='product-slider'><h3>From our shop</h3><div class='swiper'><div class='swiper-wrapper'>"
                + slide.repeat(3) + "</div></div></div>" + P2 + "<h3>Avignon: coffee and macarons</h3>"
                + "<blockquote class='instagram-media'><a href='https://instagram.com/p/1'>View this post on "
                + "Instagram</a> A post shared by Le Saint Chocolat</blockquote><h3>Gordes: brunch</h3>" + P3
                + "</article>");

        assertThat(cleaned.content().select("h3").eachText())
                .containsExactly("Avignon: coffee and macarons", "Gordes: brunch");
        assertThat(cleaned.content().text()).doesNotContain("From our shop", "Whetting steel", "View this post");
    }

    @Test
    void keepsAFactBoxWhoseComponentFramesItsHeadingAndList() {
        final String text = clean("<main><div class='component rich-text'><div class='component-content'>" + P1 + P2
                + "</div></div><aside class='component fact-box'><div class='component-content'><h3>At a glance</h3>"
                + "<ul><li>Cost: 420 million euros</li><li>New jobs: 650</li><li>Opening: spring 2028</li></ul></div>"
                + "</aside><div class='component rich-text'><div class='component-content'>" + P3
                + "</div></div></main>");

        assertThat(text).contains("Cost: 420 million euros", "New jobs: 650", "northern districts");
    }

    @Test
    void keepsTheArticlesHeaderWhateverItsNoticeSaysButNotTheNotice() {
        final String text = clean("<article><header><h1>Velta recalls 212,000 cars</h1><p class='dek'>A software bug "
                + "can leave the rear camera blank. A fix is coming over the air.</p><p>GearLine may earn a commission "
                + "when you buy through links on our site.</p></header><div class='body'>" + P1 + P2 + P3
                + "</div></article>");

        assertThat(text).contains("A software bug can leave the rear camera blank", "northern districts")
                .doesNotContain("earn a commission");
    }

    @Test
    void keepsAStandfirstInABoxOfItsOwnUnderTheBylineAndDateLines() {
        final String text = clean("<div class='_a1'><div class='_b2'><div class='_c3'>Transport</div><h1>Tunnel "
                + "closed for the weekend</h1><div class='_d4'>Nele Carstens</div><div class='_e5'>19.10.24, 14:02"
                + "</div><div class='_f6'>Bumper to bumper: because of building work in the tunnel, almost nothing "
                + "moved on the motorway on Saturday.</div><div class='_g7'>" + P1 + P2 + P3 + "</div></div></div>");

        assertThat(text).startsWith("Bumper to bumper").contains("northern districts");
    }

    @Test
    void looksForAStandfirstUnderAHeadlineFollowedByThousandsOfShortLinesInTime() {
        final StringBuilder menu = new StringBuilder("<header><h1>City news today</h1>");
        for (int i = 0; i < 16_000; i++) {
            menu.append("<div>Item ").append(i).append("</div>");
        }
        final String text = clean(menu + "</header><article>" + P1 + P2 + P3 + "</article>");

        assertThat(text).contains("tram line", "northern districts");
    }

    @Test
    void keepsASummarysPointsWrittenAsHeadlinesInABoxBeforeTheBody() {
        final String text = clean("<main><div class='head'><h1>Storm floods the valley</h1></div><section "
                + "class='key-points'><h3>Key points</h3><ul><li>Three hundred people evacuated from their homes in "
                + "Faenza</li><li>Schools closed on Friday in 23 towns of the region</li></ul></section><div "
                + "class='liveblog'>" + P1 + P2 + P3 + "</div></main><aside class='rail'><ul><li><a href='/a'>Most "
                + "read: council tax rises again</a></li></ul></aside>");

        assertThat(text).contains("Three hundred people evacuated", "Schools closed on Friday", "northern districts")
                .doesNotContain("Most read");
    }

    @Test
    void keepsASummarysPointsInAnAsideAtTheTopOfTheArticle() {
        final String text = clean("<article><aside class='key-points'><h2>Key points</h2><ul><li>The tram line will "
                + "reach the northern districts</li><li>Construction starts in the spring of 2026</li></ul></aside>"
                + P1 + P2
                + P3 + "</article>");

        assertThat(text).contains("The tram line will reach the northern districts",
                "Construction starts in the spring");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<article><p>The council voted on Tuesday to extend the tram line.</p>"
                    + "<p>Construction is due to start next spring, officials said.</p></article>",
            "<div>The council voted on Tuesday to extend the tram line.</div>"})
    void removesTheLongCommentSectionUnderAShortArticleOrABrief(final String article) {
        final CleanedContent result = cleaned(article + "<section id='comments'>" + comments(15, "p")
                + "</section>");
        final String text = renderer.render(result.content(), "https://x.example/", Deadlines.ample()).text();

        assertThat(text).contains("voted on Tuesday to extend the tram line").doesNotContain("Reply");
        assertThat(result.removed()).extracting(Removal::rule).contains("comments");
    }

    /** Readers' comments, each in a box whose class says so, their text in the given tag. */
    private static String comments(final int count, final String tag) {
        final StringBuilder comments = new StringBuilder();
        for (int i = 0; i < count; i++) {
            comments.append("<div class='comment'><span>user").append(i).append("</span><").append(tag)
                    .append(">Reply ").append(i).append(": it works here on the same network, so try switching ")
                    .append("mobile data off and on.</").append(tag).append("></div>");
        }
        return comments.toString();
    }

    @Test
    void keepsALinkWrittenIntoASentenceWhateverItsClassSays() {
        final String text = clean("<article>" + P1 + "<p>The works will be paid for by a <a class='popup' href='/g'>"
                + "transport levy</a>, the mayor said.</p><p>Families liked it. <a class='affiliate-link' href='/shop'>"
                + "This wooden tram</a> is sold at the depot.</p>" + P2 + "<div class='popup'><a href='/s'>Sign up for "
                + "alerts</a></div>" + P3 + "</article>");

        assertThat(text).contains("paid for by a transport levy, the mayor said.")
                .contains("Families liked it. This wooden tram is sold at the depot.").doesNotContain("Sign up");
    }

    @Test
    void removesAnInlineRelatedArticleLinkButKeepsAParagraphThatIsOneLink() {
        final String text = clean("<article>" + P1
                + "<p><strong>Related article:</strong> <a href='/other'>Mayor resigns after vote</a></p>" + P2
                + "<p><a href='/report'>The full report on the tram extension is available on the council website.</a></p>"
                + P3 + "</article>");

        assertThat(text).doesNotContain("Related article").doesNotContain("Mayor resigns")
                .contains("The full report on the tram extension is available on the council website.");
    }

    @Test
    void explainsEveryRemovalWithRulePathAndSnippet() {
        final CleanedContent result = cleaned("<nav id='menu'><a href='/'>Home</a> <a href='/news'>News</a></nav>"
                + "<article>" + P1 + "<div class='newsletter-box'>Sign up for our morning briefing</div>" + P2 + P3 + "</article>");

        assertThat(result.removed()).anySatisfy(removal -> {
            assertThat(removal.rule()).isEqualTo("navigation");
            assertThat(removal.path()).isEqualTo("nav#menu");
            assertThat(removal.snippet()).isEqualTo("Home News");
        });
        assertThat(result.removed()).anySatisfy(removal -> {
            assertThat(removal.rule()).isEqualTo("newsletter-signup");
            assertThat(removal.reason()).contains("newsletter");
            assertThat(removal.path()).contains("div.newsletter-box");
        });
    }

    @Test
    void aClassNamingBoilerplateDoesNotRemoveTheElementHoldingTheArticle() {
        final String text = clean("<div class='content has-comments'>" + P1 + P2 + P3 + "</div>"
                + "<div class='comments'><p>First!</p></div>");

        assertThat(text).contains("tram line").contains("Construction is due").contains("northern districts");
    }

    @Test
    void keepsTheLeadFigureCaptionBesideTheArticleBody() {
        final CleanedContent cleaned = cleaned("<div class='story'><h1>Tram line extended</h1>"
                + "<figure><img src='/t.jpg'><figcaption>A tram at the central station.</figcaption></figure>"
                + "<div class='story-body'>" + P1 + P2 + P3 + "</div>"
                + "<ul class='tags'><li><a href='/t/trams'>Trams</a></li><li><a href='/t/city'>City</a></li></ul></div>");

        final String html = renderer.render(cleaned.content(), "https://x.example/", Deadlines.ample()).html();
        assertThat(html).contains("<figcaption>A tram at the central station.</figcaption>").doesNotContain("Trams");
    }

    @Test
    void removesAPermalinkAndAPostsDateAndCategoryLineBetweenTheParagraphs() {
        final String text = clean("<article>" + P1 + "<div>Permalien <a href='https://x.example/p/RPYx'>"
                + "https://x.example/p/RPYx</a></div>" + P2 + "<p>News date : 04/21/2022 Category : Press Releases</p>"
                + P3 + "<h2>Permalinks and SEO</h2><p>The permalink of a page is its address.</p></article>");

        assertThat(text).contains("voted on Tuesday", "Construction is due", "Residents of", "Permalinks and SEO",
                        "The permalink of a page")
                .doesNotContain("Permalien", "News date", "Press Releases");
    }

    @Test
    void keepsAKeyPointsBoxThatAContentSystemWrapsInFramesAboveTheArticle() {
        // Key points and the guide's contents: longer than a lede alone, some 1600 characters.
        final String points = "<li>The council voted on Tuesday to extend the tram line, after years of debate.</li>"
                .repeat(20);
        final String text = clean("<div class='guide'><div id='c1'><div class='frame'><div class='intro-box'>"
                + "<div>The key points</div><ul>" + points
                + "<li>Construction starts next spring and ends in 2028.</li></ul></div></div></div>"
                + "<div class='body'>" + (P1 + P2 + P3).repeat(3) + "</div></div>"
                + "<div class='more'><a href='/a'>Another story</a></div>");

        assertThat(text).contains("The key points", "Construction starts next spring", "Residents of")
                .doesNotContain("Another story");
    }

    @Test
    void keepsTheStoryAboveABoxThatHidesItsRestBehindAReadMoreLink() {
        final String text = clean("<div class='box'><div class='intro'><p><strong>The lede of the story, in its"
                + " own box above the body, which the council's vote ended.</strong></p></div>" + P1
                + "<div id='read-more'><div><a href=''>Read more</a></div><div class='slot'></div>"
                + "<div id='rest'>" + P2 + P3 + P1.replace("council", "city council") + "</div></div></div>"
                + "<div class='more'><a href='/a'>Another story</a></div>");

        assertThat(text).contains("The lede of the story", "voted on Tuesday", "Construction is due", "Residents of")
                .doesNotContain("Read more", "Another story");
    }

    @Test
    void removesAVideoPlayersControlsAndSettingsInsideTheArticle() {
        final String text = clean("<article>" + P1 + "<div class='player'><video src='/v.mp4'></video>"
                + "<div class='vjs-control-bar'><div>Play</div><div>Current Time 0:00</div></div>"
                + "<div class='player-settings'><div>Video Quality</div><div>High (HD)</div></div></div>"
                + P2 + P3 + "</article>");

        assertThat(text).contains("voted on Tuesday", "Construction is due", "Residents of")
                .doesNotContain("Play", "Current Time", "Video Quality", "High (HD)");
        assertThat(clean("<article><h2 id='settings'>Settings</h2>" + P1 + P2 + P3 + "</article>"))
                .startsWith("Settings");
    }

    @Test
    void removesAVideoPlayersSettingsMenuByItsWordsWhateverItsClassesButNotASentenceThatNamesTwoOfThem() {
        final String text = clean("<article>" + P1 + "<div class='yz-box'><div>Video Quality</div><div>Auto</div>"
                + "<div>High (HD)</div><div>Closed Caption Settings</div><div>Playback Speed</div><div>Position</div>"
                + "</div>" + P2
                + "<p>The council's new video player has picture-in-picture and a playback speed control.</p>" + P3
                + "</article>");

        assertThat(text).doesNotContain("Video Quality", "High (HD)", "Closed Caption", "Position")
                .contains("has picture-in-picture and a playback speed control", "tram line", "northern districts");
    }

    @Test
    void keepsAFormulaThatMathJaxGaveAContextMenuButNotTheSitesMenu() {
        final String text = clean("<article>" + P1 + "<p>The fare rises to "
                + "<mjx-container class='MathJax CtxtMenu_Attached_0'><math><mi>x</mi><mo>+</mo><mn>2</mn></math>"
                + "</mjx-container> euros.</p>" + P2 + P3
                + "<div class='menu'><a href='/news'>News</a></div></article>");

        assertThat(text).contains("The fare rises to x+2 euros.").doesNotContain("News");
    }

    @Test
    void removesHiddenElementsButNotAHiddenArticleBodyAScriptWouldReveal() {
        final String longText = P1.repeat(12);
        final String text = clean("<div style='display:none'>Hidden promo</div>"
                + "<div class='article' style='display: none'>" + longText + "</div>");

        assertThat(text).doesNotContain("Hidden promo").contains("tram line");
    }

    @Test
    void bringsTogetherAnArticleSplitOverSeveralBoxesWithItsLedeAndSubHeadings() {
        final String text = clean("<div class='page'><div class='story-lead'><p>The lede of the story, in its own box above the body.</p></div>"
                + "<div class='story-body'>" + P1 + P2 + "</div>"
                + "<div class='ad-slot'>Advertisement</div>"
                + "<h2>What happens next</h2>"
                + "<div class='story-body'>" + P3 + "</div>"
                + "<div class='more-links'><a href='/a'>Another story</a> <a href='/b'>And another</a></div></div>");

        assertThat(text).contains("The lede of the story").contains("tram line").contains("What happens next")
                .contains("northern districts").doesNotContain("Advertisement").doesNotContain("Another story");
    }

    @Test
    void findsAnArticleWhoseParagraphsAreCustomElementsBesideAFootersParagraph() {
        final String paragraphs = (P1 + P2 + P3).replace("<p>", "<x-paragraph>").replace("</p>", "</x-paragraph>");
        final String text = clean("<site-header><a href='/'>Home</a></site-header><news-article><h1>Tram line "
                + "extended</h1><article-body>" + paragraphs + "</article-body></news-article><site-footer><p>Orbit "
                + "Wire covers the business and science of spaceflight.</p></site-footer>");

        assertThat(text).contains("tram line", "first trams", "northern districts").doesNotContain("Orbit Wire");
    }

    @Test
    void removesWebComponentsWhoseNamesSayTheyAreAShareBarAnAdOrANewsletter() {
        final String text = clean("<article>" + P1 + "<share-bar><share-button>Post</share-button><share-button>"
                + "Copy link</share-button></share-bar>" + P2 + "<ad-slot><ad-label>Advertisement</ad-label></ad-slot>"
                + "<newsletter-cta><span>Get the Launch Brief</span><span>Every launch, every week.</span>"
                + "</newsletter-cta>" + P3 + "</article>");

        assertThat(text).contains("tram line", "northern districts").doesNotContain("Post", "Copy link", "Launch");
    }

    @Test
    void keepsAQuotationsAttributionInItsFooterAndRemovesAWikisPrintFooter() {
        final String text = clean("<article>" + P1 + "<blockquote><p>We will have trams in the north by 2028.</p>"
                + "<footer>— <cite>Mayor Ada Brandt</cite></footer></blockquote>" + P2 + P3
                + "<div class='printfooter'>Retrieved from \"https://wiki.example/w/index.php?title=Tram\"</div>"
                + "</article>");

        assertThat(text).contains("Mayor Ada Brandt").doesNotContain("Retrieved from");
    }

    @Test
    void removesReadAlsoLeadInsInUrduMalaySerbianAndCatalanAndACatalanCommentSection() {
        final String text = clean("<article>" + P1 + "<p>مزید پڑھیں: <a href='/a'>ملک بھر میں لوڈ شیڈنگ</a></p>"
                + "<p>BACA: <a href='/b'>Harga minyak kekal</a></p>" + P2
                + "<p>Прочитајте још: <a href='/c'>Нови мост</a></p>"
                + "<p>Llegiu també: <a href='/d'>El turisme bat rècords</a></p>" + P3
                + "<section class='comentaris'><h3>Comentaris</h3><p>Per comentar cal ser subscriptor.</p></section>"
                + "</article>");

        assertThat(text).endsWith("at a public meeting.").doesNotContain("مزید", "BACA", "Прочитајте", "Llegiu");
    }

    @Test
    void findsAnArticleWrittenAsLooseTextWithLineBreaksBesideAnImageBox() {
        final String text = clean("<div id='story'><div class='image'><img src='/tram.jpg'></div>"
                + "<strong>The council voted on Tuesday to extend the tram line, a decision that ends years of debate.</strong>"
                + "<br><br>Construction is due to start next spring, and the first trams should run by 2028, officials said."
                + "<br><br>Residents of the northern districts, who rely on buses, welcomed the plan, the mayor said.</div>"
                + "<div class='about'><p>The City Gazette, founded in 1901, is the leading weekly for the region, read by "
                + "council members, business owners and families, every week, in print and online.</p></div>");

        assertThat(text).contains("extend the tram line").contains("first trams should run")
                .contains("northern districts").doesNotContain("leading weekly");
    }

    @Test
    void bringsTogetherAnArticleWrittenAsARowOfDeeplyNestedModules() {
        final StringBuilder page = new StringBuilder("<main>");
        for (final String paragraph : new String[] {P1, P2, P3, P1.replace("Tuesday", "Monday")}) {
            page.append("<div class='block'><section class='content-section'><div class='row'>")
                    .append("<div class='col-text'><div class='richtext'>").append(paragraph).append(paragraph.replace("<p>", "<p>Again, "))
                    .append("</div></div><div class='col-aside'><span>Photo: Jane Doe</span></div></div></section></div>");
        }
        final String text = clean(page.append("</main><div class='more'><a href='/a'>Another story</a></div>").toString());

        assertThat(text).contains("extend the tram line").contains("first trams should run")
                .contains("northern districts").contains("on Monday").doesNotContain("Another story");
    }

    @Test
    void removesTheTeasersUnderAMoreStoriesHeadingAtTheEndButNotTheArticleAfterOneInside() {
        final String teasers = "<h3>Other recent stories</h3><h4><a href='/a'>Bus lanes come to the old town</a></h4>"
                + "<p>The city will paint new lanes on four streets, and drivers are unhappy about it.</p>"
                + "<p><a href='/a'>Read more</a></p>";
        final CleanedContent atTheEnd = cleaned("<article>" + P1 + P2 + P3
                + "<p>A second phase, to the airport, is planned for the 2030s, but has no budget yet, the council said.</p>"
                + teasers + "</article>");
        final String inside = clean("<article>" + P1 + teasers + P2 + P3
                + "<p>A second phase, to the airport, is planned for the 2030s, but has no budget yet, the council said.</p>"
                + "</article>");

        assertThat(renderer.render(atTheEnd.content(), "https://x.example/", Deadlines.ample()).text())
                .contains("northern districts").doesNotContain("Other recent stories").doesNotContain("drivers are unhappy");
        assertThat(atTheEnd.removed()).extracting(Removal::reason)
                .contains("in the section \"Other recent stories\" after the article");
        assertThat(inside).contains("tram line").contains("northern districts").contains("airport");
    }

    @Test
    void removesAClosingListOfHeadlinesThatAnAdvertisementLabelBelowItHid() {
        final String text = clean("<article>" + P1 + P2 + P3
                + "<ul><li><a href='/bus'>Bus lanes come to the old town</a></li>"
                + "<li><p><a href='/night'>Night trams to run at weekends</a></p></li>"
                + "<li><p><a href='/fares'>Fares to rise in January</a></p></li></ul>"
                + "<div><span>Anzeige</span><a href='https://shop.example/'><img src='/ad.png'></a></div></article>");

        assertThat(text).endsWith("welcomed the plan at a public meeting.");
    }

    @Test
    void removesTheHeadingOfASearchBoxThePrunerTookOut() {
        final String text = clean("<article><h2>Suche</h2><form><input name=q></form>" + P1 + P2 + P3
                + "</article>");

        assertThat(text).doesNotContain("Suche").endsWith("welcomed the plan at a public meeting.");
    }

    @Test
    void removesPhotoCreditLinesThatNameTheImageRightsOrTheArticleImage() {
        final String text = clean("<article>" + P1 + "<p>Bildrechte: Stadtwerke Example</p>" + P2
                + "<p>Crédits photos : Agence Exemple</p>" + P3
                + "<p>Beitragsbild: Titelseite vom 2.4.2019</p></article>");

        assertThat(text).doesNotContain("Bildrechte").doesNotContain("Crédits").doesNotContain("Beitragsbild")
                .endsWith("welcomed the plan at a public meeting.");
    }

    @Test
    void removesAnAppealForTheReadersSupportInGermanOrSpanishButNotASentenceThatNamesOnePhrase() {
        final String text = clean("<article>" + P1 + P2
                + "<p>Der Verein dankte für deine Unterstützung beim Bau der neuen Haltestelle am Markt, die im "
                + "Mai eröffnet wird.</p>" + P3
                + "<p><strong>Gefällt dir unser Magazin? Wir haben keine Bezahlschranke.</strong><br><strong>Darum: "
                + "Hilf mit und unterstütze unser Magazin mit einem kleinen Beitrag.</strong></p>"
                + "<p>Hacemos periodismo desde hace 100 años. <strong>HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS "
                + "EXCLUSIVOS</strong></p></article>");

        assertThat(text).contains("deine Unterstützung beim Bau").doesNotContain("Gefällt dir")
                .doesNotContain("HAZTE MIEMBRO").endsWith("welcomed the plan at a public meeting.");
    }

    @Test
    void removesAppealsAdFreeOffersAndPaywallPromptsInFrenchItalianDutchPolishAndGerman() {
        final String text = clean("<article>" + P1
                + "<p>Chers lecteurs, le journalisme indépendant a un prix : faites un geste pour nous.</p>" + P2
                + "<p>Cari lettori, il giornalismo indipendente vive del tuo contributo.</p>"
                + "<p>Steun ons: onafhankelijke journalistiek kan niet zonder jou.</p>"
                + "<p>Drodzy Czytelnicy, niezależne dziennikarstwo potrzebuje wsparcia. Wesprzyj nas!</p>"
                + "<p>Ab 2 Euro pro Monat lesen Sie werbefrei. Unterstütze unabhängige Berichterstattung.</p>"
                + "<p>Accès illimité à tous nos articles, sans engagement, pour 1 € par mois.</p>"
                + "<p>Die Gewerkschaft lobte die unabhängige Berichterstattung der Lokalpresse über den Streit.</p>"
                + P3 + "</article>");

        assertThat(text).doesNotContain("Chers lecteurs", "Cari lettori", "Steun ons", "Drodzy", "werbefrei",
                "Accès illimité").contains("unabhängige Berichterstattung der Lokalpresse", "tram line",
                "first trams", "northern districts");
    }

    @Test
    void removesTheSortingLabelAboveTheAnswersOfAQuestion() {
        final String text = clean("<article>" + P1 + "<h2>6 Answers</h2><div><label>Sorted by:</label></div>" + P2
                + P3 + "</article>");

        assertThat(text).doesNotContain("Sorted by").contains("6 Answers", "tram line", "northern districts");
    }

    @Test
    void removesAnAdvertisingLabelLeftWhereTheAdWas() {
        final String text = clean("<article>" + P1 + "<div><span>ADVERTISING</span></div>" + P2 + P3 + "</article>");

        assertThat(text).doesNotContain("ADVERTISING").contains("tram line").contains("northern districts");
    }

    @Test
    void removesAdvertisingCommentAndShareLabelsInItalianPortugueseDutchAndPolish() {
        final String text = clean("<article>" + P1 + "<div><span>PUBBLICITÀ</span></div>" + P2
                + "<p>Publicidade</p><div>Advertentie</div><p>Sponsorowane</p>" + P3
                + "<h3>Commenti (3)</h3><p>Udostępnij</p></article>");

        assertThat(text).doesNotContainIgnoringCase("pubblicità").doesNotContain("Publicidade", "Advertentie",
                "Sponsorowane", "Commenti", "Udostępnij").contains("tram line", "first trams", "northern districts");
    }

    @Test
    void removesAnAdsCopyUnderItsLabelButNotASentenceThatOpensWithTheWord() {
        final String text = clean("<article>" + P1 + "<div><span>Sponsored</span><p>Move more boxes with less fuel. "
                + "Discover HarbourLink electric straddle carriers.</p><a href='https://partner.example/'>Learn more</a>"
                + "</div>" + P2 + "<div class='embed'><div class='ad-label'>Sponsored</div><div><p>Electric carriers "
                + "from Quayside.</p><a href='https://partner.example/'>Learn more</a></div></div><div><p>Sponsored by "
                + "the county, the <a href='/fest'>harbour festival</a> returns "
                + "in June with free concerts.</p></div><aside><b>Anzeige</b> <a href='https://shop.example/'>Jetzt "
                + "im Shop: Gartenmöbel zum halben Preis</a></aside>" + P3 + "</article>");

        assertThat(text).contains("tram line", "harbour festival returns", "northern districts")
                .doesNotContain("HarbourLink", "Quayside", "Gartenmöbel");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<div><div class='slot'><span>Advertisement</span></div><p>Residents can comment until "
            + "June on the <a href='https://city.example/parks'>city's website</a>, the council said.</p></div>",
            "<section><h3>Promoted</h3><p>Leicester City and <a href='https://league.example/'>Ipswich Town</a> "
                    + "return to the top flight.</p></section>",
            "<div><strong>Advertising</strong><p>Revenue from advertising fell 4 percent, the <a href='/report'>"
                    + "annual report</a> shows.</p></div>"})
    void keepsABoxOfTheArticlesThatAWordOfAnAdsLabelOpens(final String box) {
        final String text = cleanAmongParagraphs(box);

        assertThat(text).contains(Jsoup.parse(box).select("p").text().substring(0, 20));
    }

    @Test
    void removesStoryVideoPaywallShareAndAuthorBoxLabelsInMoreLanguagesWhateverColonEndsThem() {
        final String text = clean("<article><p>FULL STORY</p>" + P1 + "<div><span>Dela</span></div>" + P2
                + "<p>Dalsza część artykułu pod materiałem wideo</p><span>Abonelere özel</span><p>分享到：</p>"
                + "<h3>この記事を書いた人</h3>" + P3 + "</article>");

        assertThat(text).doesNotContain("FULL STORY", "Dela", "Dalsza", "Abonelere", "分享到", "この記事")
                .contains("tram line", "first trams", "northern districts");
    }

    @Test
    void removesDateLinesCreditsAndCommentPromptsThatOpenWithTheirLabelInOtherLanguages() {
        final String text = clean("<article>" + P1 + "<p>Publicado el 03/05/2022 a las 22h03</p>" + P2
                + "<p>Atualizado em 4 de maio de 2022</p><p>Crédito: Agência Municipal</p>" + P3
                + "<h3>Lascia un commento</h3></article>");

        assertThat(text).doesNotContain("Publicado", "Atualizado", "Crédito", "Lascia")
                .contains("tram line", "first trams", "northern districts");
    }

    @Test
    void removesBoxesWhoseClassNamesTheirKindInSpanishPortugueseFrenchOrItalian() {
        final String text = clean("<article>" + P1
                + "<div class='bloque-publicidad'>Espacio publicitario de la semana</div>" + P2
                + "<section class='noticias-relacionadas'><h3>Más del tema</h3><a href='/a'>Otra nota</a></section>"
                + "<div class='barra-compartir'>Facebook Twitter</div><div class='caixa-publicidade'>Oferta</div>"
                + P3 + "<div id='commentaires'>Soyez le premier à réagir</div>"
                + "<div class='box-commenti'>Nessuno ha ancora detto la sua</div></article>");

        assertThat(text).doesNotContain("Espacio publicitario", "Otra nota", "Facebook", "Oferta", "Soyez",
                "Nessuno").contains("tram line", "first trams", "northern districts");
    }

    @Test
    void removesLinksToOtherStoriesThatALeadInAnnouncesInSpanishPortugueseDutchAndPolish() {
        final String text = clean("<article>" + P1
                + "<p>También puede leer: <a href='/a'>El tranvía llega a la costa</a></p>" + P2
                + "<p>Leia mais: <a href='/b'>Nova linha de bonde</a></p><p>Zie ook: <a href='/c'>Tramlijn</a></p>"
                + P3 + "<p>Przeczytaj również: <a href='/d'>Nowa linia</a></p></article>");

        assertThat(text).doesNotContain("También", "Leia", "Zie ook", "Przeczytaj")
                .contains("tram line", "first trams", "northern districts");
    }

    @Test
    void removesPromptsToLogInBeforeCommentingInSeveralLanguages() {
        final String text = clean("<article>" + P1 + P2 + P3
                + "<p>Um den Tipp \"Tram fahren\" kommentieren zu können, müssen Sie eingeloggt sein.</p>"
                + "<p>You must be logged in to post a comment.</p><div>Enviá tu comentario</div></article>");

        assertThat(text).endsWith("welcomed the plan at a public meeting.");
    }

    @Test
    void removesPrintAndPinterestButtonsThoughAnArrowDecoratesThem() {
        final String text = clean("<article>" + P1 + "<div><a href='/print'>› Drucken</a></div>" + P2
                + "<div><a href='/print'>Rezept drucken</a> Bei Pinterest speichern</div>" + P3 + "</article>");

        assertThat(text).doesNotContain("Drucken").doesNotContain("Pinterest").contains("tram line");
    }

    @Test
    void keepsTheParagraphAPaywallShowsToAllInABoxOfItsOwnButNotThePromptTheArticleEndsWith() {
        final String text = clean("<article><h1>Tram line extended</h1><div itemprop='articleBody'>"
                + "<div class='subscriber-preview'><p>The city council voted 4-1 on Tuesday to extend the tram line to "
                + "the northern districts, ending years of debate.</p></div><div class='subscriber-only'>" + P1 + P2
                + P3 + "</div><div class='subscriber-login'><p>Log ind for at læse videre, eller få fuld adgang til "
                + "alle artikler for 1 kr. den første måned.</p></div></div></article>");

        assertThat(text).startsWith("The city council voted 4-1 on Tuesday").doesNotContain("Log ind");
    }

    @Test
    void removesAPageBuildersButtonsPromoBoxAndAuthorBoxButNotATableClassedBesideThePromoBox() {
        final String text = clean("<article><h1>Solar at home</h1><div class='entry-content'>" + P1
                + "<table class='avia-table el_before_av_promobox'><caption>Two systems compared</caption><tr><th>"
                + "Output</th><td>800 watts</td></tr></table><div class='av_promobox'><div class='avia-promocontent'>"
                + "<p>Which system suits your house? We advise you on site, free of charge.</p></div></div>" + P2
                + "<div class='wp-block-buttons'><div class='wp-block-button'><a class='wp-block-button__link' "
                + "href='/join'>Become a member of the club</a></div></div>" + P3 + "</div><div "
                + "class='saboxplugin-wrap'><div class='saboxplugin-authorname'>Lena</div><div "
                + "class='saboxplugin-desc'>"
                + "<p>Lena writes about energy and has installed solar panels on three roofs.</p></div></div>"
                + "</article>");

        assertThat(text).contains("Two systems compared", "800 watts", "northern districts")
                .doesNotContain("Which system suits", "Become a member", "Lena");
    }

    @Test
    void removesAGermanCallToPinTheArticleThatAsksWhetherItPleased() {
        final String text = cleanAmongParagraphs("<p class='lg-pinterest'>Dir hat der Artikel gefallen? Dann merke "
                + "ihn dir auf Pinterest!</p>");

        assertThat(text).doesNotContain("Pinterest").contains("first trams", "northern districts");
    }

    @Test
    void removesAShortAuthorBoxInTheArticleButNotTheAuthorsOfAListOfStories() {
        final String text = clean("<article>" + P1 + P2 + P3 + "<div class='herald-author'><h4>Anna</h4>"
                + "<p>Reporter for the city desk, cyclist, father of two.</p></div></article>");

        assertThat(text).doesNotContain("Reporter for the city desk");
        final CleanedContent listed = cleaned("<article>" + P1 + P2 + P3 + "<ul><li><p>The tram report, read by "
                + "the council in May.</p><span class='author'>Jane Example</span></li><li><p>The bus report, read "
                + "by the council in June.</p><span class='author'>Max Example</span></li></ul></article>");
        assertThat(renderer.render(listed.content(), "https://x.example/", Deadlines.ample()).text()).contains("Jane Example");
    }

    @Test
    void prefersTheTextUnderTheHeadlineToALongerBoxElsewhere() {
        final String text = clean("<div class='upper'><div class='top'><h1>Tram line to be extended</h1></div>"
                + "<div class='part'>" + P1 + P2 + "</div></div>"
                + "<div class='lower'><div class='box'><p>The City Gazette, founded in 1901, is the leading weekly for the "
                + "region, read by council members, business owners, teachers and families, in print and online.</p></div></div>");

        assertThat(text).contains("tram line").contains("first trams should run").doesNotContain("leading weekly");
    }

    @Test
    void aLedeUnderTheHeadlineDoesNotTakeThePlaceOfTheLongBodyBesideIt() {
        final String sentence = "The new line will run from the station to the hospital and then on to the "
                + "university campus in the north of the city. ";
        final String longParagraph = "<p>" + sentence.repeat(5) + "</p>";
        final String text = clean("<div class='top'><div class='wrap'><h1>Tram line to be extended</h1>"
                + "<div class='standfirst'><p>After years of debate, the council, the mayor, the residents and the "
                + "operator, finally, agree.</p></div></div></div>"
                + "<div class='lower'><div class='copy'>" + longParagraph + longParagraph.replace("new line", "second line")
                + longParagraph.replace("new line", "third line") + "</div></div>");

        assertThat(text).contains("The new line will run").contains("The second line will run");
    }

    @Test
    void removesLinkOnlyParagraphsUnderARelatedHeadingOrLabelThoughThePrunerMadeThemText() {
        final String text = clean("<article>" + P1 + "<p>Lesen Sie auch:</p><p><a href='/x'>Kommt die Tram zu spät?</a></p>"
                + P2 + P3 + "<p>A second phase, to the airport, is planned for the 2030s, but has no budget yet.</p>"
                + "<h3>Mehr zum Thema</h3><p><a href='/a'>Bus lanes come to the old town</a></p>"
                + "<p><a href='/b'>The depot will move to the north</a></p></article>");

        assertThat(text).contains("tram line").contains("northern districts").contains("airport")
                .doesNotContain("Kommt die Tram").doesNotContain("Lesen Sie auch").doesNotContain("Bus lanes")
                .doesNotContain("depot will move");
    }

    @Test
    void aHiddenXsClassIsNotHiddenButAHiddenClassIs() {
        final String text = clean("<article>" + P1 + "<p class='hidden-xs'>A paragraph only small screens skip, but still part of the article.</p>"
                + "<p class='hidden'>Hidden teaser text that the page never shows.</p>" + P2 + P3 + "</article>");

        assertThat(text).contains("only small screens skip").doesNotContain("Hidden teaser text");
    }

    @Test
    void aLongArticleShownInAModalIsNotAPopUp() {
        final String text = clean("<div class='modal'><div class='modal-body'>" + P1.repeat(6) + P2.repeat(6) + "</div></div>"
                + "<div class='popup'>Sign up for our morning briefing</div>");

        assertThat(text).contains("tram line").doesNotContain("Sign up for our morning briefing");
    }

    @Test
    void aFormThatWrapsTheWholePageIsThePage() {
        final String text = clean("<form id='aspnetForm'><div class='article'>" + P1 + P2 + P3 + "</div>"
                + "<form class='search'><input name='q'><button>Search the site</button></form></form>");

        assertThat(text).contains("tram line").contains("northern districts");
    }

    @Test
    void aFormThatWrapsThePageAfterASearchFormIsStillThePage() {
        final String text = clean("<form class='search'><input name='q'><button>Search the site</button>Search</form>"
                + "<form id='aspnetForm'><div class='article'>" + P1 + P2 + P3 + "</div></form>"
                + "<form class='newsletter'>Sign up for our morning briefing</form>");

        assertThat(text).contains("tram line").contains("northern districts").doesNotContain("morning briefing");
    }

    @Test
    void aFormThatWrapsThePageAfterManySearchFormsIsStillThePage() {
        final String searchForms = "<form class='search'><input name='q'>Search</form>".repeat(500);
        // A box to write in: the form is not kept for the prose it holds, only for being the page.
        final String page = "<form id='aspnetForm'><div class='article'>" + P1 + P2 + P3 + "</div>"
                + "<textarea name='comment'></textarea></form>";

        assertThat(clean(searchForms + page)).contains("tram line").contains("northern districts")
                .doesNotContain("Search");
    }

    @Test
    void aFormIsNotThePageWhenWhatIsLeftOfTheBodyHoldsAsMuchAgain() {
        final String form = "<form class='signup'><div>" + P1 + "</div><textarea name='note'></textarea></form>";

        // Beside the article, the form holds a third of the text; with the article hidden, all of it.
        assertThat(clean("<div class='article'>" + P2 + P3 + "</div>" + form)).doesNotContain("tram line");
        assertThat(clean("<div hidden>" + P2 + P3 + "</div>" + form)).contains("tram line");
    }

    @Test
    void removesNewsletterCallsToStayInformedButNotASentenceThatSaysSo() {
        final String text = clean("<article>" + P1 + P2
                + "<p>The mayor said residents should stay informed about the works through the council's website.</p>"
                + P3 + "<p>Mit unserem Newsletter bleiben Sie informiert</p>"
                + "<div><p>Stay up-to-date on our work.</p><a href='/subscribe'>Get email updates</a></div></article>");

        assertThat(text).contains("should stay informed about the works").contains("northern districts")
                .doesNotContain("Mit unserem Newsletter").doesNotContain("Stay up-to-date");
    }

    @Test
    void removesTheLinesThatCountViewsAndCommentsOrSayHowLongAVideoStaysOnline() {
        final CleanedContent cleaned = cleaned("<article>" + P1
                + "<p>Aufrufe: 1120 | Hinzugefügt von: Posh | Tags: Stadt, Verkehr</p><p>Kommentare insgesamt: 0</p>" + P2
                + "<div class='video'><p>Video verfügbar bis 28.02.2027</p></div>" + P3 + "</article>");

        final String text = renderer.render(cleaned.content(), "https://x.example/", Deadlines.ample()).text();
        assertThat(text).contains("tram line").contains("first trams").contains("northern districts")
                .doesNotContain("Aufrufe").doesNotContain("Kommentare insgesamt").doesNotContain("verfügbar bis");
        assertThat(cleaned.removed()).extracting(Removal::rule).containsOnly(Removal.ARTICLE_META);
    }

    @Test
    void removesAHitsCounterButNotAFactBoxsLineThatListsTheHits() {
        final String text = clean("<article><h1>Queen</h1>" + P1 + "<p>Hits: 1.234</p>" + P2
                + "<ul><li>Formed: 1970, London</li><li>Hits: Bohemian Rhapsody, Somebody to Love</li>"
                + "<li>Albums: 15</li></ul>" + P3 + "</article>");

        assertThat(text).contains("tram line", "Hits: Bohemian Rhapsody, Somebody to Love", "northern districts")
                .doesNotContain("1.234");
    }

    @Test
    void keepsTheIntroductionAndHeaderOfAListThatIsMostlyATable() {
        final StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            rows.append("<tr><td>Line ").append(i).append("</td><td>Opened in 19").append(50 + i)
                    .append(", it runs from the station to the harbour, with stops at the market, the school and the hospital.</td></tr>");
        }
        final String text = clean("<div class='list'><div class='intro'><p>This list of tram lines in the city gives each "
                + "line's number, the year it opened and its route, as the council published them in 2024.</p></div>"
                + "<table><caption>Tram lines</caption><thead><tr><th>Line</th><th>Route</th></tr></thead><tbody>"
                + rows + "</tbody></table></div><div class='sidebar'><a href='/a'>Buses</a> <a href='/b'>Ferries</a></div>");

        assertThat(text).startsWith("This list of tram lines").contains("Tram lines").contains("Line | Route")
                .contains("Line 11").doesNotContain("Ferries");
    }

    @Test
    void leavesTheMenuAndFooterRowsOfALayoutTableOutOfTheArticle() {
        final String text = clean("<table><tr><td colspan=2><a href='/'>Home</a> | <a href='/news'>News</a> | "
                + "<a href='/sport'>Sport</a></td></tr><tr><td>" + P1 + P2 + "</td><td>" + P3 + "</td></tr>"
                + "<tr><td colspan=2>Copyright 2024 The Gazette. Contact us</td></tr></table>");

        assertThat(text).contains("tram line").contains("northern districts").doesNotContain("Home")
                .doesNotContain("Copyright");
    }

    @Test
    void removesATipFormWithItsInstructions() {
        final String text = clean("<article>" + P1 + P2 + P3 + "<form class='tips'>"
                + "<p>Send us your tip: tell us what you saw, where it happened and when, and how our reporters can reach you again.</p>"
                + "<p>We read every message that reaches the desk, and we never name a source who asks us not to, whatever happens.</p>"
                + "<input name='name'><input type='email' name='mail'></form></article>");

        assertThat(text).contains("northern districts").doesNotContain("Send us your tip").doesNotContain("every message");
    }

    @Test
    void keepsAProductDescriptionInsideTheFormThatOrdersIt() {
        final String text = clean("<div class='shop'><h1>Fleece blanket with a name</h1><form class='order'>"
                + "<input name='amount' value='1'><button>Add to basket</button><div class='description'>"
                + "<p>A thick, two-layer fleece blanket, embroidered with your pet's name and a motif of your choice, made to order.</p>"
                + "<p>The two layers hide the back of the embroidery, so the blanket looks good from either side and lies flat.</p>"
                + "</div></form></div><div class='sidebar'><p>Free shipping on orders over 60 euros, always.</p>"
                + "<p>Every item is made to order in our workshop and leaves it within three weeks.</p>"
                + "<p>Returns are accepted within fourteen days for items without a name on them.</p></div>"
                + "<footer><p>Pet blankets, cushions and towels, embroidered by hand in our workshop since 2009.</p></footer>");

        assertThat(text).contains("embroidered with your pet's name").contains("looks good from either side");
    }

    @Test
    void removesACommentFormWithItsInstructions() {
        final String text = clean("<article>" + P1 + P2 + P3 + "<form id='commentform'>"
                + "<p><input name='author'><label>Name (required)</label></p><p><textarea name='comment'></textarea></p>"
                + "<p><small>Note: entries that advertise a business are deleted without notice, and every link in them is checked.</small></p>"
                + "<p><small>Spam: your comment may not appear at once. It is then moderated by hand and released a little later.</small></p>"
                + "</form></article>");

        assertThat(text).contains("tram line").doesNotContain("entries that advertise").doesNotContain("moderated by hand");
    }

    @Test
    void survivesDeeplyNestedMarkupWithoutOverflowingTheStack() {
        final String deep = "<div>".repeat(20_000) + P1 + "</div>".repeat(20_000);

        assertThat(clean(deep)).contains("tram line");
    }

    @Test
    void removesHusksOfHusksButKeepsMediaAndWhatHoldsIt() {
        final CleanedContent result = cleaned("<article>" + P1 + "<div><span> </span><div><b>\u00a0</b></div></div>"
                + "<div><span><img src='/a.jpg'></span></div><p><br></p><section><p> </p><hr></section>"
                + "<table><tr><td></td></tr></table>" + P2 + "</article>");
        result.content().ownerDocument().outputSettings().prettyPrint(false);

        assertThat(result.content().outerHtml()).isEqualTo("<article>" + P1 + "<div><div><b>&nbsp;</b></div></div>"
                + "<div><span><img src=\"/a.jpg\"></span></div><section><hr></section>" + P2 + "</article>");
    }

    @Test
    void endsThePrunersWalkOverAHugePageOnceTheBudgetIsSpent() {
        // A clock a millisecond later at each look: the budget of 2 ms is spent at the third.
        final AtomicLong now = new AtomicLong();
        final Deadline deadline = new Deadline(Duration.ofMillis(2), () -> now.getAndAdd(1_000_000));
        final String page = "<html><body><article><p>The council voted to extend the tram line.</p>"
                + "<div><span>x</span></div>".repeat(10_000) + "</article></body></html>";

        assertThatThrownBy(() -> new ArticleCleaner().clean(Jsoup.parse(page), deadline))
                .isInstanceOfSatisfying(RejectedRecordException.class,
                        e -> assertThat(e.getMessage()).contains("during pruning"));
    }
}
