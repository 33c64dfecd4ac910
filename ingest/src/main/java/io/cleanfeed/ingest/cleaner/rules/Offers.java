package io.cleanfeed.ingest.cleaner.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What a banner that asks the reader to pay, subscribe or install offers a way to: a link to the
 * page where one gives, joins, subscribes or installs ({@code /donate}, {@code /lid-worden},
 * {@code apps.apple.com}), a price ("from R$ 10 a month", "8 000 евро"), or a goal to reach ("48 %
 * de notre objectif"). Told by the link's address and by numbers, it needs no phrase list for each
 * language: an appeal in a language whose words the rules do not know still links to its donation page.
 */
final class Offers {

    /** The words of the name of a page to give, join, subscribe or install at, one of a path's parts. */
    private static final Set<String> PATH_WORDS = Set.of("donate", "donation", "donations", "donar", "donaciones",
            "don", "dons", "spenden", "spende", "doar", "doe", "dona", "donazione", "donazioni", "darowizna",
            "support", "supporter", "supporters", "unterstuetzen", "soutenir", "soutien", "apoya", "apoie", "apoiar",
            "sostieni", "sostienici", "steun", "wesprzyj", "wsparcie", "contribute", "contribution", "contributions",
            "membership", "member", "members", "mitglied", "mitgliedschaft", "membre", "socio", "socios", "lid",
            "lidmaatschap", "join", "subscribe", "subscription", "subscriptions", "subscriber", "abo", "abonnement",
            "abonnieren", "abonnez", "abonne", "suscripcion", "suscribete", "assinatura", "assine", "abbonamento",
            "abbonati", "prenumerata", "newsletter", "newsletters", "signup", "boletin", "nieuwsbrief", "patron",
            "patreon", "podpiska", "podderzhat", "pidtrymaty", "install", "app");
    /** The most words in the name of a page to give, join or subscribe at. */
    private static final int MAX_OFFER_PAGE_WORDS = 3;
    /** Hosts where one gives to a site or installs its app, whatever the path. */
    private static final Set<String> HOSTS = Set.of("apps.apple.com", "itunes.apple.com", "play.google.com",
            "www.patreon.com", "patreon.com", "ko-fi.com", "www.buymeacoffee.com", "buymeacoffee.com", "steadyhq.com",
            "www.paypal.com", "paypal.me", "boosty.to", "t.me", "whatsapp.com", "www.whatsapp.com");
    /** A sum of money: a currency's sign or name beside a number. */
    private static final Pattern PRICE = Pattern.compile("(?:[€$£₦₹₽₴]|r\\$|zł|chf)\\s?\\d|\\d(?:[\\d.,\\s]{0,12}\\d)?"
            + "\\s?(?:€|\\$|£|₽|₴|(?:euros?|евро|dollars?|zł|złotych|reais|pesos|naira|rupees|грн|гривень|гривні|"
            + "руб|рублей|рублів|lira|tl)\\b)");
    /** A share of a goal: "62% of our $250,000 goal", "48 % de notre objectif". */
    private static final Pattern GOAL = Pattern.compile("\\d{1,3}\\s?%.{0,40}\\b(?:goal|target|objectif|ziel|meta|"
            + "obiettivo|doel|цели|мети|celu|hedef)");

    private Offers() {
    }

    /**
     * Whether the block offers a way to pay, subscribe or install: by a link's address, a goal, or a
     * price; not by a price in prose, which news names as often as a banner does.
     */
    static boolean inBlock(final Block block, final boolean prose) {
        final String text = block.text();
        if (!prose && PRICE.matcher(text).find() || GOAL.matcher(text).find()) {
            return true;
        }
        for (final Element link : block.element().getElementsByTag("a")) {
            if (leadsToAnOffer(link.attr("href"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the address is a page to give, join, subscribe or install at, by its host or its path's words. */
    static boolean leadsToAnOffer(final String href) {
        final String url = href.toLowerCase(Locale.ROOT);
        final int scheme = url.indexOf("://");
        final int hostStart = scheme < 0 ? -1 : scheme + 3;
        int pathStart = 0;
        if (hostStart > 0) {
            final int slash = url.indexOf('/', hostStart);
            final String host = url.substring(hostStart, slash < 0 ? url.length() : slash);
            if (HOSTS.contains(host)) {
                return true;
            }
            pathStart = slash < 0 ? url.length() : slash;
        }
        final int query = url.indexOf('?', pathStart);
        final String path = url.substring(pathStart, query < 0 ? url.length() : query);
        for (final String segment : path.split("/")) {
            final String[] words = segment.replaceFirst("\\.[a-z]{2,5}$", "").split("[-_.]+");
            // A page's own short name ("/donate", "/lid-worden", "/become-a-member"), not a story's slug
            // that names the word ("/support-for-tram-grows").
            if (words.length <= MAX_OFFER_PAGE_WORDS && Arrays.stream(words).anyMatch(PATH_WORDS::contains)) {
                return true;
            }
        }
        return false;
    }
}
