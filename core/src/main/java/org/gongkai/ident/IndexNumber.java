package org.gongkai.ident;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.gongkai.ident.IdentifierFormatException.Kind;
import org.gongkai.ident.IdentifierFormatException.Reason;

/**
 * The index number (索引号) of an entry in a government information disclosure directory (Regulation Art. 12 lists
 * 索引 among a directory's fields but fixes no format). Gongkai reads the families seen on real platforms, all of
 * the shape {@code prefix (/|-) period - sequence}:
 * <ul>
 * <li>{@code 11500382774856013D/2024-00016}: a {@link CreditCode} prefix, year and sequence (the most common);</li>
 * <li>{@code 11341702486344515H/202110-00013}: the period as year and month;</li>
 * <li>{@code 014560025/2023-06702}: an {@link OrganizationCode} prefix (pre-2015 platforms);</li>
 * <li>{@code 01527918X-2020-153077}: the same with a hyphen after the prefix;</li>
 * <li>{@code 6107280000/2024-001005}, {@code 370400/2022-00091}: a 6, 9, 10 or 12-digit region code (行政区划代码);</li>
 * <li>{@code xzfgzbmzfb/2021-3740}: a local code made of letters.</li>
 * </ul>
 * An 18-character prefix must be a valid credit code and a 9-character one a valid organisation code (both check
 * characters are verified); a 9-digit prefix that fails the organisation code check is read as a township region
 * code, since both exist. The sequence keeps its leading zeros. A sequence written {@code None} (a platform bug seen
 * on live sites, {@code 11370300MB28347540/2021-None}) is accepted by {@link #parse} and flagged by
 * {@link #isSequenceBroken()}; {@link #isValid} rejects it. A masked value ({@code ****}) is rejected with
 * {@link Reason#MASKED}.
 *
 * <p>Immutable and thread-safe; equal when the texts (without surrounding whitespace) are.
 */
public final class IndexNumber {
    /** The earliest year accepted in the period. */
    public static final int EARLIEST_YEAR = DocumentNumber.EARLIEST_YEAR;
    /** The latest year accepted in the period. */
    public static final int LATEST_YEAR = DocumentNumber.DEFAULT_LATEST_YEAR;
    private static final int MAX_SEQUENCE_DIGITS = 18;

    /** What the part before the first separator is. */
    public enum PrefixKind {
        /** An 18-character unified social credit code (统一社会信用代码). */
        CREDIT_CODE("统一社会信用代码"),
        /** A 9-character organisation code (组织机构代码). */
        ORGANIZATION_CODE("组织机构代码"),
        /** A 6, 9, 10 or 12-digit administrative division code (行政区划代码). */
        REGION_CODE("行政区划代码"),
        /** A local code made of letters, e.g. {@code xzfgzbmzfb}. */
        LOCAL_CODE("本地编码");

        private final String label;

        PrefixKind(String label) {
            this.label = label;
        }

        /** @return the Chinese name */
        public String label() {
            return label;
        }
    }

    private final String text;
    private final PrefixKind prefixKind;
    private final int prefixEnd;
    private final CreditCode creditCode;
    private final OrganizationCode organizationCode;
    private final int year;
    private final int month;
    private final String sequence;
    private final boolean sequenceBroken;

    private IndexNumber(Parser p) {
        this.text = p.s.toString().substring(p.start, p.end);
        this.prefixKind = p.prefixKind;
        this.prefixEnd = p.prefixEnd - p.start;
        this.creditCode = p.creditCode;
        this.organizationCode = p.organizationCode;
        this.year = p.year;
        this.month = p.month;
        this.sequence = p.s.toString().substring(p.sequenceStart, p.end);
        this.sequenceBroken = p.sequenceBroken;
    }

    /**
     * @param text the index number as written; surrounding whitespace is ignored
     * @return the index number
     * @throws IdentifierFormatException when the text is not an index number of a known family, or its credit code or
     *     organisation code prefix fails its check (the position then points into the prefix)
     */
    public static IndexNumber parse(CharSequence text) {
        Parser p = new Parser(text, true);
        if (!p.run()) {
            throw new IdentifierFormatException(Kind.INDEX_NUMBER, p.reason, p.errorAt, text, p.detail);
        }
        return new IndexNumber(p);
    }

