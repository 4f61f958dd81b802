package org.gongkai.deadline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test helper: a compact description of a rule's structure (the notation of reference-deadline-phrases.tsv). */
final class Describe {

    private Describe() {
    }

    static String of(DeadlineRule rule) {
        String body;
        if (rule instanceof Compound c) {
            List<String> parts = new ArrayList<>();
            for (Compound.Part p : c.parts()) {
                parts.add("[" + p.scope() + "] " + body(p.rule()));
            }
            body = "COMPOUND " + String.join(" | ", parts);
        } else {
            body = body(rule);
        }
        return rule.fallbackClause() ? body + " +fallback" : body;
    }

    private static String trigger(Trigger t) {
        return t.kind() + "(" + t.text() + ")";
    }

    private static String body(DeadlineRule rule) {
        if (rule instanceof WorkingDayWindow w) {
            return "WD " + w.amount() + (w.direction() == Direction.BEFORE ? " BEFORE " : " ") + trigger(w.trigger());
        } else if (rule instanceof CalendarWindow w) {
            return "CD " + w.amount() + " " + w.unit() + (w.direction() == Direction.BEFORE ? " BEFORE " : " ")
                    + trigger(w.trigger());
        } else if (rule instanceof Immediate i) {
            return "IMM " + i.immediacy() + " " + trigger(i.trigger());
        } else if (rule instanceof Standing s) {
            return "STANDING " + (s.permanent() ? "permanent" : "long") + (s.dynamicallyAdjusted() ? " dynamic" : "");
        } else if (rule instanceof PublicityPeriod p) {
            return "PUB " + p.purpose() + " " + p.amount() + " " + p.unit() + (p.atLeast() ? " atLeast" : "");
        } else if (rule instanceof FixedDate d) {
            return "FIXED " + d.month() + "-" + (d.monthEnd() ? "end" : String.valueOf(d.day()))
                    + (d.everyYear() ? " everyYear" : "");
        } else if (rule instanceof Periodic p) {
            return "PERIODIC " + p.unit() + " " + p.times() + (p.atLeast() ? " atLeast" : "");
        } else if (rule instanceof SameAsAbove) {
            return "SAME";
        } else if (rule instanceof Unrecognized) {
            return "UNRECOGNIZED";
        } else if (rule instanceof OnRequest) {
            return "ON_REQUEST";
        }
        throw new AssertionError(rule);
    }

    /** Non-comment lines of a UTF-8 test resource beside this class. */
    static List<String> lines(String resource) {
        try (InputStream in = Describe.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#") && !line.isEmpty()) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
