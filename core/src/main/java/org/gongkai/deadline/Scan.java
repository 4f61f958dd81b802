package org.gongkai.deadline;

/** Allocation-free searches over a region {@code [from, to)} of a normalised char buffer. Package-private. */
final class Scan {

    private Scan() {
    }

    static int indexOf(char[] b, int from, int to, String needle) {
        int m = needle.length();
        char first = needle.charAt(0);
        outer:
        for (int i = from; i + m <= to; i++) {
            if (b[i] != first) {
                continue;
            }
            for (int k = 1; k < m; k++) {
                if (b[i + k] != needle.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int indexOf(char[] b, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    static boolean contains(char[] b, int from, int to, String needle) {
        return indexOf(b, from, to, needle) >= 0;
    }

    static boolean startsWith(char[] b, int from, int to, String prefix) {
        int m = prefix.length();
        if (to - from < m) {
            return false;
        }
        for (int k = 0; k < m; k++) {
            if (b[from + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static boolean endsWith(char[] b, int from, int to, String suffix) {
        int m = suffix.length();
        return to - from >= m && startsWith(b, to - m, to, suffix);
    }

    static boolean regionEquals(char[] b, int from, int to, String s) {
        return to - from == s.length() && startsWith(b, from, to, s);
    }
}
