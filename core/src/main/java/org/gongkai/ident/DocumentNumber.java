package org.gongkai.ident;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gongkai.ident.IdentifierFormatException.Kind;
import org.gongkai.ident.IdentifierFormatException.Reason;

/**
 * The number of an official document (发文字号, GB/T 9704-2012): the issuing agency's code (机关代字), the year in full
 * and the serial number (发文顺序号), canonically written {@code 机关代字〔YYYY〕N号}, e.g. {@code 国办发〔2019〕54号}:
 * hexagonal brackets 〔〕 (U+3014/U+3015), no leading zeros, no 第, and 号 after the serial.
 *
 * <p>{@link #parse} also reads the spellings found in real catalogs and records each departure from the canonical form
 * as a {@link Normalization}: the brackets {@code [] ［］ ﹝﹞ () （）}, the traditional 號, spaces anywhere, full-width
 * digits and leading zeros in the serial. It repairs one kind of damage seen on published sites, where an HTML
 * sanitiser ate the closing bracket and the year runs into the serial ({@code 税总发〔201744号} = {@code 税总发〔2017〕44号}):
 * the repair is made only when 号 ends the digits and their first four form a plausible year, and is flagged by
 * {@link #isRepaired()}. The text as given is kept in {@link #original()}.
 *
 * <p>Years are accepted from {@value #EARLIEST_YEAR} to a latest year, {@value #DEFAULT_LATEST_YEAR} unless the caller
 * passes its own (for example the current year from its clock). Immutable and thread-safe. Two numbers are equal when
 * agency code, year and serial are: two spellings of the same number are equal.
 */
public final class DocumentNumber {
    /** The earliest year accepted. */
    public static final int EARLIEST_YEAR = 1949;
    /** The latest year accepted when the caller gives none. */
    public static final int DEFAULT_LATEST_YEAR = 2099;
    private static final int MAX_SERIAL_DIGITS = 9;
    private static final String OPENING = "〔[［﹝(（";
    private static final String CLOSING = "〕]］﹞)）";

    /** A departure from the canonical spelling that {@link #parse} accepted and normalised. */
    public enum Normalization {
        /** Brackets other than 〔〕 around the year: {@code [] ［］ ﹝﹞ () （）}. */
        NON_STANDARD_BRACKETS,
        /** The traditional 號 instead of 号. */
        TRADITIONAL_HAO,
        /** Spaces inside the number (surrounding whitespace is not counted). */
        SPACES_REMOVED,
        /** Full-width digits ０-９. */
        FULL_WIDTH_DIGITS,
        /** Leading zeros in the serial (GB/T 9704: 1 is not written 01). */
        LEADING_ZEROS_REMOVED,
        /** Damage repaired: the closing bracket after the year was lost ({@code 〔201744号}). */
        LOST_CLOSING_BRACKET
    }

    private final String agencyCode;
    private final int year;
    private final int serial;
    private final String original;
    private final Set<Normalization> normalizations;

    private DocumentNumber(String agencyCode, int year, int serial, String original,
            Set<Normalization> normalizations) {
        this.agencyCode = agencyCode;
        this.year = year;
        this.serial = serial;
        this.original = original;
        this.normalizations = Sets.immutableEnumSet(normalizations);
    }

    /**
     * Reads a document number, accepting years up to {@value #DEFAULT_LATEST_YEAR}.
     *
     * @param text the number as written, e.g. {@code 国办发〔2019〕54号} or {@code 鄂康政办发[2020]30号}
     * @return the document number
     * @throws IdentifierFormatException when the text is not a document number; the reason and position say why
     *     and where
     */
    public static DocumentNumber parse(CharSequence text) {
        return parse(text, DEFAULT_LATEST_YEAR);
    }

    /**
     * Reads a document number, accepting years from {@value #EARLIEST_YEAR} to {@code latestYear}.
     *
     * @param text the number as written
     * @param latestYear the latest plausible year, e.g. the current year from the caller's clock
     * @return the document number
     * @throws IdentifierFormatException when the text is not a document number
     */
    public static DocumentNumber parse(CharSequence text, int latestYear) {
        Parser p = new Parser(text, latestYear);
        if (!p.run()) {
            throw new IdentifierFormatException(Kind.DOCUMENT_NUMBER, p.reason, p.errorAt, text, p.detail);
        }
        return p.result();
    }

    /**
     * @param text the number as written
     * @return the document number, or empty when {@link #parse(CharSequence)} would throw
     */
    public static Optional<DocumentNumber> tryParse(CharSequence text) {
        Parser p = new Parser(text, DEFAULT_LATEST_YEAR);
        return p.run() ? Optional.of(p.result()) : Optional.empty();
    }

