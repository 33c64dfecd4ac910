package io.cleanfeed.ingest.cleaner.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The rules the cleaner applies, in the order it tries them. Page rules judge markup and run over
 * the whole page before the article is located; content rules also judge text and run inside the
 * article once it is found, where they catch banners mixed into its paragraphs.
 */
public final class BoilerplateRules {

    private BoilerplateRules() {
    }

    /** Rules that may remove any element of the page, judged by tag, role, class and id. */
    public static List<RemovalRule> page() {
        return List.of(
                new MarkupRule("navigation", Set.of("nav", "menu"), Set.of("navigation", "menubar", "menu", "search")),
                new MarkupRule("dialog", Set.of("dialog"), Set.of("dialog", "alertdialog")),
                new MarkupRule("page-footer", Set.of("footer"), Set.of("contentinfo")),
                new MarkupRule("sidebar", Set.of("aside"), Set.of("complementary")),
                new ClassWordRule("cookie-consent", Set.of("cookie", "cookies", "consent", "gdpr", "cmp", "onetrust",
                        "didomi", "cookiebot", "usercentrics", "truste", "cookiebanner", "cookie-banner", "cc-window",
                        "ot-sdk-container", "fc-consent-root", "qc-cmp2-container")),
                new ClassWordRule("paywall-prompt", Set.of("paywall", "piano", "metered", "meter", "regwall",
                        "tp-modal", "tp-container", "tp-backdrop", "subscribe", "subscription", "subscriptions",
                        "subscriber", "offer", "offers", "upsell", "abo", "abonnement")),
                new ClassWordRule("newsletter-signup", Set.of("newsletter", "newsletters", "signup", "sign-up",
                        "optin", "opt-in", "mailchimp", "mc4wp", "email-signup")),
                new ClassWordRule("donation-appeal", Set.of("donate", "donation", "donations", "contribute",
                        "contribution", "contributions", "support-us", "membership", "fundraising", "supporter")),
                new ClassWordRule("share-bar", Set.of("share", "sharing", "sharebar", "social", "sharethis",
                        "addthis", "shariff", "sharer")),
                new ClassWordRule("related-links", Set.of("related", "recommended", "recommendations",
                        "more-stories", "trending", "popular", "most-read", "mostread", "outbrain", "taboola",
                        "recirculation", "recirc", "also-read", "read-next", "readnext", "teasers")),
                new ClassWordRule("advertisement", Set.of("ad", "ads", "advert", "adverts", "advertisement",
                        "advertising", "adslot", "adunit", "adsbygoogle", "dfp", "sponsor", "sponsored", "promo",
                        "promoted", "werbung", "anzeige", "reklama")),
                new ClassWordRule("comments", Set.of("comment", "comments", "disqus", "discussion", "kommentare")),
                new ClassWordRule("author-box", Set.of("author-bio", "about-author", "author-box", "author-card",
                        "authorbio", "bio-box")),
                new ClassWordRule("navigation", Set.of("nav", "navbar", "navigation", "menu", "breadcrumb",
                        "breadcrumbs", "skip-link", "pagination", "pager")),
                new ClassWordRule("page-footer", Set.of("footer", "site-footer", "colophon")),
                new ClassWordRule("screen-reader-only", Set.of("sr-only", "visually-hidden", "screen-reader-text",
                        "visuallyhidden")));
    }

    /** Rules that judge text, applied inside the located article. */
    public static List<RemovalRule> content() {
        final List<String> donation = List.of("support us", "dear reader", "a message from", "donate",
                "make a contribution", "your support", "independent journalism", "remind me later",
                "not ready to support", "become a member", "become a supporter", "ad-free",
                "journalism is banned", "we need your help", "support our journalism", "every contribution",
                "unterstützen sie", "jetzt spenden", "поддержите", "faites un don",
                "soutenez", "hazte socio", "apóyanos");
        final List<String> paywall = List.of("reached your limit", "free articles", "free article",
                "subscribe to continue", "continue reading", "already a subscriber", "subscribe now",
                "unlimited access", "log in to continue", "sign in to continue", "to keep reading",
                "for subscribers", "subscriber-only", "subscribers only", "log in", "per month", "a month",
                "cancel anytime", "jetzt weiterlesen", "weiterlesen mit", "abonnieren", "bereits abonnent",
                "plus-artikel", "оформите подписку", "abonnez-vous", "déjà abonné", "suscríbete",
                "ya eres suscriptor");
        final List<String> newsletter = List.of("newsletter", "sign up for", "sign up to",
                "subscribe to our", "unsubscribe at any time", "enter your email", "email address",
                "your inbox", "privacy policy", "подпишитесь", "рассылк", "melden sie sich",
                "inscrivez-vous", "suscríbete a");
        final List<String> cookies = List.of("cookie", "we value your privacy", "accept all",
                "reject all", "manage preferences", "cookie settings", "our partners", "consent",
                "uses cookies", "we use cookies", "wir verwenden cookies", "alle akzeptieren",
                "файлы cookie", "nous utilisons des cookies", "utilizamos cookies", "privacy policy");
        final List<String> sharing = List.of("share on facebook", "share on twitter", "share on x",
                "share this", "copy link", "share via email", "tweet", "whatsapp", "linkedin", "facebook",
                "artikel teilen", "teilen", "поделиться", "partager");
        // One pass over a block's text finds the phrases of all five rules.
        final PhraseIndex phrases = new PhraseIndex(
                Stream.of(donation, paywall, newsletter, cookies, sharing).flatMap(List::stream).toList());
        return List.of(
                new PhraseRule("donation-appeal", donation, phrases),
                new PhraseRule("paywall-prompt", paywall, phrases),
                new PhraseRule("newsletter-signup", newsletter, phrases),
                new PhraseRule("cookie-consent", cookies, phrases),
                new PhraseRule("share-bar", sharing, phrases),
                new LeadInRule("related-links", List.of("related article", "related:", "related story",
                        "related stories", "read more", "read also", "also read", "see also", "more:",
                        "further reading", "recommended:", "lesen sie auch", "lesen sie mehr", "mehr zum thema",
                        "auch interessant", "читайте также", "по теме", "lire aussi", "à lire aussi", "leer más",
                        "lee también", "te puede interesar")),
                new ExactTextRule("label", Set.of("advertisement", "advert", "ad", "ads", "anzeige", "werbung",
                        "реклама", "publicité", "publicidad", "sponsored", "sponsored content",
                        "story continues below advertisement", "continue reading below", "scroll to continue",
                        "related", "related stories", "related articles", "related content", "more from",
                        "more stories", "more news", "read more", "recommended", "recommended for you", "trending",
                        "trending now", "most read", "most popular", "most viewed", "you may also like",
                        "you might also like", "comments", "comment", "share", "share this", "share this article",
                        "newsletter", "das könnte sie auch interessieren", "mehr zum thema", "читайте также",
                        "популярное", "à lire aussi", "te puede interesar", "tags", "topics")),
                new LinkListRule());
    }
}
