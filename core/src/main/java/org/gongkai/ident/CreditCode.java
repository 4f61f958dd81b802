package org.gongkai.ident;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.ident.IdentifierFormatException.Kind;
import org.gongkai.ident.IdentifierFormatException.Reason;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015), the 18-character identifier of every government
 * body and organisation, e.g. {@code 11500382774856013D}.
 *
 * <table>
 * <caption>Structure</caption>
 * <tr><th>positions (1-based)</th><th>part</th></tr>
 * <tr><td>1</td><td>登记管理部门代码, {@link #registrationDepartment()}</td></tr>
 * <tr><td>2</td><td>机构类别代码, {@link #organizationCategory()}</td></tr>
 * <tr><td>3-8</td><td>登记管理机关行政区划码 (GB/T 2260, 6 digits), {@link #regionCode()}</td></tr>
 * <tr><td>9-17</td><td>主体标识码 = 组织机构代码 (GB 11714) with its own check character, {@link #organizationCode()}</td></tr>
 * <tr><td>18</td><td>校验码, {@link #checkCharacter()}</td></tr>
 * </table>
 *
 * <p>Characters come from the 31 symbols {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (no I, O, S, V, Z), valued by their
 * index (A = 10 … Y = 30). The check character is {@code 31 - (Σ value_i·W_i mod 31)} (31 written as 0) with the
 * weights W_i = 3^(i-1) mod 31 = 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28. Because 31 is prime
 * and no weight is 0 mod 31, the check character detects every single-character substitution. {@link #parse} also
 * checks the GB 11714 check character of the embedded organisation code (positions 9-17), so the 17th character is
 * a digit or {@code X}.
 *
 * <p>Strict: upper case only, no surrounding whitespace. Immutable and thread-safe; equal when the 18 characters are.
 */
public final class CreditCode implements Comparable<CreditCode> {
    /** Number of characters. */
    public static final int LENGTH = 18;
    /** The 31 symbols in value order. */
    public static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** Value of each ASCII character in {@link #CHARACTERS}, -1 for the others. Never written after class init. */
    private static final byte[] VALUES = new byte[128];

    static {
        Arrays.fill(VALUES, (byte) -1);
        for (int i = 0; i < CHARACTERS.length(); i++) {
            VALUES[CHARACTERS.charAt(i)] = (byte) i;
        }
    }

    private final String code;

    private CreditCode(String code) {
        this.code = code;
    }

    /**
     * @param text the 18 characters
     * @return the credit code
     * @throws IdentifierFormatException when the text is not a valid credit code: {@code EMPTY}, {@code WRONG_LENGTH},
     *     {@code INVALID_CHARACTER} (outside the 31 symbols, or not a digit in positions 3-8, or not {@code 0-9X} in
     *     position 17), {@code CHECK_CHARACTER_MISMATCH} (position 17, 0-based) or
     *     {@code ORGANIZATION_CODE_CHECK_MISMATCH} (position 16, 0-based)
     */
    public static CreditCode parse(CharSequence text) {
        long error = check(text);
        if (error != OrganizationCode.OK) {
            throw exception(text, error);
        }
        return new CreditCode(text.toString());
    }

    /**
     * @param text a candidate credit code
     * @return the code, or empty when {@code text} is not a valid credit code (never throws)
     */
    public static Optional<CreditCode> tryParse(CharSequence text) {
        return check(text) == OrganizationCode.OK ? Optional.of(new CreditCode(text.toString())) : Optional.empty();
    }

    /**
     * Allocation-free check, for validators on hot paths.
     *
     * @param text a candidate credit code (may be null)
     * @return true when {@link #parse} would accept it
     */
    public static boolean isValid(CharSequence text) {
        return check(text) == OrganizationCode.OK;
    }

    /**
     * Computes the check character (position 18) of the first 17 characters.
     *
     * @param first17 the first 17 characters of a credit code
     * @return the check character, one of the 31 symbols
     * @throws IdentifierFormatException when the text is not 17 characters from the 31 symbols
     */
    public static char checkCharacterOf(CharSequence first17) {
        if (first17 == null || first17.length() == 0) {
            throw new IdentifierFormatException(Kind.CREDIT_CODE, Reason.EMPTY, 0, first17, "");
        }
        if (first17.length() != LENGTH - 1) {
            throw new IdentifierFormatException(Kind.CREDIT_CODE, Reason.WRONG_LENGTH,
                    Math.min(first17.length(), LENGTH - 1), first17, "expected the first 17 characters");
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (value(first17.charAt(i)) < 0) {
                throw new IdentifierFormatException(Kind.CREDIT_CODE, Reason.INVALID_CHARACTER, i, first17,
                        characterDetail(first17.charAt(i)));
            }
        }
        return CHARACTERS.charAt(expectedCheckValue(first17));
    }

    private static int value(char c) {
        return c < 128 ? VALUES[c] : -1;
    }

    private static int expectedCheckValue(CharSequence s) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += VALUES[s.charAt(i)] * WEIGHTS[i];
        }
        return (31 - sum % 31) % 31;
    }

    /** Checks without allocating; returns {@link OrganizationCode#OK} or an encoded reason and position. */
    static long check(CharSequence s) {
        if (s == null || s.length() == 0) {
            return OrganizationCode.error(Reason.EMPTY, 0);
        }
        if (s.length() != LENGTH) {
            return OrganizationCode.error(Reason.WRONG_LENGTH, Math.min(s.length(), LENGTH));
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            char c = s.charAt(i);
            int v = value(c);
            if (v < 0 || (i >= 2 && i < 8 && v > 9) || (i == 16 && v > 9 && c != 'X')) {
                return OrganizationCode.error(Reason.INVALID_CHARACTER, i);
            }
            sum += v * WEIGHTS[i];
        }
        int last = value(s.charAt(LENGTH - 1));
        if (last < 0) {
            return OrganizationCode.error(Reason.INVALID_CHARACTER, LENGTH - 1);
        }
        if (last != (31 - sum % 31) % 31) {
            return OrganizationCode.error(Reason.CHECK_CHARACTER_MISMATCH, LENGTH - 1);
        }
        if (OrganizationCode.checkCharacter(s, 8) != s.charAt(16)) {
            return OrganizationCode.error(Reason.ORGANIZATION_CODE_CHECK_MISMATCH, 16);
        }
        return OrganizationCode.OK;
    }

    private static String characterDetail(char c) {
        if (c >= 'a' && c <= 'z') {
            return "lower-case letter; credit codes use upper case";
        }
        if (c == 'I' || c == 'O' || c == 'S' || c == 'V' || c == 'Z') {
            return "I, O, S, V and Z are not used in credit codes";
        }
        return "allowed characters are " + CHARACTERS;
    }

    private static IdentifierFormatException exception(CharSequence text, long error) {
        Reason reason = OrganizationCode.reasonOf(error);
        int position = OrganizationCode.positionOf(error);
        String detail = switch (reason) {
            case WRONG_LENGTH -> "a credit code has 18 characters, found " + text.length();
            case INVALID_CHARACTER -> position >= 2 && position < 8 && value(text.charAt(position)) >= 0
                    ? "positions 3-8 (the region code) are digits"
                    : position == 16 && value(text.charAt(position)) >= 0
                    ? "position 17 is the organization code's check character, 0-9 or X"
                    : characterDetail(text.charAt(position));
            case CHECK_CHARACTER_MISMATCH -> "expected '" + CHARACTERS.charAt(expectedCheckValue(text)) + "'";
            case ORGANIZATION_CODE_CHECK_MISMATCH -> "the organization code " + text.subSequence(8, 17)
                    + " (positions 9-17) should end with '" + OrganizationCode.checkCharacter(text, 8) + "'";
            default -> "";
        };
        return new IdentifierFormatException(Kind.CREDIT_CODE, reason, position, text, detail);
    }

    /** @return the first character, the registration department's code */
    public char registrationDepartmentCode() {
        return code.charAt(0);
    }

    /** @return the registration department (登记管理部门), or empty when its code is not one Gongkai lists */
    public Optional<RegistrationDepartment> registrationDepartment() {
        return RegistrationDepartment.ofCode(code.charAt(0));
    }

    /** @return the second character, the organisation category's code */
    public char organizationCategoryCode() {
        return code.charAt(1);
    }

    /** @return the organisation category (机构类别), or empty when the pair of codes is not one Gongkai lists */
    public Optional<OrganizationCategory> organizationCategory() {
        return OrganizationCategory.ofCodes(code.charAt(0), code.charAt(1));
    }

    /** @return the 6-digit administrative division code (行政区划码, GB/T 2260) of the registering authority */
    public String regionCode() {
        return code.substring(2, 8);
    }

    /** @return the embedded organisation code (主体标识码, positions 9-17), already checked */
    public OrganizationCode organizationCode() {
        return OrganizationCode.parse(code.substring(8, 17));
    }

    /** @return the check character (position 18) */
    public char checkCharacter() {
        return code.charAt(17);
    }

    /** @return the 18 characters */
    @Override
    public String toString() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditCode other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** Orders by the 18 characters. */
    @Override
    public int compareTo(CreditCode o) {
        return code.compareTo(Objects.requireNonNull(o).code);
    }
}
