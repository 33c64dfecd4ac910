package io.cleanfeed.core.serde;

/**
 * Takes the HTML comments out of a script's text outside its JSON strings: a note before the data
 * ({@code <!-- schema by plugin X --> {...}}) goes whole, and markers that hide the data from old
 * browsers ({@code <!-- {...} -->}) go alone, leaving the data. Browsers hand such script text to
 * their JSON-LD consumers as it is, and those read past the markers.
 */
final class HtmlCommentMarkers {

    private static final String OPEN = "<!--";
    private static final String CLOSE = "-->";

    private HtmlCommentMarkers() {
    }

    static String without(final String script) {
        if (!script.contains(OPEN) && !script.contains(CLOSE)) {
            return script;
        }
        final StringBuilder json = new StringBuilder(script.length());
        char quote = 0;
        int at = 0;
        while (at < script.length()) {
            final char c = script.charAt(at);
            if (quote != 0) {
                json.append(c);
                if (c == '\\' && at + 1 < script.length()) {
                    json.append(script.charAt(++at));
                } else if (c == quote) {
                    quote = 0;
                }
                at++;
            } else if (script.startsWith(OPEN, at)) {
                final int close = script.indexOf(CLOSE, at + OPEN.length());
                final boolean note = close >= 0 && script.substring(at, close).chars().noneMatch(ch -> ch == '{'
                        || ch == '[');
                at = note ? close + CLOSE.length() : at + OPEN.length();
            } else if (script.startsWith(CLOSE, at)) {
                at += CLOSE.length();
            } else {
                if (c == '"' || c == '\'') {
                    quote = c;
                }
                json.append(c);
                at++;
            }
        }
        return json.toString();
    }
}