    /**
     * A valid document number is one that reads without repair: variant brackets, 號, spaces, full-width digits and
     * leading zeros are accepted spellings, a lost closing bracket is damage to be fixed at the source.
     *
     * @param text the number as written (may be null)
     * @return true when {@link #parse(CharSequence)} accepts the text and {@link #isRepaired()} would be false
     */
    public static boolean isValid(CharSequence text) {
        Parser p = new Parser(text, DEFAULT_LATEST_YEAR);
        return p.run() && !p.normalizations.contains(Normalization.LOST_CLOSING_BRACKET);
    }

    /**
     * @param agencyCode the issuing agency's code (机关代字), e.g. {@code 国办发}
     * @param year the year in full
     * @param serial the serial number, at least 1
     * @return the document number, whose original text is its canonical form
     * @throws IdentifierFormatException when a component is invalid; the position refers to the canonical text
     */
    public static DocumentNumber of(String agencyCode, int year, int serial) {
        return parse((agencyCode == null ? "" : agencyCode) + '〔' + year + '〕' + serial + '号');
    }

    /** @return the issuing agency's code (机关代字), e.g. {@code 国办发}, without spaces */
    public String agencyCode() {
        return agencyCode;
    }

    /** @return the year in full */
    public int year() {
        return year;
    }

    /** @return the serial number (发文顺序号), at least 1 */
    public int serial() {
        return serial;
    }

    /** @return the text as given to {@link #parse} (including surrounding whitespace) */
    public String original() {
        return original;
    }

    /** @return each departure from the canonical spelling that was normalised; empty for a canonical text */
    public Set<Normalization> normalizations() {
        return normalizations;
    }

    /** @return true when the text was damaged and repaired ({@link Normalization#LOST_CLOSING_BRACKET}) */
    public boolean isRepaired() {
        return normalizations.contains(Normalization.LOST_CLOSING_BRACKET);
    }

    /** @return true when the original text is exactly the canonical form */
    public boolean isCanonical() {
        return original.equals(canonical());
    }

    /** @return the canonical form {@code 机关代字〔YYYY〕N号} */
    public String canonical() {
        return agencyCode + '〔' + year + '〕' + serial + '号';
    }

    /** @return the canonical form {@code 机关代字〔YYYY〕N号} */
    @Override
    public String toString() {
        return canonical();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentNumber other && year == other.year && serial == other.serial
                && agencyCode.equals(other.agencyCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agencyCode, year, serial);
    }

    /** A one-shot reader that records the first error instead of throwing, so that isValid does not allocate one. */
    private static final class Parser {
        private final CharSequence s;
        private final int latestYear;
        private final EnumSet<Normalization> normalizations = EnumSet.noneOf(Normalization.class);
        private Reason reason;
        private int errorAt;
        private String detail = "";
        private int i;
        private int end;
        private String agencyCode;
        private int year;
        private int serial;
        /** Digits read by {@link #readDigits()} and the position of each. */
        private final StringBuilder digits = new StringBuilder();
        private int[] digitAt = new int[0];

        Parser(CharSequence s, int latestYear) {
            this.s = s;
            this.latestYear = latestYear;
        }

        DocumentNumber result() {
            return new DocumentNumber(agencyCode, year, serial, s.toString(), normalizations);
        }

        private boolean fail(Reason r, int at, String d) {
            reason = r;
            errorAt = at;
            detail = d;
            return false;
        }

        private static boolean isSpace(char c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c);
        }

        private static int digit(char c) {
            if (c >= '0' && c <= '9') {
                return c - '0';
            }
            if (c >= '０' && c <= '９') {
                return c - '０';
            }
            return -1;
        }

        private void skipSpaces() {
            while (i < end && isSpace(s.charAt(i))) {
                normalizations.add(Normalization.SPACES_REMOVED);
                i++;
            }
        }

        /** Reads a run of digits, skipping spaces between them; leaves i on the first other character. */
        private int readDigits() {
            digits.setLength(0);
            if (digitAt.length < end - i) {
                digitAt = new int[end - i];
            }
            while (i < end) {
                char c = s.charAt(i);
                if (isSpace(c)) {
                    normalizations.add(Normalization.SPACES_REMOVED);
                    i++;
                    continue;
                }
                int d = digit(c);
                if (d < 0) {
                    break;
                }
                if (c > '9') {
                    normalizations.add(Normalization.FULL_WIDTH_DIGITS);
                }
                digitAt[digits.length()] = i;
                digits.append((char) ('0' + d));
                i++;
            }
            return digits.length();
        }

