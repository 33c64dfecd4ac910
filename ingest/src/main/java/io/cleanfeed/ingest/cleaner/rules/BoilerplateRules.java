package io.cleanfeed.ingest.cleaner.rules;

import io.cleanfeed.core.schema.Removal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rules the cleaner applies, in the order it tries them. Page rules judge markup and run over
 * the whole page before the article is located; content rules also judge text and run inside the
 * article once it is found, where they catch banners mixed into its paragraphs.
 */
public final class BoilerplateRules {

    /**
     * The name of the rules that remove comment sections: the cleaner keeps the comments of a page
     * they make up, a forum thread, and asks for the page rule by this name.
     */
    public static final String COMMENTS = "comments";

    /** More text than this in a "modal" or "overlay" is an article shown in one, not a pop-up. */
    private static final int MAX_WIDGET_CHARS = 1500;
    /** A reporter's contact line names the reporter and an address or two. */
    private static final int MAX_REPORTER_CONTACT_CHARS = 120;
    /**
     * A call to follow the site names it, and often says why: "Volg Die Kontrei Nuus op WhatsApp en kry
     * die jongste nuus reg op jou foon."
     */
    private static final int MAX_FOLLOW_CALL_CHARS = 160;
    /**
     * More text than this in an "author" box is an article or a list of them by the author, not a
     * byline or a short biography.
     */
    private static final int MAX_BYLINE_CHARS = 400;
    /**
     * A share bar's text per network it names: on both corpora at most 34 ("4 AM Facebook Twitter Show
     * more sharing options ..."), where paragraphs that name two networks run to 141 and more.
     */
    private static final int SHARE_BAR_CHARS_PER_HIT = 60;

    /** What opens a link to another story between an article's paragraphs, lower case. */
    public static final List<String> RELATED_LEAD_INS = List.of("related article", "related:", "related story",
            "related stories", "related coverage", "read more", "read also", "also read", "read next", "see also",
            // "Read" only set apart by its bar or colon ("READ | ..."): the bare word opens the article's own
            // sentences ("Read the council's full report here.") and words ("Read-along sessions start at 10am.").
            "also see", "read |", "read:", "don't miss:",
            "see more", "more:", "further reading", "recommended:", "recommended reading", "explore further",
            "watch:", "lesen sie auch", "lesen sie mehr", "lesen sie hier", "mehr zum thema", "mehr dazu",
            "auch interessant", "auch lesenswert", "schon gelesen", "zum weiterlesen", "weiterlesen:", "siehe auch",
            "читайте также", "читайте також", "дивіться також", "по теме", "lire aussi", "à lire aussi",
            "a lire aussi", "leer más", "lea también", "lea más", "lea:", "lee también", "lee:", "puedes ver",
            "te puede interesar", "le puede interesar", "mire:", "mira:", "leggi anche", "czytaj także",
            "czytaj też", "zobacz też", "zobacz także", "leia também", "veja também", "lees ook", "läs också",
            "les også", "læs også", "lue myös", "lue aiheesta lisää",
            "también puede leer", "también puedes leer", "también lea", "lea además", "vea también", "ver también",
            "más información:", "noticia relacionada", "leia mais", "saiba mais", "veja mais", "à lire également",
            "lire également", "voir aussi", "à voir aussi",
            "leggi pure", "vedi anche", "potrebbe interessarti", "lees meer", "lees verder", "zie ook",
            "bekijk ook", "przeczytaj także", "przeczytaj też", "przeczytaj również", "czytaj również",
            "zobacz również", "read more articles", "more articles by", "zobacz wideo", "【関連記事】", "関連記事:",
            "関連記事：", "اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "ilgili haber", "ilgili haberler", "haberin devamı",
            "קראו עוד", "קראו גם", "xem thêm", "đọc thêm", "διαβάστε επίσης", "διαβάστε ακόμα", "čtěte také",
            "čtěte též", "přečtěte si také", "관련기사", "相关阅读", "相关新闻", "延伸阅读", "watch", "lesetipp", "lesetipps",
            "baca juga", "simak juga", "kapcsolódó", "ajánló", "olvassa el", "بیشتر بخوانید", "مطالب مرتبط",
            "อ่านเพิ่มเติม", "อ่านข่าวที่เกี่ยวข้อง", "leé también", "leé más", "прочетете още", "прочетете също",
            "вижте още", "مزید پڑھیں", "یہ بھی پڑھیں", "baca:", "baca juga:", "прочитајте још", "pročitajte još",
            "pročitajte i", "llegiu també", "llegeix també", "també et pot interessar", "čitajte i", "lire la suite",
            "preberite tudi", "citește și", "citeşte şi", "citiți și", "vezi și", "skaitykite taip pat",
            "taip pat skaitykite", "loe ka", "loe lisaks", "lasi arī", "lasiet arī", "lestu einnig", "lestu líka",
            "sjá einnig", "oxu:", "oxu da", "həmçinin oxuyun", "basahin din", "basahin:", "ასევე წაიკითხეთ",
            "ასევე იხილეთ", "կարդացեք նաև", "կարդալ նաև", "ይህንንም ያንብቡ", "ተጨማሪ ያንብቡ", "මේවාත් කියවන්න",
            "මෙයත් කියවන්න", "ဆက်စပ်သတင်း", "ဆက်ဖတ်ရန်", "دا هم ولولئ", "نور ولولئ", "сондай-ақ оқыңыз",
            "оқи отырыңыз", "មើលផងដែរ", "អានបន្ថែម",
            "das könnte dich auch interessieren", "das könnte sie auch interessieren",
            "läs mer:", "läs även", "lue lisää:", "læs mere:", "les òg", "čítajte aj", "prečítajte si aj",
            "διαβάστε ακόμη", "ayrıca okuyun", "ayrıca bakınız",
            // A video's title over its player, announced as "watch" is.
            "watch the video", "guarda il video", "regardez la vidéo", "mira el vídeo", "assista ao vídeo",
            "bekijk de video", "sehen sie das video");

