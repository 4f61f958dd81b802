package org.gongkai.examples.cli;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small HTML builder that escapes everything it is given: element text and attribute values alike, so that
 * untrusted catalog text (a cell holding {@code <script>}) shows as text and cannot leave an attribute. The markup it
 * writes is also well-formed XML (void elements closed with {@code />}, no named entities), so that a plain XML
 * parser can check it. Characters that XML forbids (control characters, lone surrogates, U+FFFE, U+FFFF) are
 * written as U+FFFD. Only {@link #trusted} writes text unescaped; it is meant for the page's constant style sheet and
 * script and refuses text holding {@code <} or {@code &}.
 */
final class Html {
    private final StringBuilder sb = new StringBuilder(64 * 1024);
    private final Deque<String> open = new ArrayDeque<>();

    /**
     * Opens an element.
     *
     * @param tag the element name (a constant of the caller)
     * @param attributes name, value pairs; a pair whose value is null is left out
     * @return this builder
     */
    Html open(String tag, String... attributes) {
        start(tag, attributes);
        sb.append('>');
        open.push(tag);
        return this;
    }

    /**
     * Writes an element without content ({@code <meta … />}, {@code <rect … />}).
     *
     * @param tag the element name (a void HTML element or an SVG element)
     * @param attributes name, value pairs; a pair whose value is null is left out
     * @return this builder
     */
    Html empty(String tag, String... attributes) {
        start(tag, attributes);
        sb.append("/>");
        return this;
    }

    /**
     * Closes the element opened last.
     *
     * @param tag its name, checked
     * @return this builder
     * @throws IllegalStateException when the element opened last has another name
     */
    Html close(String tag) {
        String top = open.poll();
        if (!tag.equals(top)) {
            throw new IllegalStateException("closing <" + tag + "> but <" + top + "> is open");
        }
        sb.append("</").append(tag).append('>');
        return this;
    }

    /**
     * Writes an element holding text.
     *
     * @param tag the element name
     * @param text its text, escaped
     * @param attributes name, value pairs; a pair whose value is null is left out
     * @return this builder
     */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /**
     * Writes text, escaped.
     *
     * @param text the text; null writes nothing
     * @return this builder
     */
    Html text(String text) {
        if (text != null) {
            escape(text, sb, false);
        }
        return this;
    }

    /**
     * Writes a constant of the page (its style sheet, its script) as it is.
     *
     * @param constant the text
     * @return this builder
     * @throws IllegalArgumentException when the text holds {@code <} or {@code &}
     */
    Html trusted(String constant) {
        if (constant.indexOf('<') >= 0 || constant.indexOf('&') >= 0) {
            throw new IllegalArgumentException("a page constant may hold neither < nor &");
        }
        sb.append(constant);
        return this;
    }

    /**
     * @return the page
     * @throws IllegalStateException when an element is still open
     */
    String build() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("<" + open.peek() + "> is still open");
        }
        return sb.toString();
    }

    private void start(String tag, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        sb.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                sb.append(' ').append(attributes[i]).append("=\"");
                escape(attributes[i + 1], sb, true);
                sb.append('"');
            }
        }
    }

    /**
     * @param text any text
     * @return the text escaped for an element or an attribute value
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(text, out, true);
        return out.toString();
    }

    private static void escape(String s, StringBuilder out, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&#39;" : "'");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || Character.isSurrogate(c)
                            || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else if (attribute && (c == '\n' || c == '\r' || c == '\t')) {
                        out.append("&#").append((int) c).append(';');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
