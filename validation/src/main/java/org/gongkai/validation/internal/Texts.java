package org.gongkai.validation.internal;

/** Small text helpers of the rules (no regex, no allocation when nothing is to be removed). */
final class Texts {
    private Texts() {
    }

    /** @return the text without whitespace (line wraps and typesetting spaces of real catalogs) */
    static String compact(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * @return the text without whitespace, bullets and punctuation: what two catalogs' renderings of the same
     *     content have in common
     */
    static String comparable(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && !ignorable(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!ignorable(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean ignorable(char c) {
        return Character.isWhitespace(c) || IGNORABLE.indexOf(c) >= 0;
    }

    private static final String IGNORABLE = "●•·◆■□、，,。.；;：:（）()“”\"'‘’《》<>〈〉-—_/";

    /** @return true when the text is digits only (after compacting), and short enough for an int */
    static boolean isSmallNumber(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