        boolean run() {
            if (s == null) {
                return fail(Reason.EMPTY, 0, "");
            }
            int start = 0;
            end = s.length();
            while (start < end && isSpace(s.charAt(start))) {
                start++;
            }
            while (end > start && isSpace(s.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                return fail(Reason.EMPTY, 0, "");
            }
            i = start;
            StringBuilder agency = new StringBuilder();
            char closing = 0;
            int opening = -1;
            while (i < end) {
                char c = s.charAt(i);
                if (isSpace(c)) {
                    normalizations.add(Normalization.SPACES_REMOVED);
                    i++;
                    continue;
                }
                int k = OPENING.indexOf(c);
                if (k >= 0) {
                    opening = i;
                    closing = CLOSING.charAt(k);
                    if (k != 0) {
                        normalizations.add(Normalization.NON_STANDARD_BRACKETS);
                    }
                    i++;
                    break;
                }
                if (CLOSING.indexOf(c) >= 0) {
                    return fail(Reason.MISMATCHED_BRACKET, i, "closing bracket before any opening bracket");
                }
                if (digit(c) >= 0) {
                    return fail(Reason.MISSING_OPENING_BRACKET, i, "the year is written in brackets, as in 〔2019〕");
                }
                int cp = Character.codePointAt(s, i);
                if (!Character.isLetter(cp)) {
                    return fail(Reason.INVALID_CHARACTER, i, "the agency code (机关代字) is made of characters");
                }
                agency.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            if (opening < 0) {
                return fail(Reason.MISSING_OPENING_BRACKET, end, "no bracketed year, as in 〔2019〕");
            }
            if (agency.length() == 0) {
                return fail(Reason.MISSING_AGENCY_CODE, opening, "the number starts with the agency code, e.g. 国办发");
            }
            agencyCode = agency.toString();
            skipSpaces();
            int yearDigits = readDigits();
            if (yearDigits == 0) {
                return fail(Reason.INVALID_YEAR, i, "expected the 4-digit year after the bracket");
            }
            int yearAt = digitAt[0];
            if (i == end) {
                return fail(Reason.MISSING_CLOSING_BRACKET, end, "expected '" + closing + "' after the year");
            }
            char next = s.charAt(i);
            if (next == closing) {
                if (yearDigits != 4) {
                    return fail(Reason.INVALID_YEAR, yearAt,
                            "the year is written in full with 4 digits, found " + yearDigits);
                }
                year = Integer.parseInt(digits.toString());
                if (year < EARLIEST_YEAR || year > latestYear) {
                    return fail(Reason.YEAR_OUT_OF_RANGE, yearAt,
                            "year " + year + " is outside " + EARLIEST_YEAR + "-" + latestYear);
                }
                i++;
                skipSpaces();
                int serialDigits = readDigits();
                if (serialDigits == 0) {
                    return fail(Reason.MISSING_SERIAL, i, "expected the serial number after the year");
                }
                return serial(0) && hao();
            }
            if (next == '号' || next == '號') {
                if (yearDigits < 5) {
                    return fail(Reason.MISSING_CLOSING_BRACKET, i, "expected '" + closing + "' after the year");
                }
                int repairedYear = Integer.parseInt(digits.substring(0, 4));
                if (repairedYear < EARLIEST_YEAR || repairedYear > latestYear) {
                    return fail(Reason.MISSING_CLOSING_BRACKET, digitAt[4], "cannot repair: the first 4 digits "
                            + repairedYear + " are not a plausible year (" + EARLIEST_YEAR + "-" + latestYear + ")");
                }
                year = repairedYear;
                normalizations.add(Normalization.LOST_CLOSING_BRACKET);
                return serial(4) && hao();
            }
            if (CLOSING.indexOf(next) >= 0) {
                return fail(Reason.MISMATCHED_BRACKET, i, "expected '" + closing + "' to close the year");
            }
            if (OPENING.indexOf(next) >= 0) {
                return fail(Reason.MISSING_CLOSING_BRACKET, i, "expected '" + closing + "' after the year");
            }
            return fail(Reason.INVALID_CHARACTER, i, "expected '" + closing + "' after the year");
        }

        /** The serial from the digits read, starting at digit index {@code from}. */
        private boolean serial(int from) {
            int n = digits.length() - from;
            int first = digitAt[from];
            int significant = from;
            while (significant < digits.length() - 1 && digits.charAt(significant) == '0') {
                significant++;
            }
            if (significant > from) {
                normalizations.add(Normalization.LEADING_ZEROS_REMOVED);
            }
            if (digits.length() - significant > MAX_SERIAL_DIGITS) {
                return fail(Reason.INVALID_SERIAL, first, "a serial of " + n + " digits");
            }
            serial = Integer.parseInt(digits.substring(significant));
            if (serial == 0) {
                return fail(Reason.INVALID_SERIAL, first, "serial numbers start at 1");
            }
            return true;
        }

        /** The closing 号 (or 號) and nothing after it. */
        private boolean hao() {
            if (i == end) {
                return fail(Reason.MISSING_HAO, end, "the number ends with 号");
            }
            char c = s.charAt(i);
            if (c == '號') {
                normalizations.add(Normalization.TRADITIONAL_HAO);
            } else if (c != '号') {
                return fail(Reason.MISSING_HAO, i, "expected 号 after the serial");
            }
            i++;
            while (i < end && isSpace(s.charAt(i))) {
                i++;
            }
            if (i < end) {
                return fail(Reason.TRAILING_TEXT, i, "nothing may follow 号");
            }
            return true;
        }
    }
}
