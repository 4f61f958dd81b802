package org.gongkai.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.calendar.HolidayCalendar;
import org.gongkai.calendar.HolidayNotice;
import org.gongkai.data.DataFormatException;
import org.gongkai.domain.Domains;
import org.gongkai.domain.StandardGuide;
import org.junit.jupiter.api.Test;

/**
 * Reliability audit D4: the core JSON reader had no nesting, size or number limit (StackOverflowError at 5,000 '[',
 * OutOfMemoryError on an endless stream, 17 s and a 1,000,039-character message for a 1,000,000-digit number).
 * Each reproducer of the audit now gives a {@link DataFormatException} with the position.
 */
class MiniJsonLimitsTest {
    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** An endless stream: a prefix, then the byte {@code fill} for ever. */
    private static InputStream endless(String prefix, byte fill) {
        InputStream rest = new InputStream() {
            @Override
            public int read() {
                return fill;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, fill);
                return len;
            }
        };
        return new SequenceInputStream(stream(prefix), rest);
    }

    @Test
    void nestingDeeperThan32IsRefusedWithItsPosition() {
        assertThat(MiniJson.parse("[".repeat(32) + "]".repeat(32), "t")).isInstanceOf(List.class);
        assertThatThrownBy(() -> MiniJson.parse("[".repeat(33) + "]".repeat(33), "t"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("nesting deeper than 32")
                .satisfies(e -> assertThat(((DataFormatException) e).column()).isEqualTo(33));
        assertThatThrownBy(() -> MiniJson.parse("{\"a\":".repeat(40) + "1" + "}".repeat(40), "t"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("nesting");
    }

    @Test
    void theAuditsStackOverflowReproducersNowThrowDataFormatException() {
        assertThatThrownBy(() -> HolidayNotice.parse("[".repeat(5000), "x.json"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("x.json:1:33");
        assertThatThrownBy(() -> Domains.load(stream("[".repeat(100_000)), "d.json"))
                .isInstanceOf(DataFormatException.class);
        assertThatThrownBy(() -> StandardGuide.load(stream("{\"a\": " + "[".repeat(10_000)), "g.json",
                Domains.standard())).isInstanceOf(DataFormatException.class);
        assertThatThrownBy(() -> HolidayCalendar.official().withNotice(stream("{\"x\": " + "[".repeat(10_000)),
                "n.json")).isInstanceOf(DataFormatException.class);
    }

    @Test
    void anEndlessStreamIsReadNoFurtherThanTheDocumentLimit() {
        InputStream in = endless("{\"year\":2027,\"days\":[],\"x\":\"", (byte) 'a');
        assertThatThrownBy(() -> HolidayNotice.parse(in, "claim.json")).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("claim.json").hasMessageContaining(String.valueOf(MiniJson.MAX_DOCUMENT_LENGTH));
    }

    @Test
    void aLongStringIsRefusedAtItsStart() {
        String ok = "[\"" + "a".repeat(MiniJson.MAX_STRING_LENGTH) + "\"]";
        assertThat((List<?>) MiniJson.parse(ok, "t")).hasSize(1);
        String tooLong = "[\"" + "a".repeat(MiniJson.MAX_STRING_LENGTH + 1) + "\"]";
        assertThatThrownBy(() -> MiniJson.parse(tooLong, "t")).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("t:1:3").hasMessageContaining("longer than 1000000");
        String longName = "{\"" + "k".repeat(MiniJson.MAX_NAME_LENGTH + 1) + "\": 1}";
        assertThatThrownBy(() -> MiniJson.parse(longName, "t")).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("longer than 1000");
    }

    @Test
    void aMillionDigitNumberIsRefusedAtOnceWithAShortMessage() {
        String json = "{\"year\":" + "7".repeat(1_000_000) + ",\"days\":[]}";
        assertThatThrownBy(() -> HolidayNotice.parse(json, "n.json")).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("n.json:1:9").hasMessageContaining("longer than 100")
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(200));
        assertThat(MiniJson.parse("[" + "9".repeat(100) + "]", "t")).isInstanceOf(List.class);
    }
}
