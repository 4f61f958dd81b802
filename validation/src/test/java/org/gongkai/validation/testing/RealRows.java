package org.gongkai.validation.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongkai.item.AdministrativeLevel;
import org.gongkai.item.Audience;
import org.gongkai.item.Channel;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.DisclosureMethod;

/**
 * Turns the rows of {@code reference/catalog-rows.jsonl} (real published catalogs) into {@link DisclosureItem}s,
 * until the codec issue provides a reader: domain, 一级→category, 二级→item, content, basis, deadline text,
 * subject→responsible body, the channel text → selected channels (■ ▄ ◆ = selected, □ 口 = not; plain text =
 * selected), audience and method ticks, levels through {@link AdministrativeLevel#parseAll}.
 */
public final class RealRows {
    /**
     * One row.
     *
     * @param line the 0-based line in the file
     * @param source the row's source_url
     * @param publisher the publisher as transcribed
     * @param item the item
     * @param levelProblem the level text that could not be read, or null
     * @param note the transcriber's note
     */
    public record Row(int line, String source, String publisher, DisclosureItem item, String levelProblem,
            String note) {
    }

    private RealRows() {
    }

    /** @return every row, in file order */
    public static List<Row> load() {
        InputStream in = RealRows.class.getResourceAsStream("/org/gongkai/validation/reference/catalog-rows.jsonl");
        Objects.requireNonNull(in, "catalog-rows.jsonl missing");
        List<Row> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(row(n, FlatJson.parse(line)));
                }
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Row row(int n, Map<String, Object> m) {
        DisclosureItem.Builder b = DisclosureItem.builder()
                .domain(str(m, "domain"))
                .name(str(m, "level1"), str(m, "level2"))
                .content(str(m, "content"))
                .basis(str(m, "basis"))
                .deadlineText(str(m, "deadline"))
                .responsibleBody(str(m, "subject"))
                .channels(channels(str(m, "channels")));
        if (Boolean.TRUE.equals(m.get("audience_all"))) {
            b.addAudience(Audience.GENERAL_PUBLIC);
        }
        Object specific = m.get("audience_specific");
        if (Boolean.TRUE.equals(specific)) {
            b.addAudience(Audience.SPECIFIC_GROUP);
        } else if (specific instanceof String s && !s.isBlank()) {
            b.addAudience(Audience.SPECIFIC_GROUP).specificGroup(s);
        }
        if (Boolean.TRUE.equals(m.get("proactive"))) {
            b.addMethod(DisclosureMethod.PROACTIVE);
        }
        if (Boolean.TRUE.equals(m.get("on_request"))) {
            b.addMethod(DisclosureMethod.ON_REQUEST);
        }
        String levelProblem = null;
        String levels = str(m, "levels");
        if (!levels.isBlank()) {
            try {
                b.levels(AdministrativeLevel.parseAll(levels));
            } catch (RuntimeException e) {
                levelProblem = levels;
            }
        }
        return new Row(n, str(m, "source_url"), str(m, "publisher"), b.build(), levelProblem, str(m, "note"));
    }

    private static String str(Map<String, Object> m, String key) {
        Object o = m.get(key);
        return o == null ? "" : String.valueOf(o);
    }

    /**
     * @param text the channel cell as transcribed
     * @return the selected channels, in order
     */
    public static List<Channel> channels(String text) {
        List<Channel> out = new ArrayList<>();
        if (text.isBlank()) {
            return out;
        }
        boolean marked = false;
        for (int i = 0; i < text.length(); i++) {
            if (isMark(text, i)) {
                marked = true;
                break;
            }
        }
        if (!marked) {
            for (String part : text.split("[\\s、;；]+")) {
                add(out, stripNumbering(part));
            }
            return out;
        }
        int i = 0;
        Boolean selected = null;
        StringBuilder seg = new StringBuilder();
        while (i <= text.length()) {
            boolean end = i == text.length();
            if (end || isMark(text, i)) {
                if (selected == null ? !seg.toString().isBlank() : selected) {
                    add(out, seg.toString());
                }
                seg.setLength(0);
                if (!end) {
                    char c = text.charAt(i);
                    selected = c == '■' || c == '▄' || c == '◆';
                }
            } else {
                seg.append(text.charAt(i));
            }
            i++;
        }
        return out;
    }

    private static boolean isMark(String text, int i) {
        char c = text.charAt(i);
        if (c == '■' || c == '▄' || c == '◆' || c == '□') {
            return true;
        }
        // 口 is a box only where a channel starts (it is also an ordinary character: 人口, 口岸).
        return c == '口' && (i == 0 || " \t;；、".indexOf(text.charAt(i - 1)) >= 0);
    }

    private static void add(List<Channel> out, String raw) {
        String t = raw.replace('?', ' ').strip();
        while (!t.isEmpty() && ";；、,，".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (!t.isEmpty()) {
            out.add(Channel.parse(t));
        }
    }

    private static String stripNumbering(String s) {
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i > 0 && i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == '、')) {
            return s.substring(i + 1);
        }
        return s;
    }
}
