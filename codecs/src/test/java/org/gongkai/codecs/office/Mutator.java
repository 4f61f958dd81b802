package org.gongkai.codecs.office;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Seeded mutations of office files (fuzz tests): bytes of the file, or the text of one XML part of a package. */
final class Mutator {
    private static final String[] SNIPPETS = {"<", ">", "&", "&amp;", "\"", "<c r=\"A1\">", "</row>", "<row r=\"0\">",
        "<mergeCell ref=\"A1:XFD1048576\"/>", "<mergeCell ref=\"Z9:A1\"/>", "<v>1e308</v>", "<v>-1</v>", "t=\"s\"",
        "s=\"99999\"", "<x:mergeCell ref=\"B2:C3\"/>", "<!--", "]]>", "<![CDATA[", "\u0000", "\uFFFF", "■", "同上",
        "<w:vMerge/>", "<w:gridSpan w:val=\"99999\"/>", "<w:gridSpan w:val=\"-1\"/>", "<w:tc>", "</w:tr>",
        "<w:gridBefore w:val=\"5\"/>", "r=\"A1048577\"", "r=\"AAAA1\""};

    private Mutator() {
    }

    /** @return the bytes with 1–8 bytes flipped, inserted or deleted */
    static byte[] bytes(byte[] in, Random rnd) {
        byte[] b = in.clone();
        int n = 1 + rnd.nextInt(8);
        for (int k = 0; k < n && b.length > 0; k++) {
            int at = rnd.nextInt(b.length);
            switch (rnd.nextInt(3)) {
                case 0 -> b[at] = (byte) rnd.nextInt(256);
                case 1 -> {
                    byte[] c = new byte[b.length + 1];
                    System.arraycopy(b, 0, c, 0, at);
                    c[at] = (byte) rnd.nextInt(256);
                    System.arraycopy(b, at, c, at + 1, b.length - at);
                    b = c;
                }
                default -> {
                    byte[] c = new byte[b.length - 1];
                    System.arraycopy(b, 0, c, 0, at);
                    System.arraycopy(b, at + 1, c, at, b.length - at - 1);
                    b = c;
                }
            }
        }
        return b;
    }

    /** @return the text with 1–4 edits: a snippet inserted, a range deleted or duplicated, a character changed */
    static String text(String in, Random rnd) {
        StringBuilder s = new StringBuilder(in);
        int n = 1 + rnd.nextInt(4);
        for (int k = 0; k < n; k++) {
            int at = s.length() == 0 ? 0 : rnd.nextInt(s.length());
            int len = Math.min(s.length() - at, rnd.nextInt(64));
            switch (rnd.nextInt(4)) {
                case 0 -> s.insert(at, SNIPPETS[rnd.nextInt(SNIPPETS.length)]);
                case 1 -> s.delete(at, at + len);
                case 2 -> s.insert(at, s.substring(at, at + len));
                default -> {
                    if (s.length() > 0) {
                        s.setCharAt(at, (char) (rnd.nextBoolean() ? rnd.nextInt(128) : 0x4E00 + rnd.nextInt(0x5000)));
                    }
                }
            }
        }
        return s.toString();
    }

    /**
     * @param zip a package
     * @param parts the names of the parts that may be mutated
     * @return the package with the XML text of one of them mutated, or its bytes mutated (one time in four)
     */
    static byte[] packaged(byte[] zip, String[] parts, Random rnd) {
        if (rnd.nextInt(4) == 0) {
            return bytes(zip, rnd);
        }
        String part = parts[rnd.nextInt(parts.length)];
        long seed = rnd.nextLong();
        return Zips.rewrite(zip, (name, data) -> name.equals(part)
                ? text(new String(data, StandardCharsets.UTF_8), new Random(seed)).getBytes(StandardCharsets.UTF_8)
                : data);
    }
}
