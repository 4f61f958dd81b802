package org.gongkai.codecs.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.codecs.office.OfficeFixtures.s;
import static org.gongkai.codecs.office.OfficeFixtures.t;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gongkai.codecs.table.CatalogTableReader;
import org.gongkai.codecs.table.DomainOrigin;
import org.gongkai.codecs.table.TableFormats;
import org.gongkai.codecs.table.TableInput;
import org.gongkai.codecs.table.TableReadResult;
import org.gongkai.codecs.table.TableSummary;
import org.gongkai.domain.Domain;
import org.gongkai.domain.Domains;
import org.gongkai.item.AdministrativeLevel;
import org.gongkai.item.Audience;
import org.gongkai.item.Channel;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.DisclosureMethod;
import org.gongkai.item.ItemElement;
import org.gongkai.item.ItemName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every row of the reference transcription (catalog-rows.jsonl, 125 rows of real catalogs), published as counties
 * publish it — one table per domain with its title "某县XX领域基层政务公开标准目录", the national two-row header with
 * merged cells, merged 一级事项 cells — in .xlsx, .xls and .docx, read back through the one interpretation: every
 * element equals the transcription, each table takes its domain from its title (or, for a domain outside the
 * standard list, its sheet name), and an 一级事项 merged over several items is inherited for certain.
 */
class OfficeRealRowsTest {
    @TempDir
    Path dir;

    /** Channel cells written without check marks, with the number of channels each names (counted by hand). */
    private static final Map<Integer, Integer> UNMARKED_CHANNEL_COUNTS = Map.ofEntries(Map.entry(6, 1),
            Map.entry(7, 1), Map.entry(51, 1), Map.entry(54, 1), Map.entry(56, 1), Map.entry(57, 1),
            Map.entry(66, 4), Map.entry(70, 2), Map.entry(71, 2), Map.entry(83, 1), Map.entry(84, 1),
            Map.entry(88, 2), Map.entry(94, 1), Map.entry(95, 1), Map.entry(96, 2), Map.entry(97, 2),
            Map.entry(118, 2), Map.entry(119, 2));

