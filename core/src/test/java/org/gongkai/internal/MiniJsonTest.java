package org.gongkai.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.gongkai.data.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MiniJsonTest {

    @Test
    void readsTheShapesOfTheBundledDataFiles() {
        Object v = MiniJson.parse("""
                {"year": 2020, "papers": ["http://www.gov.cn/a"],
                 "days": [{"name": "春节", "date": "2020-01-24", "isOffDay": true}, {"x": null, "y": -1.5e2}]}
                """, "t");
        Map<?, ?> m = (Map<?, ?>) v;
        assertThat(m.get("year")).isEqualTo(new BigDecimal(2020));
        assertThat(m.get("papers")).isEqualTo(List.of("http://www.gov.cn/a"));
        Map<?, ?> day = (Map<?, ?>) ((List<?>) m.get("days")).get(0);
        assertThat(day.get("name")).isEqualTo("春节");
        assertThat(day.get("isOffDay")).isEqualTo(Boolean.TRUE);
        Map<?, ?> other = (Map<?, ?>) ((List<?>) m.get("days")).get(1);
        assertThat(other.containsKey("x")).isTrue();
        assertThat(other.get("x")).isNull();
        assertThat(other.get("y")).isEqualTo(new BigDecimal("-1.5e2"));
    }

    @Test
    void decodesEscapesAndMultiByteTextAroundThem() {
        Object v = MiniJson.parse("[\"国庆\\n节\\u0041\\\"\\\\/\\/\\t😀末\"]", "t");
        assertThat(v).isEqualTo(List.of("国庆\n节A\"\\//\t😀末"));
    }

    @Test
    void skipsAByteOrderMark() {
        byte[] withBom = ("\uFEFF{\"a\": []}").getBytes(StandardCharsets.UTF_8);
        assertThat(MiniJson.parse(withBom, "t")).isEqualTo(Map.of("a", List.of()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"a": 1,}              | 1 | 9  | expected a property name
            {"a": 1 "b": 2}        | 1 | 9  | expected ',' or '}'
            {"名称": tru}           | 1 | 8  | unexpected token
            [1, 2                  | 1 | 6  | unexpected end of input
            {"a": 1} x             | 1 | 10 | unexpected text after the JSON value
            {"a": 1, "a": 2}       | 1 | 15 | duplicate property
            """)
    void namesTheSourceLineAndColumnOfTheFirstError(String json, int line, int column, String what) {
        assertThatThrownBy(() -> MiniJson.parse(json, "2027.json"))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("2027.json:" + line + ":" + column)
                .hasMessageContaining(what)
                .satisfies(e -> assertThat(((DataFormatException) e).column()).isEqualTo(column));
    }

    @Test
    void countsLinesAndCharactersNotBytes() {
        assertThatThrownBy(() -> MiniJson.parse("{\n \"名\": [1,\n  2 3]}", "f"))
                .hasMessageContaining("f:3:5");
    }

    @Test
    void rejectsControlCharactersAndBadEscapes() {
        assertThatThrownBy(() -> MiniJson.parse("[\"a\u0001\"]", "f")).hasMessageContaining("control character");
        assertThatThrownBy(() -> MiniJson.parse("[\"a\\q\"]", "f")).hasMessageContaining("bad escape");
        assertThatThrownBy(() -> MiniJson.parse("[\"abc", "f")).hasMessageContaining("unterminated string");
    }
}
