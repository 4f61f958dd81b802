package org.gongkai.ident;

import java.util.Objects;
import java.util.Optional;
import org.gongkai.ident.IdentifierFormatException.Kind;
import org.gongkai.ident.IdentifierFormatException.Reason;

/**
 * An organisation code (组织机构代码, GB 11714): 8 body characters from {@code 0-9A-Z} and a check character
 * {@code 0-9} or {@code X}. It is the 主体标识码 inside every {@link CreditCode} (positions 9-17) and, on older
 * disclosure platforms, the prefix of the {@link IndexNumber}, e.g. {@code 014560025/2023-06702}.
 *
 * <p>Check character: each body character has the value of its index in {@code 0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ};
 * with the weights 3, 7, 9, 10, 5, 8, 4, 2 the check value is {@code 11 - (Σ value·weight mod 11)}, written as
 * {@code X} for 10 and {@code 0} for 11.
 *
 * <p>{@link #parse} accepts the 9 characters as printed in credit codes and index numbers, and the hyphenated
 * certificate form {@code 01527918-X}; the value is always the 9 characters without the hyphen. Upper-case only.
 * Immutable and thread-safe; two codes are equal when their 9 characters are.
 */
public final class OrganizationCode implements Comparable<OrganizationCode> {
    /** Number of characters of the code without hyphen. */
    public static final int LENGTH = 9;
    private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private final String code;

    private OrganizationCode(String code) {
        this.code = code;
    }

    /**
     * @param text 9 characters ({@code 01527918X}) or the hyphenated form ({@code 01527918-X})
     * @return the organisation code
     * @throws IdentifierFormatException when the text is not a valid organisation code; the reason and position say
     *     why and where
     */
    public static OrganizationCode parse(CharSequence text) {
        long error = check(text);
        if (error != OK) {
            throw exception(text, error);
        }
        return new OrganizationCode(strip(text));
    }

    /**
     * @param text a candidate organisation code
     * @return the code, or empty when {@code text} is not a valid organisation code (never throws)
     */
    public static Optional<OrganizationCode> tryParse(CharSequence text) {
        return check(text) == OK ? Optional.of(new OrganizationCode(strip(text))) : Optional.empty();
    }

    /**
     * @param text a candidate organisation code (may be null)
     * @return true when {@link #parse} would accept it
     */
    public static boolean isValid(CharSequence text) {
        return check(text) == OK;
    }

    /**
     * Computes the GB 11714 check character of 8 body characters.
     *
     * @param body the 8 body characters ({@code 0-9A-Z})
     * @return the check character, {@code 0-9} or {@code X}
     * @throws IdentifierFormatException when the body is not 8 characters from {@code 0-9A-Z}
     */
    public static char checkCharacterOf(CharSequence body) {
        if (body == null || body.length() == 0) {
            throw new IdentifierFormatException(Kind.ORGANIZATION_CODE, Reason.EMPTY, 0, body, "");
        }
        if (body.length() != LENGTH - 1) {
            throw new IdentifierFormatException(Kind.ORGANIZATION_CODE, Reason.WRONG_LENGTH,
                    Math.min(body.length(), LENGTH - 1), body, "the body has 8 characters");
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (value(body.charAt(i)) < 0) {
                throw new IdentifierFormatException(Kind.ORGANIZATION_CODE, Reason.INVALID_CHARACTER, i, body,
                        "body characters are 0-9 and A-Z");
            }
        }
        return checkCharacter(body, 0);
    }

    /** The GB 11714 value of a character: 0-9 for digits, 10-35 for A-Z, -1 otherwise. */
    static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** The check character of the 8 body characters at {@code from}; the characters must be valid. */
    static char checkCharacter(CharSequence s, int from) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += value(s.charAt(from + i)) * WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        return c == 11 ? '0' : c == 10 ? 'X' : (char) ('0' + c);
    }

    static final long OK = -1L;

    static long error(Reason reason, int position) {
        return ((long) reason.ordinal() << 32) | position;
    }

    static Reason reasonOf(long error) {
        return Reason.values()[(int) (error >>> 32)];
    }

    static int positionOf(long error) {
        return (int) error;
    }

    private static String strip(CharSequence text) {
        String s = text.toString();
        return s.length() == LENGTH ? s : s.substring(0, 8) + s.charAt(9);
    }

    /** Checks without allocating; returns {@link #OK} or an encoded reason and position. */
    static long check(CharSequence s) {
        if (s == null || s.length() == 0) {
            return error(Reason.EMPTY, 0);
        }
        boolean hyphenated = s.length() == LENGTH + 1 && s.charAt(8) == '-';
        if (s.length() != LENGTH && !hyphenated) {
            return error(Reason.WRONG_LENGTH, Math.min(s.length(), LENGTH));
        }
        for (int i = 0; i < 8; i++) {
            if (value(s.charAt(i)) < 0) {
                return error(Reason.INVALID_CHARACTER, i);
            }
        }
        int checkAt = hyphenated ? 9 : 8;
        char c = s.charAt(checkAt);
        if (!(c >= '0' && c <= '9') && c != 'X') {
            return error(Reason.INVALID_CHARACTER, checkAt);
        }
        if (checkCharacter(s, 0) != c) {
            return error(Reason.ORGANIZATION_CODE_CHECK_MISMATCH, checkAt);
        }
        return OK;
    }

    private static IdentifierFormatException exception(CharSequence text, long error) {
        Reason reason = reasonOf(error);
        int position = positionOf(error);
        String detail = switch (reason) {
            case WRONG_LENGTH -> "an organization code has 9 characters (or 10 with the hyphen), found " + text.length();
            case INVALID_CHARACTER -> position < 8 ? "body characters are 0-9 and A-Z (upper case)"
                    : "the check character is 0-9 or X";
            case ORGANIZATION_CODE_CHECK_MISMATCH -> "expected '" + checkCharacter(text, 0) + "'";
            default -> "";
        };
        return new IdentifierFormatException(Kind.ORGANIZATION_CODE, reason, position, text, detail);
    }

    /** @return the 8 body characters */
    public String body() {
        return code.substring(0, 8);
    }

    /** @return the check character, {@code 0-9} or {@code X} */
    public char checkCharacter() {
        return code.charAt(8);
    }

    /** @return the hyphenated certificate form, e.g. {@code 01527918-X} */
    public String toHyphenated() {
        return code.substring(0, 8) + '-' + code.charAt(8);
    }

    /** @return the 9 characters, e.g. {@code 01527918X} */
    @Override
    public String toString() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrganizationCode other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** Orders by the 9 characters. */
    @Override
    public int compareTo(OrganizationCode o) {
        return code.compareTo(Objects.requireNonNull(o).code);
    }
}