    /**
     * @param text the index number as written
     * @return the index number (possibly with a broken sequence), or empty when {@link #parse} would throw
     */
    public static Optional<IndexNumber> tryParse(CharSequence text) {
        Parser p = new Parser(text, false);
        return p.run() ? Optional.of(new IndexNumber(p)) : Optional.empty();
    }

    /**
     * @param text the index number as written (may be null)
     * @return true when {@link #parse} accepts the text and its sequence is a number (not {@code None})
     */
    public static boolean isValid(CharSequence text) {
        Parser p = new Parser(text, false);
        return p.run() && !p.sequenceBroken;
    }

    /** @return the prefix as written, e.g. {@code 11500382774856013D} */
    public String prefix() {
        return text.substring(0, prefixEnd);
    }

    /** @return what the prefix is */
    public PrefixKind prefixKind() {
        return prefixKind;
    }

    /** @return the separator after the prefix, {@code '/'} or {@code '-'} */
    public char separator() {
        return text.charAt(prefixEnd);
    }

    /** @return the prefix as a credit code, when it is one */
    public Optional<CreditCode> creditCode() {
        return Optional.ofNullable(creditCode);
    }

    /**
     * @return the organisation code of the publishing body: the prefix itself when it is one, or the one embedded in
     *     a credit code prefix (so that old and new index numbers of one body can be matched)
     */
    public Optional<OrganizationCode> organizationCode() {
        if (organizationCode != null) {
            return Optional.of(organizationCode);
        }
        return creditCode == null ? Optional.empty() : Optional.of(creditCode.organizationCode());
    }

    /** @return the year of the period */
    public int year() {
        return year;
    }

    /** @return the month of the period, when it is written as YYYYMM */
    public OptionalInt month() {
        return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
    }

    /** @return the sequence as written, with its leading zeros (or {@code None} when broken) */
    public String sequence() {
        return sequence;
    }

