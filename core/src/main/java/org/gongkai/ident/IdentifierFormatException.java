package org.gongkai.ident;

import java.util.Objects;

/**
 * A text is not a well-formed identifier. Carries which identifier was expected ({@link #kind()}), why the text was
 * rejected ({@link #reason()}), the 0-based position in the given text of the offending character
 * ({@link #position()}; equal to the text's length when something is missing at the end) and the text itself.
 * The message names all of them, for example
 * {@code 统一社会信用代码 "11500382774856013E": check character mismatch at position 17 ('E'): expected 'D'}.
 */
public final class IdentifierFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The identifier a text was parsed as. */
    public enum Kind {
        /** 统一社会信用代码 (GB 32100-2015). */
        CREDIT_CODE("统一社会信用代码"),
        /** 组织机构代码 (GB 11714). */
        ORGANIZATION_CODE("组织机构代码"),
        /** 发文字号 (GB/T 9704-2012). */
        DOCUMENT_NUMBER("发文字号"),
        /** 索引号 of a government information disclosure directory. */
        INDEX_NUMBER("索引号");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** @return the Chinese name of the identifier */
        public String label() {
            return label;
        }
    }

    /** Why a text was rejected. The constants never change meaning. */
    public enum Reason {
        /** The text is null, empty or only whitespace. */
        EMPTY("empty text", "内容为空"),
        /** The text has the wrong number of characters. */
        WRONG_LENGTH("wrong length", "长度不符"),
        /** A character that the identifier does not allow at that position. */
        INVALID_CHARACTER("invalid character", "非法字符"),
        /** The check character of a credit code (GB 32100, mod 31) does not match the other 17 characters. */
        CHECK_CHARACTER_MISMATCH("check character mismatch", "校验码错误"),
        /** The check character of an organisation code (GB 11714, mod 11) does not match its 8 body characters. */
        ORGANIZATION_CODE_CHECK_MISMATCH("organization code check character mismatch", "组织机构代码校验码错误"),
        /** A document number without its agency code (机关代字). */
        MISSING_AGENCY_CODE("missing agency code", "缺少机关代字"),
        /** A document number whose year is not opened by a bracket. */
        MISSING_OPENING_BRACKET("missing opening bracket before the year", "年份缺少左括号"),
        /** A document number whose year is not closed by a bracket, and that cannot be repaired. */
        MISSING_CLOSING_BRACKET("missing closing bracket after the year", "年份缺少右括号"),
        /** A closing bracket of another kind than the opening one. */
        MISMATCHED_BRACKET("mismatched bracket", "括号不配对"),
        /** A year that is not written with exactly 4 digits. */
        INVALID_YEAR("year is not 4 digits", "年份应为4位数字"),
        /** A 4-digit year outside the plausible range. */
        YEAR_OUT_OF_RANGE("year out of range", "年份超出合理范围"),
        /** A document number without its serial number (发文顺序号). */
        MISSING_SERIAL("missing serial number", "缺少发文顺序号"),
        /** A serial number of zero or too many digits. */
        INVALID_SERIAL("invalid serial number", "发文顺序号无效"),
        /** A document number without the closing 号. */
        MISSING_HAO("missing 号", "缺少“号”字"),
        /** Text after the end of the identifier. */
        TRAILING_TEXT("unexpected text after the identifier", "标识末尾有多余内容"),
        /** A masked value such as {@code ****}. */
        MASKED("masked value", "内容被屏蔽"),
        /** An index number prefix that is none of the known kinds (credit code, organisation code, region, letters). */
        INVALID_PREFIX("unrecognised prefix", "无法识别的前缀"),
        /** An index number without the separator after its prefix or its period. */
        MISSING_SEPARATOR("missing separator", "缺少分隔符"),
        /** An index number period that is neither YYYY nor YYYYMM (with a month 01-12). */
        INVALID_PERIOD("period is neither YYYY nor YYYYMM", "年份/年月段无效"),
        /** An index number sequence that is not a number. */
        INVALID_SEQUENCE("sequence is not a number", "流水号无效");

        private final String description;
        private final String label;

        Reason(String description, String label) {
            this.description = description;
            this.label = label;
        }

        /** @return the English description used in exception messages */
        public String description() {
            return description;
        }

        /** @return the Chinese description, for messages shown to clerks */
        public String label() {
            return label;
        }
    }

    private final Kind kind;
    private final Reason reason;
    private final int position;
    private final String text;
    private final String detail;

    /**
     * @param kind the identifier expected
     * @param reason why the text was rejected
     * @param position the 0-based position of the offending character in {@code text} (its length when something
     *     is missing at the end)
     * @param text the text as given ({@code null} is kept as the empty string)
     * @param detail more detail for the message, or the empty string
     */
    public IdentifierFormatException(Kind kind, Reason reason, int position, CharSequence text, String detail) {
        super(message(kind, reason, position, text, detail));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.position = position;
        this.text = text == null ? "" : text.toString();
        this.detail = detail == null ? "" : detail;
    }

    private static String message(Kind kind, Reason reason, int position, CharSequence text, String detail) {
        StringBuilder sb = new StringBuilder();
        sb.append(kind == null ? "identifier" : kind.label()).append(' ');
        sb.append(text == null ? "null" : "\"" + text + "\"");
        sb.append(": ").append(reason == null ? "invalid" : reason.description());
        sb.append(" at position ").append(position);
        if (text != null && position >= 0 && position < text.length()) {
            sb.append(" ('").append(text.charAt(position)).append("')");
        } else if (text != null && position == text.length()) {
            sb.append(" (end of text)");
        }
        if (detail != null && !detail.isEmpty()) {
            sb.append(": ").append(detail);
        }
        return sb.toString();
    }

    /** @return the identifier the text was parsed as */
    public Kind kind() {
        return kind;
    }

    /** @return why the text was rejected */
    public Reason reason() {
        return reason;
    }

    /**
     * @return the 0-based position in {@link #text()} of the offending character; the text's length when something
     *     is missing at the end
     */
    public int position() {
        return position;
    }

    /** @return the text as given (the empty string for {@code null}) */
    public String text() {
        return text;
    }

    /** @return more detail (for example the expected check character), or the empty string */
    public String detail() {
        return detail;
    }
}