    /** "3 / 12", "Bild 2 von 5", "Slide 4 of 9", "1 von 18 Bildern": where a gallery is, not what it shows. */
    static final Pattern GALLERY_COUNTER = Pattern.compile("(?:(?:bild|foto|fotos|image|photo|slide|item|"
            + "zdjęcie|imagen|immagine|imagem|page|seite|página|pagina|strona|страница|question|frage)\\s+)?"
            + "\\d{1,3}\\s*(?:/|of|von|de|di|sur|z|van)\\s*\\d{1,3}"
            + "(?:\\s+(?:bildern|fotos|photos|images|imágenes|immagini|imagens|zdjęć))?");
    /**
     * "Hits: 1.234", how often the page was read, as Joomla counts it. Not "Hits:" before other
     * words: a fact box lists a band's hits so ("Hits: Bohemian Rhapsody, Somebody to Love").
     */
    static final Pattern HITS_COUNT = Pattern.compile("hits\\s*:\\s*\\d[\\d.,' ]*");
    /** "00:00 / 32:14": a player's elapsed and total time, with its download button's word. */
    static final Pattern PLAYER_TIME = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?\\s*/\\s*\\d{1,2}:\\d{2}(?::\\d{2})?"
            + "(?:\\s+(?:download|herunterladen|télécharger|descargar|scarica|baixar))?"
            // A player's countdown before the next video: "The video will start in 8", "Video startet in 5".
            + "|(?:the )?(?:next )?video (?:will start|starts|will begin|startet|beginnt) in(?: \\d{1,2})?"
            + "(?: seconds?| sekunden)?");
    /**
     * "Contact Lauren Pike at lpike@courier.example or 555-0142.": where to reach the reporter, the
     * line a local paper ends its stories with, after a question of the reader's or none ("Have a money
     * question? Email Derek at ...").
     */
    static final Pattern REPORTER_CONTACT = Pattern.compile("(?:[^.?!]{2,40}\\?\\s+)?"
            + "(?:contact|reach|email|e-mail)\\s+[\\p{L}.' -]{2,40}?\\s+"
            + "at\\s+[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+(?:\\s+or\\s+(?:at\\s+)?\\+?[\\d(][\\d .()/-]{5,20})?\\.?");
    /**
     * "Got a news tip? Send it to lorraine.santoro@patch.com.", "Were you at the games? Send your pictures
     * to newsdesk@...", "Know of a market we've missed? Email whatson@... and we'll add it to the list.":
     * the paper's question to its readers and where to send the answer, a line of its own. An article
     * that gives an address writes it into a sentence, not after a question put to the reader.
     */
    static final Pattern READER_CALL = Pattern.compile("[^.?!]{2,80}\\?\\s+(?:send|email|e-mail|write|contact|"
            + "tell|drop|message|schreiben|schicken|senden|mailen)\\b[^?!@]{0,80}?[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"
            + "[^?!@]{0,60}+");
    /** A question to the readers and an address: "Were you at the games? Send your pictures to ...". */
    private static final int MAX_READER_CALL_CHARS = 200;
    /** The places a site asks to be followed whose names the languages inflect ("na Facebooku", "Instagramissa"). */
    private static final List<String> INFLECTED_NETWORKS = List.of("google news", "whatsapp", "telegram", "twitter",
            "facebook", "instagram", "linkedin", "youtube", "tiktok", "viber");
    private static final List<String> OTHER_NETWORKS = List.of("google haberler", "x", "threads", "bluesky", "signal");
    private static final String NETWORKS = "(?:(?:" + String.join("|", INFLECTED_NETWORKS) + ")\\p{L}{0,5}|"
            + String.join("|", OTHER_NETWORKS) + ")";
    /** What a call to follow the site names, one at least: " x", the letter alone, is in most lines. */
    private static final List<String> NETWORK_WORDS = Stream.concat(INFLECTED_NETWORKS.stream(),
            OTHER_NETWORKS.stream()).map(network -> network.equals("x") ? " x" : network).toList();
    /** Calls that name the site as "us": the place may follow them in any words ("Seko mums arī Telegram"). */
    private static final String CALLS_TO_US = "(?:follow us|join us|síguenos|suivez-nous|seguici|siga-nos|"
            + "folgen sie uns|folge uns|volg ons|pratite nas|seko mums|sekojiet mums|sundan kami|urmărește-ne|"
            + "urmăriți-ne|sekite mus|jälgi meid|jälgige meid|fylgdu okkur|bizi izləyin|obserwuj nas|"
            + "следите за нами|стежте за нами|слідкуйте за нами)";
    /**
     * Calls that name the site: the place follows a preposition, or is a channel ("Join the X
     * WhatsApp channel", "Iscriviti al nostro canale Telegram").
     */
    private static final String CALLS = "(?:follow|join|like|ακολουθήστε|sledujte|theo dõi|siga|suivez|rejoignez|"
            + "folgen sie|folge|únete a|volg|iscriviti|segui il canale|segui la pagina|dołącz do|следите за|"
            + "стежте за|слідкуйте за|подписывайтесь на|підписуйтесь на|urmărește|urmăriți|urmăreşte|urmăriţi)";
    private static final String PLACE_PREPOSITIONS = "(?:on|στο|στα|na|trên|no|nos|nel|sul|su|sur|auf|bei|en|op|"
            + "в|у|на|in|at|sa|pe)";
    private static final String CHANNELS = "(?:channel|community|group|kanal|canal|canale|kanaal|каналі|канал|каналу)";
    /**
     * Why a call that names the site says to follow it: for the news ("... on WhatsApp for the
     * biggest stories from across the county", "... channel to get news updates as they happen",
     * "... op WhatsApp en kry die jongste nuus", "... on WhatsApp and stay up to date"). Only so:
     * "Follow the trial on X and see how the jurors ..." goes on into what an article says.
     */
    private static final String FOLLOW_REASON = "(?:\\s+(?:for|to|and|und|um|y|e|et|en|para|per|pour|om|και)\\b"
            + "[^.!?]{0,80}?\\b(?:news|updates?|stor(?:y|ies)|headlines|insights|alerts|up to date|informed|"
            + "nachrichten|neuigkeiten|noticias|notícias|notizie|nouvelles|actualités?|nieuws|nuus|wiadomości|"
            + "новости|новини|ειδήσεις)\\b[^.!?]{0,60}+)";
    /**
     * "Follow Bharat Times on Google News", "Ακολουθήστε την Καθημερινή στο Google News", "Follow Al
     * Qantara English: Facebook X Instagram", "Join the Lagos Standard WhatsApp channel.", "Die
     * Rundschau gibt es auch auf WhatsApp. Jetzt Kanal abonnieren!", "¡Síguenos en nuestro canal de
     * WhatsApp y recibe las noticias!", "Bizi Google Haberler'den takip edin": a call to follow the
     * site somewhere, the place named within a few words of the call and after a preposition, the
     * line ending there but for a button's words; a call that says "us" may give its reason after the
     * place. Turkish puts the call last. Not "Follow the debate on X, where both candidates ...",
     * "Follow-up posts on X", "Folge 4 der Serie ist ab Freitag auf YouTube zu sehen", nor a quoted
     * slogan («Síguenos en WhatsApp y no te pierdas nada», dice el anuncio; » and › are bullets as
     * often as quotation marks, and read past). The tails take
     * what they match for good: a line of words that backs off and tries again took milliseconds.
     */
    static final Pattern FOLLOW_CALL = Pattern.compile("[^\\p{L}\\p{N}" + QuotationMarks.NEVER_BULLETS + "]{0,4}(?:"
            + CALLS_TO_US + "\\b[^.!?]{0,40}?\\b" + NETWORKS + "\\b[^.!?]{0,120}+|(?:" + CALLS
            + "\\b(?!-)(?:[^.!?:,]{0,60}?\\b"
            + PLACE_PREPOSITIONS
            + "\\s+(?:our\\s+)?" + NETWORKS + "(?:\\s*(?:,|and|et|y|e|und|i|и|&)\\s*" + NETWORKS + ")*(?:\\s+"
            + CHANNELS + ")?|[^.!?:,]{0,60}?\\b" + NETWORKS + "[\\s-]+"
            + CHANNELS + "|[^.!?:,]{0,60}?\\b" + CHANNELS + "\\s+" + NETWORKS + "|[^.!?:,]{1,40}?:\\s*" + NETWORKS
            + "(?:[\\s,|·/]+" + NETWORKS + ")*)" + FOLLOW_REASON
            + "?|[^.!?]{0,60}\\bgibt es\\s+(?:jetzt\\s+)?auch\\s+(?:auf|bei)\\s+"
            + NETWORKS + ")\\b)(?:[.!](?:\\s+[^.!?]{1,30}+[.!]?)?)?"
            + "|[^.!?]{0,80}\\b" + NETWORKS + "\\b[^.!?]{0,30}\\b(?:takip edin|abone olun)[.!]?");

    /**
     * "Powered by Connatix", "Voiced by BeyondWords": a player's or a widget's credit to its vendor, a
     * name of a word or three; "Powered by a 3.5-litre V6, the car ..." goes on into a sentence.
     */
    static final Pattern VENDOR_CREDIT = Pattern.compile("(?:powered|voiced) by [^\\s,;:]++(?: [^\\s,;:]++){0,2}");
    /**
     * "Updated 2 minutes ago", "Asked 8 years, 2 months ago", "vor 3 Stunden", "hace 2 días", "Modified today".
     * Not "Yesterday" alone: a live blog's day heading.
     */
    static final Pattern RELATIVE_TIME = Pattern.compile("(?:(?:updated|aktualisiert|mis à jour|actualizado|"
            + "aggiornato|atualizado|posted|asked|modified|answered|edited)\\s*:?\\s*)?(?:"
            + "(?:(?:\\d{1,3}|an?)\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?),?\\s*)"
            + "{1,2}ago|"
            + "vor\\s+(?:\\d{1,3}|einer?|einem)\\s+(?:sekunden?|minuten?|stunden?|tag|tagen|wochen?|monaten?|monat|"
            + "jahren?|jahr)|"
            + "il y a\\s+\\d{1,3}\\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)|"
            + "hace\\s+\\d{1,3}\\s+(?:segundos?|minutos?|horas?|días?|semanas?|meses|años?)|"
            + "\\d{1,3}\\s+(?:secondi?|minuti?|ore|ora|giorni|giorno|settimane|settimana|mesi|mese|anni|anno)\\s+fa|"
            + "há\\s+\\d{1,3}\\s+(?:segundos?|minutos?|horas?|dias?|semanas?|meses|anos?)|"
            + "\\d{1,3}\\s+(?:seconden?|minuten|minuut|uur|dagen|dag|weken|week|maanden|maand|jaar)\\s+geleden|"
            + "\\d{1,3}\\s+(?:sekund|minut|minuty|godzin|godziny|dni|tygodni|miesięcy|lat)\\s+temu|"
            + "(?:updated|modified|asked|answered|edited|posted|aktualisiert)\\s+(?:today|yesterday|heute|gestern)|"
            + "just now|gerade eben)");
    /**
     * "8 min read", "Lesezeit: 3 Minuten", "3 min de lecture", "5 dk okuma": how long the article takes
     * to read, which the article does not say of itself.
     */
    static final Pattern READING_TIME = Pattern.compile("(?:(?:reading time|read time|lesezeit|lesedauer|"
            + "temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|czas czytania|"
            + "okuma süresi|время чтения)\\s*:?\\s*)?(?:ca\\.\\s*|about\\s+)?\\d{1,3}\\s*(?:-\\s*\\d{1,3}\\s*)?"
            + "(?:min\\.?|mins|minutes?|minuten|minuti|minutos|minut|minuty|dk|dakika|мин\\.?|минут[ы]?)"
            + "(?:\\s+(?:read|reading|lesezeit|lesedauer|de lecture|de lectura|di lettura|de leitura|leestijd|"
            + "czytania|okuma|чтения))?|\\d{1,3}\\s*分で読めます");

    private BoilerplateRules() {
    }

    /**
     * A label in an element of its own, and the ad's copy and call after it in the same short box: on
     * the page, before a class word takes the label alone ({@code div.ad-label}), and in the article.
     */
    private static RemovalRule labelledAds() {
        return new LabelledAdRule("advertisement", new ExactTextRule("advertisement", Set.of("advertisement",
                "advertising", "advert", "anzeige", "werbung", "реклама", "publicité", "publicidad", "publicidade",
                "pubblicità", "reclame", "advertentie", "reklama", "annons", "annonse", "mainos", "hirdetés",
                "iklan", "reklam", "sponsored", "sponsored content", "paid content", "paid post", "partner content",
                "promoted", "sponsorizzato", "contenuto sponsorizzato", "patrocinado", "contenido patrocinado",
                "gesponsord", "sponsorowane", "contenu sponsorisé", "إعلان", "פרסומת", "광고", "広告", "广告")));
    }

    /** Rules that may remove any element of the page, judged by tag, role, class and id. */
    public static List<RemovalRule> page() {
        return List.of(
                labelledAds(),
                new SkipLinkRule(),
                new MarkupRule("navigation", Set.of("nav", "menu"), Set.of("navigation", "menubar", "menu", "search")),
                new MarkupRule("dialog", Set.of("dialog"), Set.of("dialog", "alertdialog")),
                new ClassWordRule("dialog", Set.of("modal", "popup", "pop-up", "overlay", "lightbox", "interstitial",
                        "age-gate", "agegate", "modal-dialog", "fancybox", "colorbox", "flyout"), MAX_WIDGET_CHARS),
                new Panels(new ClassTokenRule(Removal.HIDDEN, Set.of("hidden", "d-none", "is-hidden", "hide",
                        "invisible", "vjs-hidden", "js-hidden", "u-hidden", "display-none", "visuallyhidden",
                        "hidden-all"))),
                new QuoteAttributions(new MarkupRule("page-footer", Set.of("footer"), Set.of("contentinfo"))),
                new InArticleFactBoxes(new MarkupRule("sidebar", Set.of("aside"), Set.of("complementary"))),
                new ClassWordRule("cookie-consent", Set.of("cookie", "cookies", "consent", "gdpr", "cmpbox",
                        "cmpwrapper", "onetrust", "didomi", "cookiebot", "usercentrics", "truste", "cookiebanner",
                        "cookie-banner", "cc-window",
                        "ot-sdk-container", "fc-consent-root", "qc-cmp2-container", "dsgvo", "gdpr-popup",
                        "privacy-popup", "cookie-notice", "cookie-law", "cookieconsent", "borlabs-cookie", "cmplz",
                        "moove_gdpr", "cookielaw", "eu-cookie", "cookienotice", "cookiebar", "cookiewarning",
                        "cookiehint", "cookiepolicy", "cookiedisclaimer")),
                new ReportedParagraphs(new ClassWordRule("paywall-prompt", Set.of("paywall", "piano", "metered",
                        "meter", "regwall", "tp-modal", "tp-container", "tp-backdrop", "subscribe", "subscription",
                        "subscriptions", "subscriber", "offer", "offers", "upsell", "abo", "abonnement", "suscripcion",
                        "abbonamento"))),
                new ClassWordRule("newsletter-signup", Set.of("newsletter", "newsletters", "signup", "sign-up",
                        "optin", "opt-in", "mailchimp", "mc4wp", "email-signup", "boletin", "infolettre", "hirlevel")),
                new ClassWordRule("donation-appeal", Set.of("donate", "donation", "donations", "contribute",
                        "contribution", "contributions", "support-us", "membership", "fundraising", "supporter",
                        "spenden", "donar")),
                new ClassWordRule(Removal.SHARE_BAR, Set.of("share", "sharing", "sharebar", "social", "sharethis",
                        "addthis", "shariff", "sharer", "sharedaddy", "socialshare", "social-share", "shareaholic",
                        "a2a_kit", "print-button", "printfriendly", "compartir", "compartilhar", "partager",
                        "condividi", "teilen", "delen", "udostepnij")),
                new LinklessQuotations(new ClassWordRule("related-links", Set.of("related", "relatedposts",
                        "related-posts", "jp-relatedposts",
                        "yarpp", "crp_related", "recommended", "recommendations", "linklist", "link-list",
                        "inline-teaser", "read-also", "readalso", "more-articles", "morearticles",
                        "more-stories", "trending", "popular", "most-read", "mostread", "outbrain", "taboola",
                        "recirculation", "recirc", "also-read", "read-next", "readnext", "up-next", "upnext",
                        "teasers", "relacionadas",
                        "relacionados", "correlati", "lire-aussi", "leia-tambem", "lees-ook", "mas-leidas",
                        "mas-leidos", "mais-lidas", "piu-letti", "meistgelesen", "kapcsolodo", "ajanlo"))),
                new ClassWordRule("advertisement", Set.of("ad", "ads", "advert", "adverts", "advertisement",
                        "advertising", "adslot", "adunit", "adsbygoogle", "dfp", "sponsor", "sponsored",
                        "promoted", "werbung", "anzeige", "reklama", "affiliate", "affiliatelinks", "affiliate-link",
                        "ecommerce", "shopping", "deals", "deal-card", "deals-box", "deal-box", "publicidad",
                        "publicidade", "publicite", "pubblicita", "reclame", "advertentie", "adv", "hirdetes", "iklan",
                        "cta",
                        "call-to-action", "hs-cta-wrapper", "topad", "adlabel", "adbox", "adbanner", "adcontainer",
                        "adwrapper", "adzone",
                        // Amazon's product boxes as the affiliate plugins of blogs write them (AAWP, AmaLinks).
                        "aawp", "amalinks")),
                new ReviewedProducts(new ClassWordRule("advertisement", Set.of("item-product", "product-box",
                        "productbox", "product-card", "product-cards"))),
                new LinklessTeasers(new ClassWordRule("advertisement", Set.of("teaser-list", "teaserlist",
                        "teaser-box", "more-teaser"))),
                // A promo box is a line or two; a site may also wrap its story's free part in one.
                new ReportingBoxes(new ClassWordRule("advertisement", Set.of("promo"))),
                // Exact tokens: Enfold names the element before one "el_before_av_promobox".
                new ReportingBoxes(new ClassTokenRule("advertisement", Set.of("av_promobox", "promobox",
                        "promo-box"))),
                new ClassWordRule(COMMENTS, Set.of("comment", "comments", "disqus", "discussion", "kommentare",
                        "reader-responses", "reader-comments",
                        "respond", "comment-respond", "commentlist", "comment-list", "comentarios", "commentaires",
                        "commenti", "reacties", "komentarze", "guestbook", "guest-book", "condolences", "comentaris",
                        // Lists of comments, not "kommentaar" or "yorum", which are an opinion piece too.
                        "komentari", "komentare", "kommentit", "kommentarer", "kommentaarid", "komentarai",
                        "komentāri", "athugasemdir", "hozzaszolasok", "yorumlar")),
                new QuotedPosts(new ClassWordRule("embedded-post", Set.of("twitter-tweet", "instagram-media", "fb-post",
                        "tiktok-embed", "wp-embedded-content", "embedded-tweet", "twitter-timeline"))),
                // "bio" alone names an author's box and a person's profile alike: a short box only.
                new ClassWordRule(Removal.AUTHOR_BOX, Set.of("bio"), MAX_BYLINE_CHARS),
                new ClassWordRule(Removal.AUTHOR_BOX, Set.of("author-bio", "about-author", "author-box",
                        "author-card", "authorbio", "bio-box", "authorbox", "author-info", "authorinfo",
                        "author-description", "author-details", "contactbox", "post-author-box", "saboxplugin-wrap")),
                new ClassWordRule(Removal.ARTICLE_META, Set.of("entry-meta", "post-meta", "postmeta", "postmetadata",
                        "published-dates",
                        "article-meta", "meta-info", "post-info", "postinfo", "post-ratings", "rating", "ratings",
                        "reading-time", "readtime", "read-time", "time-to-read", "post-metadata", "view-count",
                        "viewcount", "post-views")),
                new OutsideHeaders(new ClassWordRule(Removal.ARTICLE_META, Set.of("article-info"))),
                new HeldCaptions(new ClassWordRule(Removal.IMAGE_CREDIT, Set.of("credit", "credits", "copyright",
                        "photocredit", "photo-credit", "image-credit", "img-credit", "bildnachweis", "fotocredit",
                        "img-metadata", "image-source", "imagesource", "media-credit", "photo-source",
                        "caption-credit"))),
                // "complementary": the landmark's name as a box's id (the German government's site builder).
                new ClassWordRule("sidebar", Set.of("sidebar", "widget-area", "rail", "right-rail", "rightrail",
                        "left-rail", "marginal", "secondary-column", "complementary")),
                new HeadingsAndCaptions(new ClassWordRule("navigation", Set.of("nav", "navbar", "navigation", "menu",
                        "breadcrumb", "breadcrumbs", "navbreadcrumbs", "skip-link", "pagination", "pager", "back-link",
                        "backlink", "printfooter", "navbox"))),
                new ClassTokenRule("navigation", Set.of("toc", "ez-toc-container", "table-of-contents",
                        "toc-container")),
                // A page builder's row of link buttons ("Shop now", "Jetzt Mitglied werden"): a call, never prose.
                new ClassTokenRule("call-to-action", Set.of("wp-block-buttons", "wp-block-button",
                        "wp-block-kadence-advancedbtn", "kb-buttons-wrap", "elementor-button-wrapper",
                        "et_pb_button_module_wrapper")),
                new HeadingsAndCaptions(new ClassWordRule("page-footer", Set.of("footer", "site-footer", "colophon"))),
                // Pairs and player libraries' own words: "controls" or "settings" alone names a how-to's section.
                new ClassWordRule("player-controls", Set.of("control-bar", "controlbar", "vjs-control", "vjs-menu",
                        "audio-player", "media-player", "podcast-player",
                        "jw-controls", "plyr__controls", "player-controls", "video-controls", "player-settings",
                        "video-settings", "player-menu", "toggle-caption", "hide-caption"), MAX_WIDGET_CHARS),
                // A reader poll or quiz is a widget of a few hundred characters; an article about a poll is longer.
                new ClassWordRule("poll", Set.of("poll", "polls", "quiz", "opinary", "survey-widget", "umfrage",
                        "sondage", "encuesta"), MAX_WIDGET_CHARS),
                new ClassWordRule("screen-reader-only", Set.of("sr-only", "visually-hidden", "screen-reader-text",
                        "visuallyhidden")),
                new ClippedStyleRule("screen-reader-only"));
    }

    /** Rules that judge text, applied inside the located article. */
    public static List<RemovalRule> content() {
        final List<String> donationAppeal = List.of("support us", "dear reader", "a message from", "donate",
                "make a contribution", "your support", "independent journalism", "remind me later",
                "not ready to support", "become a member", "become a supporter", "ad-free",
                "journalism is banned", "we need your help", "support our journalism", "every contribution",
                "unterstützen sie", "jetzt spenden", "поддержите", "faites un don",
                "soutenez", "hazte socio", "apóyanos", "deine unterstützung", "ihre unterstützung",
                "unterstütze uns", "unterstütze unser", "mit einem kleinen beitrag", "keine bezahlschranke",
                "hazte miembro", "hágase miembro", "beneficios exclusivos", "buy me a coffee",
                "was ist ihnen unsere arbeit wert",
                // A campaign's petition box: its call, and how many have signed. Not "unterschreiben sie"
                // alone, a consumer tip's words: "Unterschreiben Sie nichts sofort".
                "sign the petition", "sign our petition", "have already signed", "signez la pétition",
                "ont déjà signé", "firma la petición", "ya han firmado", "firma la petizione", "teken de petitie",
                "unterschreiben sie unser", "jetzt unterschreiben", "bereits unterschrieben",
                // A reader-funded newsroom's ask: "Our reporting is funded by readers like you."
                "nonprofit newsroom", "funded by readers", "funded by its readers", "funded by our readers",
                "readers like you", "if you value", "please consider a gift", "give now", "don't have a paywall",
                "local journalism", "longform journalism", "public-interest journalism",
                // The same asks in the other languages the pipeline meets most: an appeal or an
                // ad-free offer in any of them is two of these in a short block.
                "liebe leserinnen und leser", "unabhängigen journalismus", "unabhängiger journalismus",
                "unabhängige berichterstattung", "ohne werbebanner", "werbefrei", "jetzt unterstützen",
                "mitglied werden", "spenden sie", "ihre spende", "deine spende", "freiwilligen beitrag",
                "wir brauchen ihre hilfe", "wir brauchen deine hilfe",
                "chers lecteurs", "chères lectrices", "journalisme indépendant", "sans publicité", "devenez membre",
                "faire un don", "votre soutien", "votre don",
                "queridos lectores", "periodismo independiente", "sin publicidad", "haz una donación",
                "hacer una donación", "tu apoyo", "necesitamos tu apoyo",
                "cari lettori", "giornalismo indipendente", "sostienici", "fai una donazione", "il tuo sostegno",
                "il tuo contributo", "senza pubblicità", "diventa socio",
                "caros leitores", "jornalismo independente", "faça uma doação", "sem publicidade", "sem anúncios",
                "seja membro", "torne-se membro",
                "beste lezer", "onafhankelijke journalistiek", "steun ons", "word lid", "zonder advertenties",
                "jouw steun",
                "drodzy czytelnicy", "niezależne dziennikarstwo", "niezależnego dziennikarstwa", "wesprzyj nas",
                "przekaż darowiznę", "twoje wsparcie", "zostań patronem",
                "дорогие читатели", "независимую журналистику", "независимой журналистики", "без рекламы",
                "ваша поддержка", "поддержите нас", "soutenez notre", "sostieni la", "word ook lid",
                "дорогі читачі", "підтримайте", "незалежну журналістику", "незалежної журналістики", "ваша підтримка",
                "задонатити", "без реклами",
                "wesprzyj", "naszym patronem", "apoie o jornalismo", "contribua", "sostieni",
                "bize destek olun", "destek olun", "bağımsız gazetecilik", "reklamsız", "before you go",
                // A reader-funded site's box, as sites in those languages write it ("Il Cantiere è libero
                // grazie ai suoi lettori ... aiutaci a continuare con un contributo. Sostieni Il Cantiere").
                "je soutiens", "dons de ses lecteurs", "dons de nos lecteurs", "grâce à vos dons", "média indépendant",
                "muro de pago", "hazte socia", "hacerme socio", "quiero ser socio", "gracias a quienes",
                // Not "un contributo", "a contribution", a grant's or a subsidy's word in the news.
                "aiutaci a", "grazie ai suoi lettori", "grazie ai nostri lettori", "sostieni il",
                "dzięki twojemu wsparciu", "wpłat czytelników", "wpłat czytelniczek", "wspieram",
                "nezávislou žurnalistiku", "nezávislú žurnalistiku", "financují nás", "podpořte nás",
                "podporte nás", "chci předplatné", "független újságírás", "támogasd", "támogassa", "támogatom",
                "olvasóink támogatásából", "bağımsız gazeteciliğe", "okurlarının desteğiyle", "destekçimiz olun",
                "jurnalismul independent", "susține-ne", "sprijină", "ανεξάρτητη δημοσιογραφία", "στηρίξτε",
                "stöd oss", "oberoende journalistik", "støt os", "uafhængig journalistik", "støtt oss",
                "uavhengig journalistikk", "tue meitä", "riippumatonta journalismia");
        final List<String> paywallPrompt = List.of("reached your limit", "free articles", "free article",
                "subscribe to continue", "continue reading", "already a subscriber", "subscribe now",
                "unlimited access", "log in to continue", "sign in to continue", "to keep reading",
                "for subscribers", "subscriber-only", "subscribers only", "log in", "per month", "a month",
                "cancel anytime", "jetzt weiterlesen", "weiterlesen mit", "abonnieren", "bereits abonnent",
                "plus-artikel", "оформите подписку", "abonnez-vous", "déjà abonné", "suscríbete",
                "ya eres suscriptor", "seguir leyendo", "lee sin límites",
                "jederzeit kündbar", "unbegrenzten zugriff", "unbegrenzter zugriff", "kostenlose artikel",
                "für abonnenten", "abo abschließen",
                "sans engagement", "accès illimité", "réservé aux abonnés", "réservé à nos abonnés",
                "découvrez nos offres", "je m'abonne", "pour lire la suite",
                "vous avez aimé cet article",
                "acceso ilimitado", "exclusivo para suscriptores", "cancela cuando quieras",
                "sigue leyendo", "inicia sesión",
                "accesso illimitato", "già abbonato", "riservato agli abbonati", "continua a leggere",
                "acesso ilimitado", "já é assinante", "continue lendo", "exclusivo para assinantes",
                "onbeperkt toegang", "al abonnee", "neem een abonnement", "jetzt testen", "einen monat für",
                "einen monat gratis", "per continuare a leggere", "abbonati ora", "abbonati",
                "nieograniczony dostęp", "wykup dostęp", "zaloguj się",
                "подписаться", "уже подписаны", "неограниченный доступ",
                // Only a wall's own words: "logga in", "ログイン" and "$8/month" are a report's too.
                "gratisartiklar", "bli prenumerant", "redan prenumerant", "ingen bindningstid", "会員の方は",
                "無料で会員登録", "会員登録はこちら");
        final List<String> newsletterSignup = List.of("newsletter", "sign up for", "sign up to",
                "subscribe to our", "unsubscribe at any time", "enter your email", "email address",
                "your inbox", "privacy policy", "подпишитесь", "рассылк", "melden sie sich",
                "inscrivez-vous", "suscríbete a", "stay up-to-date", "email updates", "bleiben sie informiert",
                "unseren newsletter", "unserem newsletter",
                "e-mail-adresse", "jederzeit abbestellen", "jederzeit abmelden", "datenschutzerklärung",
                "adresse e-mail", "adresse email", "politique de confidentialité", "se désinscrire", "hírlevél",
                "hírlevel", "iratkozzon fel", "iratkozz fel", "feliratkozás",
                "correo electrónico", "política de privacidad", "darte de baja",
                "iscriviti", "indirizzo email", "indirizzo e-mail", "informativa sulla privacy",
                "inscreva-se", "cadastre-se", "política de privacidade",
                "schrijf je in", "meld je aan", "e-mailadres", "privacybeleid",
                "zapisz się", "adres e-mail", "polityka prywatności",
                "политика конфиденциальности",
                "sign up here", "keine nachricht mehr verpassen", "kostenlosen newsletter", "boletín",
                "lettre d'information", "recevez notre", "inscription gratuite", "e-bülten", "bültenimize", "apúntate",
                "apuntarte", "puedes seguir a",
                "en tu correo", "no seu e-mail", "dans votre boîte", "in dein postfach", "in ihr postfach",
                "opt out at any time", "delivered every weekday", "delivered to your inbox",
                // A newsletter's referral programme: "You currently have 0 referrals".
                "referral", "refer a friend", "get rewards", "earn rewards");
        final List<String> cookieConsent = List.of("cookie", "we value your privacy", "accept all",
                "reject all", "manage preferences", "cookie settings", "our partners", "consent",
                "uses cookies", "we use cookies", "wir verwenden cookies", "alle akzeptieren",
                "файлы cookie", "nous utilisons des cookies", "utilizamos cookies", "privacy policy",
                "alle ablehnen", "datenschutzeinstellungen", "tout accepter", "tout refuser",
                "aceptar todo", "rechazar todo", "accetta tutti", "rifiuta tutti",
                "aceitar todos", "alles accepteren", "alles weigeren", "akceptuję",
                // The placeholder of an embed that waits for consent: "Hier finden Sie einen externen Inhalt
                // von Instagram, der den Artikel ergänzt. Inhalt laden".
                "externer inhalt", "einen externen inhalt", "der den artikel ergänzt", "inhalt laden",
                "an dieser stelle finden sie einen", "stimmen sie der anzeige zu", "external content",
                "load external content", "to view this content");
        final List<String> shareBar = List.of("share on facebook", "share on twitter", "share on x",
                "share this", "copy link", "share via email", "tweet", "whatsapp", "linkedin", "facebook",
                "artikel teilen", "teilen", "поделиться", "partager", "share on pinterest", "pinterest",
                "bei pinterest speichern", "auf pinterest merken", "tried this recipe", "love this recipe",
                "save this recipe", "dir hat der artikel gefallen", "hat dir der artikel gefallen",
                "ihnen hat der artikel gefallen", "hat ihnen der artikel gefallen",
                "pin it for later", "pin this post", "pin this for later", "mention @", "printer-friendly version",
                "print this article",
                "print this story", "email this story", "e-mail this story", "email this article",
                "e-mail this article", "druckversion", "artikel drucken", "artikel versenden", "version imprimable",
                "imprimer l'article", "envoyer à un ami");
        final List<String> appPromo = List.of("download the app", "get the app", "download now", "in the app",
                "app and never miss", "never miss breaking news", "for the latest breaking news",
                "breaking news alert", "turn on notifications", "push notifications",
                "app store", "google play", "our app", "app herunterladen", "jetzt herunterladen",
                "unsere app", "скачайте приложение", "téléchargez l'application", "descarga la app",
                "whatsapp channel", "saluran whatsapp", "mari bergabung", "simak breaking news",
                "langsung di ponselmu",
                "install aplikasi", "unduh aplikasi", "গুগল নিউজ", "ফলো করুন", "गूगल न्यूज़", "फॉलो करें",
                "گوگل نیوز", "فالو کریں",
                // The two stores named together: "for Android and iOS".
                "android and ios", "ios and android", "ios und android", "android und ios", "ios et android",
                "android et ios", "ios y android", "android y ios", "ios e android", "android e ios", "ios i android",
                "android i ios", "install now", "kostenlos herunterladen", "pobierz aplikację",
                "otrzymuj powiadomienia",
                "uygulamamızı indirin",
                // A call to a channel beside the app: "Get the news first on WhatsApp. Tap here to join ...".
                "on whatsapp", "tap here to join", "tap to follow", "click here to join",
                // An Indian business site's line under every story: "Catch all the Business News, ... and Latest
                // News Updates on ... Download The ... App to get Daily Market Updates."
                "catch all the", "latest news updates");
        final List<String> comments = List.of("leave a reply", "leave a comment", "log in to comment",
                "post a comment", "sign in to comment", "kommentar schreiben", "kommentare anzeigen",
                "an einer diskussion", "diskutieren sie mit", "einloggen, um", "laisser un commentaire",
                "deja un comentario", "оставить комментарий", "dodaj komentarz", "you must be logged in",
                "kommentieren zu können", "eingeloggt sein", "angemeldet sein", "para poder comentar",
                "envía tu comentario", "enviá tu comentario", "debes iniciar sesión", "vous devez être connecté",
                "pour pouvoir commenter", "lascia un commento", "lascia un tuo commento", "deixe um comentário",
                "deixe seu comentário", "laat een reactie achter", "plaats een reactie", "napisz komentarz",
                "ajouter un commentaire", "écrire un commentaire", "escribe un comentario", "añadir comentario");
        // A site's promotion of its own podcast or video: "🎧 Listen: on this week's episode of The Firefront podcast".
        // Phrases are found where a word starts: not "episode", "Folge" ("Folgende") or "escucha" ("escuchas
        // telefónicas") alone, which news writes of other things.
        final List<String> mediaPromo = List.of("podcast", "listen:", "listen now", "listen to our",
                "wherever you get your", "this week's episode", "watch the full",
                "our youtube channel", "podcast-folge", "jetzt anhören", "jetzt reinhören",
                "écoutez notre", "écoutez le podcast", "escucha nuestro", "escucha el podcast", "escúchalo",
                "ascolta il nostro", "ascolta il podcast", "ouça o podcast", "ouça o nosso", "luister naar onze",
                "posłuchaj podcastu", "слушайте наш", "слухайте наш", "youtube kanalımız", "nuestro canal de youtube",
                "notre chaîne youtube", "unserem youtube-kanal");
        // A notice to a reader whose browser blocks ads, asking to let them through or to pay instead: its
        // calls, not the words a report on ad blockers uses ("the ad blocker let through ads on its whitelist").
        final List<String> adBlockNotice = List.of("disable your ad blocker", "turn off your ad blocker",
                "disable your adblocker", "whitelist us",
                "add us to your whitelist", "add us to your allowlist", "we noticed you", "werbeblocker deaktivieren",
                "adblocker deaktivieren", "werbeblocker ausschalten", "sie nutzen einen werbeblocker",
                "sie verwenden einen werbeblocker", "du nutzt einen werbeblocker", "désactivez votre bloqueur",
                "vous utilisez un bloqueur", "desactiva tu bloqueador", "usas un bloqueador",
                "disattiva il blocco", "stai usando un ad blocker", "desative o bloqueador",
                "schakel je advertentieblokker",
                "wyłącz blokowanie reklam", "отключите блокировщик", "вимкніть блокувальник",
                "reklam engelleyici kullandığınızı", "kullandığınızı fark ettik", "engelleyicinizi kapatın");
        // A video player's own menus, written into the page: "Video Quality", "Closed Caption Settings".
        final List<String> playerControls = List.of("video quality", "closed captions", "closed caption settings",
                "video loading", "video unavailable", "will auto-play soon",
                "caption settings", "playback speed", "playback rate", "picture-in-picture",
                "wiedergabegeschwindigkeit", "vitesse de lecture", "velocidad de reproducción",
                // A read-aloud player's note: "This audio is generated by an AI tool."
                "this audio is generated", "audio is generated by");
        // A site's question whether the page helped, with its yes and no buttons.
        final List<String> pageFeedback = List.of("was this page helpful", "was this article helpful",
                "is this page useful", "was this page useful", "report a problem with this page",
                // The correction form's link under a story: "Submit a correction", "Report a typo".
                "submit a correction", "report a correction", "suggest a correction", "report an error",
                "report a typo", "fehler melden", "fehler gefunden", "signaler une erreur",
                "was this helpful", "did you find this helpful", "help us improve", "war diese seite hilfreich",
                "war dieser artikel hilfreich", "cette page vous a-t-elle été utile",
                "cet article vous a-t-il été utile", "vous a-t-il été utile", "vous a-t-elle été utile",
                "war dieser beitrag hilfreich", "was dit artikel nuttig", "te ha resultado útil",
                "le ha resultado útil", "ti è stato utile",
                "questa pagina ti è stata utile", "esta página foi útil", "was deze pagina nuttig",
                "czy ta strona była pomocna", "ctrl+enter", "ctrl + enter", "помітили помилку", "заметили ошибку",
                "нашли ошибку", "нашли опечатку", "знайшли помилку",
                // A recipe's rating prompt: "Wie hat Ihnen das Rezept geschmeckt? Bewerten Sie dieses Rezept ...".
                "wie hat ihnen das rezept", "wie hat dir das rezept", "bewerten sie dieses rezept",
                "bewerte dieses rezept", "vergeben sie bis zu", "ihre meinung ist gefragt", "rate this recipe",
                "did you make this recipe", "how would you rate");
        // A call for the reader's letters, tips and story ideas, with where to send them.
        final List<String> readerSubmissions = List.of("letters section", "letter to the editor",
                "letters to the editor", "submit a response", "considered for publication", "send your story ideas",
                "story ideas", "got a tip", "have a tip", "news tip", "send us a tip", "tip us off", "email us at",
                "confidential tip", "get in touch", "tip os", "har du et tip", "skriv til os", "have something to say",
                "send a letter", "submit a letter",
                "heb je een tip", "tip of opmerking", "mail naar", "app ons", "hast du einen hinweis",
                "haben sie einen hinweis", "leserbrief", "schreiben sie uns", "courrier des lecteurs",
                "écrivez-nous", "tienes información", "escríbenos", "envíanos", "scrivici", "segnalazioni",
                "fale conosco", "envie sua sugestão", "napisz do nas", "masz temat", "pelo whatsapp", "por whatsapp",
                "via whatsapp", "per whatsapp", "schicken sie uns", "schick uns");
        // What a site earns from the shops it links to, said to the reader.
        final List<String> affiliateNotice = List.of("earn a commission", "affiliate commission", "affiliate links",
                "affiliate link", "through our links", "through links on our site", "at no extra cost",
                "commission sur", "comisión por", "provisionslinks", "erhalten wir eine provision", "eine provision",
                "links on this page", "über diese links", "affiliate-links", "affiliate-link", "as an amazon associate",
                "qualifying purchases", "may contain affiliate links", "link on this page", "receive a commission",
                "independently select", "one of our links", "partners featured on this page",
                "not affect our editorial", "enlaces de afiliado", "enlaces afiliados", "pequeña comisión",
                "sin coste para ti", "sin coste adicional", "über provisionen", "unabhängig ausgewählt",
                "keinen einfluss auf unsere redaktionelle");
        // A publisher's terms for its text, its disclaimers and print-edition notes, and a portal's notes on
        // its sections.
        // Only a notice's own phrases: "without permission" and its like are news's words too.
        final List<String> publisherNotice = List.of("all rights reserved",
                "may not be published, broadcast, rewritten or redistributed", "for reprint rights",
                "may not be reproduced", "permission needed to reuse",
                // A broadcaster's note under its links, and a comment section's disclaimer.
                "is not responsible for the content of external sites", "our approach to external linking",
                "comments do not represent the views of", "reserve the right to exclude comments",
                // Advice's disclaimer: "general information only and does not constitute legal or financial advice".
                "for general information only", "is general in nature", "does not constitute legal",
                "for information purposes only", "for informational purposes only",
                "does not constitute investment advice",
                // A syndicated story's note: "Except for the headline, this story has not been edited by ...
                // staff and is published from a syndicated feed."
                "except for the headline", "published from a syndicated feed",
                // The same in German, and the risk warnings the law makes a broker's ad print.
                "enthält nur allgemeine hinweise", "selbstdiagnose", "arztbesuch nicht ersetzen",
                "ersetzt keinen arztbesuch", "keine kauf- beziehungsweise verkaufsempfehlung",
                "keine kauf- oder verkaufsempfehlung", "zusicherung etwaiger kursentwicklungen", "keine anlageberatung",
                "alle angaben ohne gewähr", "hochvolatile anlageprodukte", "verlust sie verkraften können",
                "cfds sind komplexe instrumente", "kleinanlegerkonten verlieren geld", "cfds are complex instruments",
                "retail investor accounts lose money",
                "does not constitute financial", "into account your personal",
                "dient ausschließlich informationszwecken", "representative example", "representative apr",
                // An opinion page's disclaimer: "The views expressed in this article are the author's own and do
                // not necessarily reflect ..."
                "the views expressed in this article", "are the author's own", "do not necessarily reflect",
                "n'engagent que leurs auteurs", "n'engage que son auteur", "n'engagent que leur auteur",
                "tribunes publiées", "as opiniões expressas", "exclusiva responsabilidade",
                "las opiniones expresadas", "responsabilidad exclusiva", "le opinioni espresse",
                "esclusiva responsabilità", "gibt die meinung", "nicht unbedingt die meinung",
                // A print edition's note: "A version of this article appears in print on ... with the headline: ..."
                "a version of this article appear", "a version of this story appear", "edition with the headline",
                "print edition as",
                // A non-profit newsroom's terms for republishing its story, in a box beside it.
                "republish this article", "republish this story", "republish our articles", "republish our stories",
                "may be republished", "creative commons license", "creative commons licence",
                // A wiki's licence line: "Community content is available under CC-BY-SA unless otherwise noted."
                // Not "unless otherwise noted" alone, which a note in the article writes: "All times ET unless
                // otherwise noted."
                "available under cc-by-sa", "cc-by-sa unless otherwise noted",
                "alle rechte vorbehalten", "nachdruck nur mit", "tous droits réservés", "reproduction interdite",
                "todos los derechos reservados", "prohibida su reproducción", "tutti i diritti riservati",
                "riproduzione riservata", "todos os direitos reservados", "alle rechten voorbehouden",
                "wszelkie prawa zastrzeżone", "все права защищены", "版权所有", "版权归原作者所有", "禁止转载",
                "不得转载", "转载请注明", "如有侵权", "联系删除", "不代表本网观点", "不代表本站观点",
                "并不意味着赞同其观点", "出于传递更多信息之目的", "不构成投资建议",
                "风险自担", "無断転載", "無断複製", "転載を禁じます", "무단 전재", "무단전재", "재배포 금지",
                "재배포금지", "ai 학습 및 활용 금지", "이 기사는 언론사에서", "섹션으로 분류했습니다", "섹션 정보는",
                "언론사의 분류를");
        // A bookmaker's offer placed among a sports report's paragraphs: its call, its bonus and the warning
        // the law makes it print. A report on gambling names them in sentences that do not speak to the reader.
        final List<String> bettingPromo = List.of("bet now", "place your bet", "place a bet", "free bet",
                "welcome bonus", "odds boost", "gamble responsibly", "gambleaware", "when the fun stops",
                "new customers only", "apuesta ahora", "apuesta ya", "bono de bienvenida", "cuotas mejoradas",
                "juega con responsabilidad", "juego responsable", "aposte agora", "aposte já", "bônus de boas-vindas",
                "bónus de boas-vindas", "jogue com responsabilidade", "jogo responsável", "jetzt wetten",
                "wettbonus", "willkommensbonus", "glücksspiel kann süchtig machen", "pariez maintenant",
                "bonus de bienvenue", "jouer comporte des risques", "pari gratuit", "paris gratuits", "scommetti ora",
                "bonus di benvenuto", "gioca responsabilmente", "gioco responsabile", "welkomstbonus", "speel bewust",
                "wat kost gokken jou", "obstaw teraz", "bonus powitalny", "graj odpowiedzialnie");
        // A shop's price box among a review's paragraphs ("Today's best Sonora Q7 deals", "£2,899 at Cycle
        // Republic", "View Deal"): its heading, its buttons and its boast. A review names prices in sentences.
        // A shop's product box or slide on its own magazine's pages: the product's name, its rating, its
        // price and its button ("4.8 out of 5 stars", "In den Warenkorb", "Price per night from £212").
        final List<String> priceWidget = List.of("today's best", "view deal", "view deals", "see deal",
                "see all prices", "check price", "check prices", "we check over", "for the best prices",
                "show more deals", "deal ends", "lowest price", "best price today", "beste angebote",
                "zum angebot", "zum shop", "meilleurs prix", "voir l'offre", "ver oferta", "vedi offerta",
                "shop now", "buy now", "add to cart", "add to basket", "add to bag", "out of 5 stars",
                "out of 5 based on", "see availability", "check availability", "price per night", "find deals",
                "view product", "shop the look", "jetzt kaufen", "in den warenkorb", "in den einkaufswagen",
                "zum produkt", "von 5 sternen", "jetzt bestellen", "jetzt shoppen", "inkl. mwst",
                "zzgl. versandkosten", "ajouter au panier", "acheter maintenant", "añadir al carrito",
                "comprar ahora", "aggiungi al carrello", "acquista ora", "in winkelwagen");
        // One pass over a block's text finds the phrases of every phrase rule.
        final PhraseIndex phrases = new PhraseIndex(Stream.of(donationAppeal, paywallPrompt, newsletterSignup,
                        cookieConsent, shareBar, appPromo, comments, playerControls, pageFeedback, readerSubmissions,
                        affiliateNotice, publisherNotice, adBlockNotice, mediaPromo, bettingPromo, priceWidget)
                .flatMap(List::stream).distinct().toList());
        return List.of(
                PhraseRule.asking("donation-appeal", donationAppeal, phrases),
                PhraseRule.asking("paywall-prompt", paywallPrompt, phrases),
                PhraseRule.asking("newsletter-signup", newsletterSignup, phrases),
                new PhraseRule("cookie-consent", cookieConsent, phrases),
                // A row of buttons, a word or two each: a paragraph names "Facebook" and "WhatsApp" in sentences.
                new PhraseRule(Removal.SHARE_BAR, shareBar, phrases, 2, SHARE_BAR_CHARS_PER_HIT),
                new PhraseRule("app-promo", appPromo, phrases),
                new PhraseRule("adblock-notice", adBlockNotice, phrases),
                new PhraseRule("media-promo", mediaPromo, phrases),
                new PhraseRule("betting-promo", bettingPromo, phrases),
                PhraseRule.furniture("price-widget", priceWidget, phrases),
                // Three: a review of a player names two ("picture-in-picture and playback speed") in a sentence.
                new PhraseRule("player-controls", playerControls, phrases, 3),
                new PhraseRule("page-feedback", pageFeedback, phrases),
                new PhraseRule("reader-submissions", readerSubmissions, phrases),
                new PhraseRule(Removal.ARTICLE_META, affiliateNotice, phrases),
                PhraseRule.notices("publisher-notice", publisherNotice, phrases),
                new StatusLineRule(),
                LeadInRule.announcing("related-links", RELATED_LEAD_INS),
                // Labels of the article's data (its dates, category, contacts, address, the way back):
                // a sentence after one is the article's ("Published on Monday, the report found ...").
                LeadInRule.labelling(Removal.ARTICLE_META, List.of("aktualisiert am", "zuletzt aktualisiert",
                        "updated:", "last updated", "category :", "category:", "kategorie:", "release date:",
                        "veröffentlicht am", "published:", "published on", "erstellt am", "posted on", "posted in",
                        "filed under", "stand:", "tel.:", "tel:", "telefon:", "fax:", "e-mail:", "email:",
                        "mehr aus ", "more from ", "aufrufe:",
                        "zugriffe:",
                        // The way back to the list; "retour à la liste" and "volver a la lista" open headings too
                        // ("Retour à la liste rouge", "Volver a la lista de espera"), and go as whole lines only.
                        "retour à la liste des actualités", "retour aux actualités", "volver al listado",
                        "volver a la lista de noticias", "torna all'elenco", "terug naar overzicht",
                        "terug naar het overzicht",
                        "hinzugefügt von:", "kommentare insgesamt:", "video verfügbar bis", "permalink:", "permalink",
                        "permalien:", "permalien", "short url:", "kurz-url:", "news date :", "news date:",
                        "publicado el", "publicado em", "publicado por", "publié le", "publié par", "mis à jour le",
                        "pubblicato il", "aggiornato il", "actualizado el", "atualizado em", "gepubliceerd op",
                        "bijgewerkt op", "opublikowano:", "zaktualizowano:", "aktualizacja:", "published in",
                        "published by", "yayınlanma:", "güncelleme:", "güncellenme:", "责任编辑：", "责任编辑:",
                        "编辑：", "来源：", "編集：", "our standards:")),
                LeadInRule.wayBack(Removal.ARTICLE_META,
                        List.of("zurück zu", "zurück zum", "zurück zur", "back to")),
                // Notices, which are sentences themselves: calls to follow or subscribe, ad disclosures.
                new LeadInRule(Removal.ARTICLE_META, List.of("nos siga", "follow us on", "folgen sie uns",
                        "if you enjoyed", "do you want to be informed", "subscribe now", "abonnieren sie",
                        // Polish "we invite": to subscribe or follow, not to a council's meeting.
                        "zapraszamy do subskrypcji", "zapraszamy też do subskrypcji", "zapraszamy do obserwowania",
                        "zapraszamy do śledzenia", "zapraszamy na nasz", "zapraszamy do naszego",
                        "hazte miembro", "for the latest stories", "vorschau auf den nächsten", "anzeige,", "*werbung",
                        "werbung:", "sponsored:", "advertisement:", "enthält affiliate", "this post contains affiliate",
                        "this article contains affiliate", "dieser beitrag enthält werbung", "affiliate links",
                        "this post contains references to products", "advertiser disclosure",
                        "this post may contain affiliate", "this article may contain affiliate",
                        "dieser artikel enthält affiliate", "*affiliate-link", "affiliate-link:", "affiliate-links:",
                        "síguenos en", "sigue toda la información", "suivez-nous sur", "suivez toute l'actualité",
                        "seguici su", "siga-nos", "volg ons op", "obserwuj nas", "следите за нами", "réagissez",
                        "participe do canal", "siga o canal", "entre no canal", "join our whatsapp",
                        "join our telegram", "únete a nuestro canal", "únete al canal", "rejoignez notre chaîne",
                        "segui il canale", "подписывайтесь на наш", "підписуйтеся на наш", "підписуйтесь на наш",
                        "تابعونا على", "हमें फॉलो करें", "simak berita", "simak breaking news",
                        "continue reading on page", "weiter auf seite",
                        "next page", "nächste seite", "page suivante", "página siguiente", "pagina successiva",
                        "data delayed", "quotes delayed", "kurse verzögert", "kurse zeitverzögert")),
                // A breadcrumb trail written as a line after its label: "Sie sind hier: Startseite » Aktuelles".
                // Never a heading, which the same words open: "You are here: the Orion Arm".
                new HeadingsAndCaptions(LeadInRule.labelling("navigation", List.of("sie sind hier:", "you are here:",
                        "vous êtes ici :", "vous êtes ici:", "usted está aquí:", "está aquí:", "ti trovi qui:",
                        "u bent hier:", "você está aqui:", "jesteś tutaj:"))),
                // Not article-meta, which enrich reads for the article's author and day: a citation names others.
                new LeadInRule("citation", List.of("suggested citation", "zitiervorschlag", "cite this article",
                        "cite this page", "cite as:")),
                LeadInRule.labelling("image-credit", List.of("foto:", "fotos:", "bild:", "photo:", "photos:", "image:",
                        "credit:", "credits:", "quelle:", "source:", "bildquelle:", "fotoquelle:", "kuva:", "źródło:",
                        "fuente:", "fonte:", "©", "ⓒ", "(c) ", "copyright ", "bildrechte:", "bildnachweis:",
                        "fotonachweis:", "beitragsbild:", "titelbild:", "crédits photos", "crédit photo",
                        "photo credit:", "image credit:", "crédito:", "créditos:", "fotografía:", "fotografia:",
                        "zdjęcie:", "foto di", "bron:", "beeld:")),
                new PhraseRule(COMMENTS, comments, phrases),
                // Inside the article only: on the whole page a small "author" box can decide where the article is.
                new OutsideLists(new ClassWordRule(Removal.ARTICLE_META, Set.of("author", "byline"),
                        MAX_BYLINE_CHARS)),
                labelledAds(),
                new SponsoredLinkRule("advertisement"),
                new ExactTextRule("label", Set.of("advertisement", "advertising", "advert", "ad", "ads", "anzeige",
                        "werbung", "реклама", "publicité", "publicidad", "sponsored", "sponsored content",
                        "story continues below advertisement",
                        "continue reading below", "scroll to continue", "related", "related stories",
                        "related articles", "related content", "more from", "more stories", "more news", "read more",
                        "recommended", "recommended for you", "trending", "trending now", "most read",
                        "most popular", "most viewed", "you may also like", "you might also like", "comments",
                        "comment", "share", "share this", "share this article", "newsletter",
                        "das könnte sie auch interessieren", "mehr zum thema", "читайте также", "популярное",
                        "à lire aussi", "te puede interesar", "tags", "topics", "about the author", "über den autor",
                        "über die autorin", "zum autor", "zur autorin", "schlagworte", "themen", "stichworte",
                        "schlagwörter", "affiliatelink", "zum shop", "jetzt registrieren", "kommentare",
                        "kommentieren", "kommentar schreiben", "weitere informationen", "weitere themen",
                        "weitere beiträge", "weitere artikel", "der nächste beitrag", "nächster beitrag",
                        "vorheriger beitrag", "mehr interessantes", "noch mehr infos für dich", "top themen",
                        "top themen der redaktion", "vous aimerez aussi", "articles les plus lus",
                        "à lire également", "lire la suite", "kontakt", "contact", "ansprechpartner",
                        "pressekontakt", "rezept drucken", "print recipe", "print", "drucken", "zurück", "back",
                        "retour", "retour à la liste", "volver a la lista",
                        "buch bestellen", "quellenangaben", "quellen", "sources", "next article", "previous article",
                        "next post", "previous post", "up next", "latest news", "latest stories",
                        "das könnte dich auch interessieren", "lesen sie auch", "empfehlungen", "sponsored by",
                        "artikel teilen", "diesen artikel teilen", "teilen", "follow us", "folgen sie uns",
                        "newsletter abonnieren", "inhaltsverzeichnis", "table of contents", "contents", "sommaire",
                        "índice", "spis treści", "nach oben", "back to top", "zurück nach oben", "haut de page",
                        "volver arriba", "datenschutz", "vergrößern", "enlarge", "agrandir", "suche", "search",
                        "open this photo in gallery:", "turn on alerts",
                        "video loading", "video unavailable", "watch now", "buy book", "after newsletter promotion",
                        "recherche", "buscar", "szukaj", "cerca", "sorted by", "sort by", "sortieren nach",
                        "trier par", "ordenar por",
                        "pubblicità", "publicidade", "advertentie", "reklama", "annons", "annonse", "mainos",
                        // What an audio player of the article, or an embed's link, says besides its buttons.
                        "listen to this article", "listen to article", "listen to this story", "artikel anhören",
                        "diesen artikel anhören", "écouter cet article", "écouter l'article", "escuchar artículo",
                        "escuchar este artículo", "escuchar la noticia", "ascolta l'articolo", "ascolta articolo",
                        "ouvir este artigo", "ouvir artigo", "luister naar dit artikel", "слушать статью",
                        "getting your trinity audio player ready", "getting your trinity audio player ready...",
                        "view on mastodon", "view on instagram", "view this post on instagram", "view on threads",
                        "view on bluesky", "watch on youtube",
                        "sponsorizzato", "contenuto sponsorizzato", "patrocinado", "contenido patrocinado",
                        "gesponsord", "sponsorowane", "artykuł sponsorowany", "contenu sponsorisé",
                        "commentaires", "commenti", "comentarios", "comentários", "reacties", "komentarze",
                        "condividi", "compartir", "compartilhar", "partager", "delen", "udostępnij",
                        "articoli correlati", "notizie correlate", "artículos relacionados", "noticias relacionadas",
                        "artigos relacionados", "gerelateerde artikelen", "powiązane artykuły", "articles liés",
                        "sur le même sujet", "leggi anche", "leia também", "veja também", "lees ook",
                        "czytaj także", "lire aussi", "lee también", "go to comments", "jump to comments",
                        "zu den kommentaren", "aller aux commentaires", "ir a los comentarios", "vai ai commenti",
                        "ir para os comentários", "naar de reacties", "przejdź do komentarzy", "contribuer",
                        "réutiliser ce contenu", "pinned post", "news provided by", "learn more", "mehr erfahren",
                        "en savoir plus", "saiba mais", "scopri di più", "purchase licensing rights", "order reprints",
                        "haberin devamı", "devamını oku", "続きを読む", "اقرأ المزيد", "top highlight",
                        "sign the guest book", "loading", "loading interactive", "wird geladen", "chargement",
                        "chargement en cours", "cargando", "carregando", "caricamento", "загрузка", "view full screen",
                        "full screen", "vollbild", "plein écran", "pantalla completa", "get a quote", "view full quote",
                        "view results", "기사 섹션 분류 안내",
                        // Advertisement labels and the notes under them, in more of the web's languages.
                        "hirdetés", "a cikk a hirdetés után folytatódik", "تبلیغات", "آگهی", "إعلان", "โฆษณา",
                        "iklan", "reklam", "quảng cáo", "διαφήμιση", "פרסומת", "광고", "広告", "广告",
                        "story continues below", "article continues below", "story continues after advertisement",
                        "article continues after advertisement", "continue reading after advertisement",
                        "scroll to continue with content", "advertisement - scroll to continue",
                        "weiterlesen nach der anzeige", "fortsetzung nach der anzeige",
                        "der artikel wird unter der anzeige fortgesetzt", "la suite après cette publicité",
                        "la suite après la publicité", "kapcsolódó", "ajánló", "what's your reaction?",
                        "what's your reaction", "jump to section", "jump to recipe", "jump to",
                        "この記事を書いた人", "著者プロフィール", "分享到", "dela", "dela artikeln", "full story",
                        "article continues below video", "story continues below video", "article content",
                        "dalsza część artykułu pod materiałem wideo", "dalsza część artykułu pod reklamą",
                        // A paywall's badge on a story: who may read it, or that the paper gives it away.
                        "abonelere özel", "subscribers only", "subscriber exclusive", "subscriber only",
                        "cet article vous est offert", "article réservé aux abonnés", "nur für abonnenten",
                        "exclusivo para suscriptores", "exclusivo para assinantes", "riservato agli abbonati",
                        "contenido exclusivo para suscriptores", "conteúdo exclusivo para assinantes",
                        "articolo riservato agli abbonati", "alleen voor abonnees", "exclusief voor abonnees",
                        "artykuł dostępny w subskrypcji", "tylko dla subskrybentów",
                        // "The article continues after the advertisement".
                        "artikkeli jatkuu mainoksen jälkeen", "juttu jatkuu mainoksen jälkeen",
                        "artikeln fortsätter under annonsen", "artiklen fortsætter under annoncen",
                        "artikkelen fortsetter under annonsen", "článek pokračuje pod reklamou",
                        "articolul continuă după reclamă",
                        "haberin devamı reklamdan sonra",
                        // A comment count's link, and a player's button, as their own lines.
                        "comentar", "ver comentarios", "ver comentários",
                        "video afspelen", "play video", "vidéo", "guarda il video")),
                new LinePatternRule(Removal.ARTICLE_META, "a time told relative to now", RELATIVE_TIME),
                new LinePatternRule("label", "a gallery's counter", GALLERY_COUNTER),
                new LinePatternRule(Removal.ARTICLE_META, "how long the article takes to read", READING_TIME),
                new LinePatternRule(Removal.ARTICLE_META, "how often the page was read", HITS_COUNT),
                new LinePatternRule(Removal.ARTICLE_META, "a vendor's credit", VENDOR_CREDIT),
                new LinePatternRule("player-controls", "a player's times or its countdown", PLAYER_TIME),
                LinePatternRule.naming(Removal.ARTICLE_META, "a call to follow the site", FOLLOW_CALL,
                        MAX_FOLLOW_CALL_CHARS, NETWORK_WORDS),
                new LinePatternRule(Removal.ARTICLE_META, "where to reach the reporter", REPORTER_CONTACT,
                        MAX_REPORTER_CONTACT_CHARS),
                LinePatternRule.naming("reader-submissions", "a question to the readers and where to send the answer",
                        READER_CALL, MAX_READER_CALL_CHARS, List.of("@")),
                new LinkListRule());
    }
}
