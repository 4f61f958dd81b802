package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gongkai.data.DataFormatException;
import org.gongkai.internal.ChineseText;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing of the notice text reader ({@link NoticeText}): seeded mutations of the 30 real notice texts of the
 * reference and of the 12 variants of 2017–2026, and random texts over the notice's alphabet. Properties: only the
 * documented {@link DataFormatException}; at most 1 s per input; no day guessed: every date a reading gives is named
 * in the text (its day of month followed by 日) or lies inside a range the text names; whitespace and line breaks
 * inserted anywhere change nothing.
 */
class HolidayNoticeTextFuzzTest {
    private static final int COUNT = Integer.getInteger("fuzz.count", 2000);
    private static final long SEED = Long.getLong("fuzz.seed", 1L);
    private static final String ALPHABET = "0123456789年月日至-—~、，,。:：;；（）()星期周一二三四五六七日天放假调休补上班共"
            + "元旦春节清明劳动端午中秋国庆与末连其中为法定公休照常通知关于部分节假日安排国务院办公厅农历除夕初"
            + "\n \t\"“”《》〈〉abcXYZ!@#$%^&*_+={}[]|\\/?<>'`延长调整纪念日周年是現將節勞動國慶週";
    private static final String[] KEYWORDS = {"放假", "上班", "补休", "至", "月", "日", "（星期六）", "（周日）", "共3天",
        "一、元旦：", "二、春节：", "\n", "2026年", "12月31日", "延长", "调整", "(", ")"};

    /** One untimed reading first: the 1 s bound is per input, not for loading the classes of a cold JVM. */
    @org.junit.jupiter.api.BeforeAll
    static void warmUp() {
        for (String s : seeds()) {
            try {
                NoticeText.read(s, "warm-up");
            } catch (DataFormatException ignored) {
                // the cut-off copies read; none fails, but the warm-up does not depend on it
            }
        }
    }

    static List<String> seeds() {
        List<String> seeds = new ArrayList<>();
        for (Object[] f : NoticeTextReferenceTest.FILES) {
            seeds.add(NoticeTextReferenceTest.text((String) f[0]));
        }
        for (String v : new String[] {"2017", "2018", "2019", "2019-adjustment", "2020", "2020-extension", "2021",
            "2022", "2023", "2024", "2025", "2026"}) {
            seeds.add(NoticeTextTest.variant(v));
        }
        return seeds;
    }

