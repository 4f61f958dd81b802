package org.gongkai.examples.cli;

import java.io.PrintStream;
import java.util.Set;
import org.gongkai.ident.CreditCode;
import org.gongkai.ident.DocumentNumber;
import org.gongkai.ident.IdentifierFormatException;
import org.gongkai.ident.IndexNumber;

/**
 * {@code check-id TEXT}: which identifier a text is (统一社会信用代码, 发文字号 or 索引号) and whether it is valid.
 * The verdicts are those of the validation rules CREDIT_CODE_INVALID, DOCUMENT_NUMBER_INVALID and
 * INDEX_NUMBER_INVALID: a document number whose closing bracket was lost, and an index number whose sequence is not a
 * number, are invalid although they can be read.
 */
final class CheckIdCommand extends Leaf {
    CheckIdCommand() {
        super("check-id", "is a credit code, document number or index number valid", """
                usage: gongkai check-id TEXT

                Prints the kind of identifier, then 'valid' or 'invalid: REASON', on one line:
                  credit-code      统一社会信用代码 (GB 32100-2015, with the GB 11714 organisation code inside)
                  document-number  发文字号 (GB/T 9704-2012), e.g. 国办发〔2019〕54号
                  index-number     索引号 of a disclosure directory, e.g. 11500382774856013D/2024-00016
                The kind is told by the text: Chinese characters or brackets make a document number, a '/' or '-'
                an index number, anything else a credit code.
                Exit 0 when valid, 1 when invalid.

                example: gongkai check-id 11500382774856013E
                  →  credit-code invalid: check character mismatch at position 17 ('E'): expected 'D'""",
                Set.of(), Set.of(), Set.of());
    }

    /** The kinds of identifier, with the names the command prints. */
    enum Kind {
        /** 统一社会信用代码. */
        CREDIT_CODE("credit-code"),
        /** 发文字号. */
        DOCUMENT_NUMBER("document-number"),
        /** 索引号. */
        INDEX_NUMBER("index-number");

        private final String printed;

        Kind(String printed) {
            this.printed = printed;
        }

        /** @return the name printed on stdout */
        String printed() {
            return printed;
        }
    }

    /**
     * Tells which identifier a text is meant to be.
     *
     * @param text the text
     * @return its kind
     */
    static Kind classify(String text) {
        boolean dash = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x3000 || "[]()（）".indexOf(c) >= 0) {
                return Kind.DOCUMENT_NUMBER; // CJK, 〔〕, ﹝﹞, ［］, 号/號 …
            }
            dash |= c == '/' || c == '-';
        }
        return dash ? Kind.INDEX_NUMBER : Kind.CREDIT_CODE;
    }

    @Override
    int execute(Args args, PrintStream out, PrintStream err) throws UsageException {
        args.expect("TEXT");
        String text = args.positional().get(0);
        Kind kind = classify(text);
        String problem;
        try {
            problem = switch (kind) {
                case CREDIT_CODE -> {
                    CreditCode.parse(text);
                    yield null;
                }
                case DOCUMENT_NUMBER -> {
                    DocumentNumber n = DocumentNumber.parse(text);
                    yield n.normalizations().contains(DocumentNumber.Normalization.LOST_CLOSING_BRACKET)
                            ? "closing bracket after the year lost (read as " + n.canonical() + ")" : null;
                }
                case INDEX_NUMBER -> {
                    IndexNumber n = IndexNumber.parse(text);
                    yield n.isSequenceBroken() ? "sequence is not a number ('" + n.sequence() + "')" : null;
                }
            };
        } catch (IdentifierFormatException e) {
            problem = reason(e);
        }
        if (problem == null) {
            out.println(kind.printed() + " valid");
            return 0;
        }
        out.println(kind.printed() + " invalid: " + problem);
        return 1;
    }

    /** The exception's message without the identifier's name and text, which the command line already shows. */
    private static String reason(IdentifierFormatException e) {
        StringBuilder sb = new StringBuilder(e.reason().description());
        String t = e.text();
        sb.append(" at position ").append(e.position());
        if (e.position() >= 0 && e.position() < t.length()) {
            sb.append(" ('").append(t.charAt(e.position())).append("')");
        } else if (e.position() == t.length()) {
            sb.append(" (end of text)");
        }
        if (!e.detail().isEmpty()) {
            sb.append(": ").append(e.detail());
        }
        return sb.toString();
    }
}
