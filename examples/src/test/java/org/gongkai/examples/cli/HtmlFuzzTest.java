package org.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The escaping HTML builder on seeded random text, markup characters, CJK, control characters, surrogates (paired and
 * lone) and non-characters mixed: whatever the text, the page parses as XML, and the element's text and attribute
 * read back are the input with the characters XML 1.0 §2.2 forbids replaced by U+FFFD (and, in element text, line
 * ends normalised as XML 1.0 §2.11 says a parser does). Count from {@code fuzz.count} (2000), base seed from
 * {@code fuzz.seed} (1); at most 1 s per input to build the page.
 */
class HtmlFuzzTest {
    private static final String MARKUP = "<>&\"'=/;!-[]?# \n\r\t";
    private static final char[] ODD = {0, 1, 8, 0x0B, 0x0C, 0x1F, 0x7F, 0x85, 0x2028, 0xD800, 0xDBFF, 0xDC00, 0xDFFF,
        0xFFFE, 0xFFFF, 0xFEFF, 0xFFFD};

    private static String text(Random r) {
        int n = r.nextInt(120);
        StringBuilder sb = new StringBuilder(n * 2);
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(6)) {
                case 0 -> sb.append(MARKUP.charAt(r.nextInt(MARKUP.length())));
                case 1 -> sb.append((char) (0x4E00 + r.nextInt(0x5000)));
                case 2 -> sb.append(ODD[r.nextInt(ODD.length)]);
                case 3 -> sb.appendCodePoint(0x10000 + r.nextInt(0x10000));
                case 4 -> sb.append("<script>&amp;</p>".substring(0, 1 + r.nextInt(16)));
                default -> sb.append((char) (0x20 + r.nextInt(0x5F)));
            }
        }
        return sb.toString();
    }

    /** What an XML parser gives back for the text: forbidden characters replaced, line ends normalised in text. */
    private static String expected(String s, boolean attribute) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || Character.isSurrogate(c) || c == 0xFFFE
                    || c == 0xFFFF) {
                sb.append('\uFFFD');
            } else {
                sb.append(c);
            }
        }
        String out = sb.toString();
        return attribute ? out : out.replace("\r\n", "\n").replace('\r', '\n');
    }

    @Test
    void anyTextParsesBackAsItself() throws Exception {
        int count = Integer.getInteger("fuzz.count", 2000);
        long seed = Long.getLong("fuzz.seed", 1L);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        DocumentBuilder parser = f.newDocumentBuilder();
        parser.setErrorHandler(null);
        for (int i = 0; i < count; i++) {
            Random r = new Random(seed * 1_000_003L + i);
            String s = text(r);
            long start = System.nanoTime();
            String page = new Html().open("div").element("p", s, "title", s, "data-x", s).close("div").build();
            long nanos = System.nanoTime() - start; // the builder's time; the parser below is the JDK's
            Element p;
            try {
                p = (Element) parser.parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)))
                        .getDocumentElement().getFirstChild();
            } catch (org.xml.sax.SAXException e) {
                fail("seed " + seed + ", input " + i + ": not well-formed: " + e.getMessage() + "\n" + page);
                return;
            }
            assertThat(p.getTextContent()).as("seed %d, input %d: text", seed, i).isEqualTo(expected(s, false));
            assertThat(p.getAttribute("title")).as("seed %d, input %d: attribute", seed, i)
                    .isEqualTo(expected(s, true));
            assertThat(p.getAttribute("data-x")).isEqualTo(p.getAttribute("title"));
            assertThat(nanos).as("seed %d, input %d: time", seed, i).isLessThan(1_000_000_000L);
        }
    }
}