    static String mutate(String s, Random r) {
        StringBuilder b = new StringBuilder(s);
        int edits = 1 + r.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int n = b.length();
            int at = n == 0 ? 0 : r.nextInt(n + 1);
            switch (r.nextInt(8)) {
                case 0 -> { // delete a short range
                    if (n > 0) {
                        int from = Math.min(at, n - 1);
                        b.delete(from, Math.min(n, from + 1 + r.nextInt(6)));
                    }
                }
                case 1 -> b.insert(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                case 2 -> b.insert(at, KEYWORDS[r.nextInt(KEYWORDS.length)]);
                case 3 -> { // change a digit
                    for (int k = 0; k < 20 && n > 0; k++) {
                        int i = r.nextInt(n);
                        if (Character.isDigit(b.charAt(i))) {
                            b.setCharAt(i, (char) ('0' + r.nextInt(10)));
                            break;
                        }
                    }
                }
                case 4 -> { // duplicate a segment
                    if (n > 0) {
                        int from = r.nextInt(n);
                        int to = Math.min(n, from + 1 + r.nextInt(80));
                        b.insert(at, b.substring(from, to));
                    }
                }
                case 5 -> b.setLength(Math.min(n, at)); // truncate
                case 6 -> b.insert(at, (char) r.nextInt(0x10000)); // any UTF-16 unit
                default -> { // swap two characters
                    if (n > 1) {
                        int i = r.nextInt(n - 1);
                        char c = b.charAt(i);
                        b.setCharAt(i, b.charAt(i + 1));
                        b.setCharAt(i + 1, c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Reads, asserting the documented exception only, the time bound, and that no day is guessed. */
    static NoticeText.Reading check(String text, String where) {
        long t0 = System.nanoTime();
        NoticeText.Reading r = null;
        try {
            r = NoticeText.read(text, "fuzz");
        } catch (DataFormatException expected) {
            assertThat(expected.getMessage()).as(where).startsWith("fuzz:");
        } catch (RuntimeException | StackOverflowError e) {
            fail(where + ": undocumented " + e + " on input " + escape(text), e);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(ms).as(where + ": time (ms)").isLessThan(1000);
        if (r != null) {
            String folded = fold(text);
            for (HolidayNotice.Day d : r.days()) {
                if (!folded.contains(d.date().getDayOfMonth() + "日") && !insideNamedRange(folded)) {
                    fail(where + ": " + d + " is named nowhere in " + escape(text));
                }
            }
            assertThat(r.days()).allSatisfy(d -> assertThat(d.name()).isNotBlank());
        }
        return r;
    }

    private static boolean insideNamedRange(String folded) {
        return folded.contains("至") || folded.contains("-") || folded.contains("~") || folded.contains("到");
    }

    private static String fold(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = ChineseText.fold(s.charAt(i));
            if (c != 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String escape(String s) {
        String t = s.length() > 300 ? s.substring(0, 300) + "…" : s;
        return t.replace("\n", "\\n");
    }

    @Test
    void mutatedRealNoticesReadOrFailAsDocumented() {
        List<String> seeds = seeds();
        int read = 0;
        int refused = 0;
        for (int i = 0; i < COUNT; i++) {
            Random r = new Random(SEED * 1_000_003L + i);
            String text = mutate(seeds.get(r.nextInt(seeds.size())), r);
            NoticeText.Reading reading = check(text, "seed " + SEED + " input " + i);
            if (reading == null) {
                refused++;
            } else {
                read++;
            }
        }
        System.out.println("HolidayNoticeTextFuzzTest mutations: seed " + SEED + ", " + COUNT + " inputs, " + read
                + " read, " + refused + " refused (DataFormatException)");
        assertThat(read + refused).isEqualTo(COUNT);
    }

    @Test
    void whitespaceAndLineBreaksInsertedAnywhereChangeNothing() {
        List<String> seeds = seeds();
        int n = Math.max(1, COUNT / 10);
        for (int i = 0; i < n; i++) {
            Random r = new Random(SEED * 7_919L + i);
            int k = r.nextInt(seeds.size());
            if (k == 3) {
                continue; // 2008-2: its headings are found at line starts, so a line break there is meaningful
            }
            String seed = seeds.get(k);
            StringBuilder b = new StringBuilder(seed);
            for (int e = 0; e < 1 + r.nextInt(5); e++) {
                b.insert(r.nextInt(b.length() + 1), " \n\t\u3000\r\n".charAt(r.nextInt(6)));
            }
            NoticeText.Reading original = NoticeText.read(seed, "fuzz");
            NoticeText.Reading spaced = check(b.toString(), "seed " + SEED + " input " + i);
            assertThat(spaced).as("seed %s input %s: %s", SEED, i, escape(b.toString())).isNotNull();
            assertThat(spaced.days()).as("seed %s input %s", SEED, i).isEqualTo(original.days());
        }
    }

    @Test
    void randomTextsOverTheNoticeAlphabetReadOrFailAsDocumented() {
        for (int i = 0; i < Math.max(1, COUNT / 2); i++) {
            Random r = new Random(SEED * 31L + i);
            int len = r.nextInt(400);
            StringBuilder b = new StringBuilder("国务院办公厅关于2030年部分节假日安排的通知\n");
            for (int k = 0; k < len; k++) {
                b.append(r.nextInt(4) == 0 ? KEYWORDS[r.nextInt(KEYWORDS.length)]
                        : String.valueOf(ALPHABET.charAt(r.nextInt(ALPHABET.length()))));
            }
            check(b.toString(), "seed " + SEED + " random " + i);
        }
    }

    @Test
    void aLongTextAtTheLimitIsReadInLinearTime() {
        // MAX_LENGTH characters of a notice repeated: well under the 1 s bound
        String seed = NoticeTextTest.variant("2026");
        StringBuilder b = new StringBuilder();
        while (b.length() + seed.length() <= NoticeText.MAX_LENGTH) {
            b.append(seed);
        }
        long t0 = System.nanoTime();
        try {
            NoticeText.read(b.toString(), "long");
        } catch (DataFormatException expected) {
            // the same notice repeated lists a day twice under two items: refused, as documented
        }
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(1000);
    }
}