    /** @return the sequence's value, empty when the sequence is broken */
    public OptionalLong sequenceNumber() {
        return sequenceBroken ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(sequence));
    }

    /** @return true when the sequence is not a number but a platform's rendering of a missing value ({@code None}) */
    public boolean isSequenceBroken() {
        return sequenceBroken;
    }

    /** @return the index number as written, without surrounding whitespace */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexNumber other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    /**
     * A one-shot reader that records the first error instead of throwing; the detail of a failing prefix is worked
     * out only when an exception will be thrown, so that isValid and tryParse allocate no exception.
     */
    private static final class Parser {
        private final CharSequence s;
        private final boolean detailed;
        private int start;
        private int end;
        private Reason reason;
        private int errorAt;
        private String detail = "";
        private PrefixKind prefixKind;
        private int prefixEnd;
        private CreditCode creditCode;
        private OrganizationCode organizationCode;
        private int year;
        private int month;
        private int sequenceStart;
        private boolean sequenceBroken;

        Parser(CharSequence s, boolean detailed) {
            this.s = s;
            this.detailed = detailed;
        }

        private boolean fail(Reason r, int at, String d) {
            reason = r;
            errorAt = at;
            detail = d;
            return false;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isLetter(char c) {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }

        private int indexOf(char c, int from) {
            for (int k = from; k < end; k++) {
                if (s.charAt(k) == c) {
                    return k;
                }
            }
            return -1;
        }

        boolean run() {
            if (s == null) {
                return fail(Reason.EMPTY, 0, "");
            }
            start = 0;
            end = s.length();
            while (start < end && Character.isWhitespace(s.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                return fail(Reason.EMPTY, 0, "");
            }
            boolean masked = true;
            for (int k = start; k < end && masked; k++) {
                masked = s.charAt(k) == '*' || s.charAt(k) == '＊';
            }
            if (masked) {
                return fail(Reason.MASKED, start, "the platform masked the index number");
            }
            int slash = indexOf('/', start);
            prefixEnd = slash >= 0 ? slash : indexOf('-', start);
            if (prefixEnd < 0) {
                return fail(Reason.MISSING_SEPARATOR, end, "expected '/' or '-' after the prefix");
            }
            return prefix() && period() && sequence();
        }

        private boolean prefix() {
            int n = prefixEnd - start;
            if (n == 0) {
                return fail(Reason.INVALID_PREFIX, start, "the index number starts with its prefix");
            }
            boolean letters = true;
            boolean digits = true;
            for (int k = start; k < prefixEnd; k++) {
                char c = s.charAt(k);
                if (!isDigit(c) && !isLetter(c)) {
                    return fail(Reason.INVALID_CHARACTER, k, "the prefix is made of digits and letters");
                }
                letters &= isLetter(c);
                digits &= isDigit(c);
            }
            if (letters) {
                prefixKind = PrefixKind.LOCAL_CODE;
                return true;
            }
            CharSequence prefix = s.subSequence(start, prefixEnd);
            if (n == CreditCode.LENGTH) {
                long error = CreditCode.check(prefix);
                if (error != OrganizationCode.OK) {
                    return detailed ? nested(() -> CreditCode.parse(prefix), "credit code") : fail(error);
                }
                creditCode = CreditCode.parse(prefix);
                prefixKind = PrefixKind.CREDIT_CODE;
                return true;
            }
            if (n == OrganizationCode.LENGTH) {
                long error = OrganizationCode.check(prefix);
                if (error == OrganizationCode.OK) {
                    organizationCode = OrganizationCode.parse(prefix);
                    prefixKind = PrefixKind.ORGANIZATION_CODE;
                    return true;
                }
                if (digits) {
                    prefixKind = PrefixKind.REGION_CODE;
                    return true;
                }
                return detailed ? nested(() -> OrganizationCode.parse(prefix), "organization code") : fail(error);
            }
            if (digits && (n == 6 || n == 10 || n == 12)) {
                prefixKind = PrefixKind.REGION_CODE;
                return true;
            }
            return fail(Reason.INVALID_PREFIX, start, "expected an 18-character credit code, a 9-character "
                    + "organization code, a 6, 9, 10 or 12-digit region code, or letters; found " + n + " characters");
        }

        /** Records a prefix error encoded by the code classes, offset into the whole text. */
        private boolean fail(long error) {
            return fail(OrganizationCode.reasonOf(error), start + OrganizationCode.positionOf(error), "");
        }

        /** Re-reads a prefix that failed, to carry its reason and position (offset into the whole text). */
        private boolean nested(Runnable parse, String what) {
            try {
                parse.run();
                throw new AssertionError("the prefix was rejected by tryParse but accepted by parse");
            } catch (IdentifierFormatException e) {
                return fail(e.reason(), start + e.position(),
                        "the prefix is read as a " + what + ": " + e.reason().description()
                                + (e.detail().isEmpty() ? "" : ", " + e.detail()));
            }
        }

        private boolean period() {
            int p0 = prefixEnd + 1;
            int j = p0;
            while (j < end && isDigit(s.charAt(j))) {
                j++;
            }
            int n = j - p0;
            if (n != 4 && n != 6) {
                return fail(Reason.INVALID_PERIOD, p0, "expected YYYY or YYYYMM after '" + s.charAt(prefixEnd)
                        + "', found " + n + " digits");
            }
            if (j == end) {
                return fail(Reason.MISSING_SEPARATOR, end, "expected '-' and the sequence after the period");
            }
            if (s.charAt(j) != '-') {
                return fail(Reason.MISSING_SEPARATOR, j, "expected '-' after the period");
            }
            year = Integer.parseInt(s.subSequence(p0, p0 + 4).toString());
            if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
                return fail(Reason.YEAR_OUT_OF_RANGE, p0,
                        "year " + year + " is outside " + EARLIEST_YEAR + "-" + LATEST_YEAR);
            }
            if (n == 6) {
                month = Integer.parseInt(s.subSequence(p0 + 4, p0 + 6).toString());
                if (month < 1 || month > 12) {
                    return fail(Reason.INVALID_PERIOD, p0 + 4, "month " + month + " is not 01-12");
                }
            }
            sequenceStart = j + 1;
            return true;
        }

        private boolean sequence() {
            if (sequenceStart == end) {
                return fail(Reason.INVALID_SEQUENCE, end, "the sequence is missing");
            }
            String rest = s.subSequence(sequenceStart, end).toString();
            if ("None".equalsIgnoreCase(rest) || "null".equalsIgnoreCase(rest)) {
                sequenceBroken = true;
                return true;
            }
            for (int k = sequenceStart; k < end; k++) {
                if (!isDigit(s.charAt(k))) {
                    return fail(Reason.INVALID_SEQUENCE, k, "the sequence is made of digits");
                }
            }
            if (end - sequenceStart > MAX_SEQUENCE_DIGITS) {
                return fail(Reason.INVALID_SEQUENCE, sequenceStart, "a sequence of " + (end - sequenceStart)
                        + " digits");
            }
            return true;
        }
    }
}
