package org.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The escaping HTML builder: what the HTML and XML specifications require of text and attribute values (the five
 * characters with a meaning in markup escaped; the characters XML 1.0 §2.2 does not allow replaced), worked out by
 * hand for each case.
 */
class HtmlTest {

    @Test
    void textAndAttributesAreEscaped() {
        String page = new Html().open("p", "title", "a\"b'c<d>&e").text("<script>alert('x') & \"y\"</script>")
                .close("p").build();
        assertThat(page).isEqualTo("<p title=\"a&quot;b&#39;c&lt;d&gt;&amp;e\">"
                + "&lt;script&gt;alert('x') &amp; \"y\"&lt;/script&gt;</p>");
    }

    @Test
    void anAttributeWithANullValueIsLeftOutAndLineBreaksInAttributesAreKept() {
        assertThat(new Html().empty("meta", "charset", "utf-8", "name", null).build())
                .isEqualTo("<meta charset=\"utf-8\"/>");
        // an attribute value normalises a raw line break to a space (XML 1.0 §3.3.3); a character reference keeps it
        assertThat(new Html().element("td", "x", "title", "a\nb").build()).isEqualTo("<td title=\"a&#10;b\">x</td>");
    }

    @Test
    void charactersXmlForbidsBecomeTheReplacementCharacter() {
        // XML 1.0 §2.2: Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
        String text = "a\u0000b\u0001c\u001Fd\tE\uD800F\uFFFEG\uFFFF" + "\uD83D\uDE00";
        assertThat(new Html().text(text).build())
                .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\tE\uFFFDF\uFFFDG\uFFFD\uD83D\uDE00");
        // a low surrogate alone is as bad as a high one
        assertThat(Html.escape("\uDC00x")).isEqualTo("\uFFFDx");
    }

    @Test
    void misuseIsRefused() {
        assertThatThrownBy(() -> new Html().trusted("a<b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Html().trusted("a&b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Html().open("p").close("div")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Html().open("p").build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Html().open("p", "title")).isInstanceOf(IllegalArgumentException.class);
    }
}