    private static int count(String s, String chars) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            if (chars.indexOf(s.charAt(k)) >= 0) {
                n++;
            }
        }
        return n;
    }

    private static void check(List<String> diff, String what, Object expected, Object got) {
        if (!expected.equals(got)) {
            diff.add(what + ": expected " + expected + " but read " + got);
        }
    }

    /**
     * The domain a title "…X领域…" gives: the standard domain it names (with its aliases), else the sheet's name;
     * none for row 124, whose "domain" is the transcriber's note "(主动公开基本目录, not a 26-domain catalog)".
     */
    private static String expectedDomain(JsonNode r, boolean sheetName) {
        String d = s(r, "domain");
        if (d.startsWith("(")) {
            return "";
        }
        return Domains.standard().lookup(d).map(Domain::name)
                .orElse(sheetName ? OfficeFixtures.sheetName(d) : d);
    }

    /**
     * @param mergedName whether the item's 一级事项 cell continues a merged region from the item above
     * @return the differences between the item read and the transcription
     */
    static List<String> compare(int i, JsonNode r, DisclosureItem got, DisclosureItem above, boolean mergedName,
            String domain) {
        List<String> diff = new ArrayList<>();
        // an item the page names in one 公开事项 column (L10) stands in the 一级事项 column of the national header,
        // its 二级事项 blank: it reads as written there
        ItemName name = ItemName.of(s(r, "level1"), s(r, "level2"));
        check(diff, "name", name, got.name());
        check(diff, "domain", domain, got.domain());
        check(diff, "content", s(r, "content"), got.content());
        check(diff, "basis", s(r, "basis"), got.basis().text());
        Set<ItemElement> inherited = EnumSet.noneOf(ItemElement.class);
        if (s(r, "deadline").equals("同上")) {
            // row 121: 同上 takes the deadline of the item above in the table, here the one above in its domain
            check(diff, "deadline (同上)", above.deadlineText(), got.deadlineText());
            inherited.add(ItemElement.DEADLINE);
        } else {
            check(diff, "deadline", s(r, "deadline"), got.deadlineText());
        }
        check(diff, "responsibleBody", s(r, "subject"), got.responsibleBody().name());
        EnumSet<Audience> aud = EnumSet.noneOf(Audience.class);
        if (t(r, "audience_all")) {
            aud.add(Audience.GENERAL_PUBLIC);
        }
        if (t(r, "audience_specific")) {
            aud.add(Audience.SPECIFIC_GROUP);
        }
        check(diff, "audiences", aud, got.audiences());
        check(diff, "specificGroup", OfficeFixtures.QUALIFIERS.getOrDefault(i, ""), got.specificGroup());
        EnumSet<DisclosureMethod> met = EnumSet.noneOf(DisclosureMethod.class);
        if (t(r, "proactive")) {
            met.add(DisclosureMethod.PROACTIVE);
        }
        if (t(r, "on_request")) {
            met.add(DisclosureMethod.ON_REQUEST);
        }
        check(diff, "methods", met, got.methods());
        Set<AdministrativeLevel> lv = s(r, "levels").isEmpty() ? Set.of()
                : AdministrativeLevel.parseAll(s(r, "levels"));
        check(diff, "levels", lv, got.levels());
        if (mergedName) {
            inherited.add(ItemElement.NAME);
        }
        String raw = s(r, "channels");
        if (raw.equals("同上")) {
            check(diff, "channels (同上)", above.channels(), got.channels());
            inherited.add(ItemElement.CHANNELS);
        } else {
            int expected = UNMARKED_CHANNEL_COUNTS.containsKey(i) ? UNMARKED_CHANNEL_COUNTS.get(i)
                    : count(raw, "■▄◆");
            // one channel per ticked box: row 55's "□其他   基层公共服务平台" is an empty box, so not a channel chosen
            // (the official left it unticked; the text after it is the form's blank filled in, not a tick)
            check(diff, "number of channels", expected, got.channels().size());
            int at = 0;
            for (Channel c : got.channels()) {
                int pos = raw.indexOf(c.text(), at);
                if (pos < 0) {
                    diff.add("channel text \"" + c.text() + "\" is not in the cell (in order)");
                } else {
                    at = pos + c.text().length();
                }
            }
        }
        check(diff, "inherited", inherited, got.inherited());
        check(diff, "extras", Map.of(), got.extras());
        return diff;
    }

    private int readBack(String format, byte[] file, boolean titlesAboveAsHeading) throws IOException {
        List<JsonNode> all = OfficeFixtures.rows();
        List<OfficeFixtures.Table> tables = OfficeFixtures.tables(all);
        Path f = dir.resolve("catalog." + format);
        Files.write(f, file);
        TableReadResult res = CatalogTableReader.read(TableFormats.open(TableInput.of(f), null),
                CatalogTableReader.Options.defaults());
        List<DisclosureItem> items = res.catalog().items();
        assertThat(res.tables()).hasSize(tables.size());
        Map<Integer, List<String>> failures = new TreeMap<>();
        int equal = 0;
        int k = 0;
        for (int ti = 0; ti < tables.size(); ti++) {
            OfficeFixtures.Table t = tables.get(ti);
            TableSummary sum = res.tables().get(ti);
            assertThat(sum.title()).isEqualTo(t.title());
            assertThat(sum.rowsRejected()).as(sum.toString()).isZero();
            assertThat(sum.itemsKept()).isEqualTo(t.items().size());
            for (int n = 0; n < t.items().size(); n++) {
                int i = t.items().get(n);
                JsonNode r = all.get(i);
                // the fixture merges 一级事项 of consecutive items that share it: its cell then shows blank
                String[] row = t.grid().get(3 + n);
                boolean merged = n > 0 && row[1].isEmpty() && !s(r, "level1").isEmpty();
                boolean standard = Domains.standard().lookup(s(r, "domain")).isPresent();
                List<String> diff = compare(i, r, items.get(k), k > 0 ? items.get(k - 1) : null, merged,
                        expectedDomain(r, !format.equals("docx")));
                if (!standard && !format.equals("docx")) {
                    check(diff, "domain origin", s(r, "domain").startsWith("(") ? DomainOrigin.NONE
                            : DomainOrigin.SHEET_NAME, sum.domainOrigin());
                }
                if (diff.isEmpty()) {
                    equal++;
                } else {
                    failures.put(i, diff);
                }
                k++;
            }
        }
        assertThat(k).isEqualTo(items.size());
        failures.forEach((i, v) -> System.out.println(format + " row " + i + ": " + v));
        System.out.println(format + ": real rows read back equal: " + equal + " of " + all.size() + " in "
                + res.tables().size() + " tables");
        assertThat(failures).isEmpty();
        return equal;
    }

    @Test
    void everyRealRowReadsBackEqualFromXlsx() throws IOException {
        List<OfficeFixtures.Table> tables = OfficeFixtures.tables(OfficeFixtures.rows());
        assertThat(readBack("xlsx", OfficeFixtures.xlsx(tables), false)).isEqualTo(125);
    }

    @Test
    void everyRealRowReadsBackEqualFromXls() throws IOException {
        List<OfficeFixtures.Table> tables = OfficeFixtures.tables(OfficeFixtures.rows());
        assertThat(readBack("xls", OfficeFixtures.xls(tables), false)).isEqualTo(125);
    }

    @Test
    void everyRealRowReadsBackEqualFromDocx() throws IOException {
        List<OfficeFixtures.Table> tables = OfficeFixtures.tables(OfficeFixtures.rows());
        assertThat(readBack("docx", OfficeFixtures.docx(tables), true)).isEqualTo(125);
    }

    @Test
    void aStreamReadsAsTheFile() {
        List<OfficeFixtures.Table> tables = OfficeFixtures.tables(OfficeFixtures.rows()).subList(0, 2);
        TableReadResult res = CatalogTableReader.read(TableFormats.open(TableInput.of(
                new ByteArrayInputStream(OfficeFixtures.xlsx(tables)), "catalog.xlsx"), null),
                CatalogTableReader.Options.defaults());
        assertThat(res.catalog().items()).hasSize(tables.get(0).items().size() + tables.get(1).items().size());
    }
}
