package org.gongkai.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.gongkai.calendar.CalendarCoverageException;
import org.gongkai.calendar.CalendarDay;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.deadline.DeadlinePhrases;
import org.gongkai.domain.Domain;
import org.gongkai.domain.Domains;
import org.gongkai.domain.StandardGuide;
import org.gongkai.item.Catalog;
import org.gongkai.item.DisclosureItem;
import org.gongkai.validation.RuleCode;
import org.gongkai.validation.Severity;
import org.gongkai.validation.Violation;

/**
 * The check of one or more catalogs as one self-contained HTML page: a summary, each domain's items against its
 * standard guide, the violations (sortable and filterable by a few lines of inline script, a plain table without
 * it), the due dates on a calendar of the official working days, and where each table was read from. Everything is
 * inline (style sheet, SVG bars, script): the page makes no network request, opens from a USB stick and prints on
 * A4. Colour is never the only signal: every coloured mark has an icon or a word beside it.
 */
final class HtmlReport {
    private static final Domains REGISTRY = Domains.standard().withOverlay(Domains.knownExtensions());
    /** At most this many months are drawn as calendars; later due dates are in the list only. */
    static final int MAX_MONTHS = 4;

    private static final Map<String, String[]> COLUMNS = Map.ofEntries(
            Map.entry("serialNumber", new String[] {"序号", "No."}),
            Map.entry("domain", new String[] {"领域", "domain"}),
            Map.entry("name", new String[] {"公开事项", "item"}),
            Map.entry("content", new String[] {"公开内容（要素）", "content"}),
            Map.entry("basis", new String[] {"公开依据", "legal basis"}),
            Map.entry("deadline", new String[] {"公开时限", "deadline"}),
            Map.entry("responsibleBody", new String[] {"公开主体", "responsible body"}),
            Map.entry("channels", new String[] {"公开渠道和载体", "channels"}),
            Map.entry("audiences", new String[] {"公开对象", "audience"}),
            Map.entry("methods", new String[] {"公开方式", "method"}),
            Map.entry("levels", new String[] {"公开层级", "level"}),
            Map.entry("attribute", new String[] {"公开属性", "disclosure attribute"}));

    private final ReportInput input;
    private final Locale locale;
    private final boolean english;
    private final LocalDate trigger;
    private final WorkingDayCalendar calendar;
    private final Html h = new Html();

    private HtmlReport(ReportInput input, Locale locale, LocalDate trigger, WorkingDayCalendar calendar) {
        this.input = input;
        this.locale = locale;
        this.english = locale.getLanguage().equals("en");
        this.trigger = trigger;
        this.calendar = calendar;
    }

    /**
     * Renders the page.
     *
     * @param input the tables and checked catalogs
     * @param locale the page's language (English for an English locale, else Chinese)
     * @param trigger the trigger date of the due dates, or null for no due dates
     * @param calendar the working-day calendar of the due dates and of the calendar strip
     * @return the page, UTF-8 text
     */
    static String render(ReportInput input, Locale locale, LocalDate trigger, WorkingDayCalendar calendar) {
        return new HtmlReport(input, locale, trigger, calendar).page();
    }

    /**
     * Writes a page to a file, in UTF-8.
     *
     * @param command the command, for messages
     * @param file the file's name
     * @param page the page
     * @throws UsageException when the file cannot be written (the message names it)
     */
    static void write(String command, String file, String page) throws UsageException {
        try {
            Files.writeString(Path.of(file), page, StandardCharsets.UTF_8);
        } catch (IOException | InvalidPathException e) {
            throw new UsageException(command + ": " + file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** One violation with where it is. */
    private record Located(Violation v, String file, int table, String tableTitle, long row, int itemIndex,
            String column, String domain, String serial, String item) {
    }

    /** The figures of one domain over all catalogs. */
    private static final class DomainStat {
        final String name;
        final String englishName;
        int items;
        int errors;
        int warnings;
        int guideItems = -1;
        boolean guideComplete;
        Set<String> missing;

        DomainStat(String name) {
            this.name = name;
            this.englishName = REGISTRY.lookup(name).map(Domain::englishName).orElse("");
        }
    }

    /** One due date. */
    private record Due(LocalDate date, String file, DisclosureItem item) {
    }

    private String t(String zh, String en) {
        return english ? en : zh;
    }

    private static String domainName(String written) {
        return REGISTRY.lookup(written).map(Domain::name).orElse(written);
    }

    private String page() {
        List<Located> located = locate();
        Map<String, DomainStat> domains = domains(located);
        int errors = 0;
        int warnings = 0;
        int items = 0;
        boolean valid = true;
        for (ReportInput.CheckedCatalog c : input.catalogs()) {
            errors += c.report().errors().size();
            warnings += c.report().warnings().size();
            items += c.catalog().items().size();
            valid &= c.valid(input.tables());
        }
        long rejected = input.tables().stream().mapToLong(ReportInput.TableSummary::rejected).sum();
        Set<String> files = new LinkedHashSet<>();
        input.tables().forEach(x -> files.add(x.file()));

        h.open("html", "lang", english ? "en" : "zh-CN");
        h.open("head");
        h.empty("meta", "charset", "utf-8");
        h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        h.empty("meta", "name", "generator", "content", "Gongkai");
        h.element("title", t("政务公开目录检查报告", "Disclosure catalog check") + " · " + String.join(", ", files));
        h.open("style").trusted(STYLE).close("style");
        h.close("head");
        h.open("body");
        h.open("main");
        h.open("header");
        h.element("h1", t("政务公开目录检查报告", "Disclosure catalog check"));
        h.element("p", t("对照《基层政务公开标准化规范化》（国办发〔2019〕54号）与《政府信息公开条例》检查：",
                "Checked against the grassroots disclosure standard (国办发〔2019〕54号) and the Regulations on the "
                        + "Disclosure of Government Information: ") + String.join(t("、", ", "), files), "class",
                "lede");
        h.close("header");

        summary(files.size(), items, errors, warnings, rejected, valid);
        domainSection(domains);
        violations(located, domains);
        if (trigger != null) {
            dueDates();
        }
        tables();
        h.open("footer");
        h.element("p", t("本页由 Gongkai 生成，内容全部内嵌（样式、图形、脚本），不访问网络；可离线打开，可按 A4 打印。"
                + "图例：✖ 错误，▲ 警告，✔ 通过。",
                "Made by Gongkai. Everything is inline (styles, graphics, script): the page uses no network, opens "
                        + "offline and prints on A4. Legend: ✖ error, ▲ warning, ✔ passed."));
        h.close("footer");
        h.close("main");
        h.open("script").trusted(SCRIPT).close("script");
        h.close("body");
        h.close("html");
        return "<!DOCTYPE html>\n" + h.build() + "\n";
    }

    // ---------------------------------------------------------------- the data

    private List<Located> locate() {
        List<Located> out = new ArrayList<>();
        for (ReportInput.CheckedCatalog c : input.catalogs()) {
            Catalog catalog = c.catalog();
            List<DisclosureItem> items = catalog.items();
            int fileTable = input.tables().stream().filter(x -> x.file().equals(c.file())).findFirst()
                    .map(input.tables()::indexOf).orElse(-1);
            for (Violation v : c.report().violations()) {
                String path = v.path();
                int index = index(path, "items[");
                int table = fileTable;
                long row = 0;
                String domain = "";
                String serial = "";
                String item = "";
                if (index >= 0 && index < items.size()) {
                    DisclosureItem i = items.get(index);
                    table = c.origins().get(index).table();
                    row = c.origins().get(index).row();
                    domain = domainName(i.domain());
                    serial = i.serialNumber();
                    item = i.name().toString();
                } else {
                    index = -1;
                    int k = index(path, "domains[");
                    if (k >= 0 && k < catalog.domains().size()) {
                        domain = domainName(catalog.domains().get(k));
                    }
                }
                String property = index >= 0 ? (path.contains(".") ? path.substring(path.lastIndexOf('.') + 1)
                        : v.code().property()) : "";
                String[] column = COLUMNS.get(property);
                ReportInput.TableSummary ts = table >= 0 ? input.tables().get(table) : null;
                out.add(new Located(v, c.file(), ts == null ? 0 : ts.index(), ts == null ? "" : ts.title(), row,
                        index, column == null ? property : column[english ? 1 : 0], domain, serial, item));
            }
        }
        out.sort(Comparator.comparing((Located l) -> l.v().severity() == Severity.ERROR ? 0 : 1)
                .thenComparing(l -> l.v().code().name()));
        return out;
    }

    /** The index in a path such as {@code items[3].basis}, or -1. */
    private static int index(String path, String prefix) {
        if (!path.startsWith(prefix)) {
            return -1;
        }
        int end = path.indexOf(']');
        try {
            return Integer.parseInt(path.substring(prefix.length(), end));
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            return -1;
        }
    }

    private Map<String, DomainStat> domains(List<Located> located) {
        Map<String, DomainStat> out = new LinkedHashMap<>();
        for (ReportInput.CheckedCatalog c : input.catalogs()) {
            for (DisclosureItem i : c.catalog().items()) {
                out.computeIfAbsent(domainName(i.domain()), DomainStat::new).items++;
            }
            List<String> names = c.catalog().domains();
            for (int k = 0; k < names.size(); k++) {
                Optional<Domain> d = Domains.standard().lookup(names.get(k));
                if (d.isEmpty()) {
                    continue;
                }
                DomainStat s = out.computeIfAbsent(d.get().name(), DomainStat::new);
                Optional<StandardGuide> guide = StandardGuide.bundled(d.get());
                if (guide.isEmpty()) {
                    continue;
                }
                String path = "domains[" + k + "]";
                Set<String> missing = new LinkedHashSet<>();
                for (Violation v : c.report().withCode(RuleCode.CATALOG_MISSING_STANDARD_ITEMS)) {
                    if (v.path().equals(path) && !v.offendingValue().isEmpty()) {
                        missing.addAll(List.of(v.offendingValue().split("；")));
                    }
                }
                s.guideItems = guide.get().items().size();
                s.guideComplete = guide.get().complete();
                if (s.missing == null) {
                    s.missing = missing;
                } else {
                    s.missing.retainAll(missing); // found in any file counts as found
                }
            }
        }
        for (Located l : located) {
            DomainStat s = out.computeIfAbsent(l.domain(), DomainStat::new);
            if (l.v().severity() == Severity.ERROR) {
                s.errors++;
            } else {
                s.warnings++;
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- the sections

    private void summary(int files, int items, int errors, int warnings, long rejected, boolean valid) {
        h.open("section", "aria-labelledby", "s-summary");
        h.element("h2", t("一、概览", "1. Summary"), "id", "s-summary");
        h.open("p", "id", "verdict", "class", valid ? "verdict pass" : "verdict fail", "data-valid",
                String.valueOf(valid));
        h.element("span", valid ? "✔" : "✖", "aria-hidden", "true", "class", "icon");
        h.text(valid ? t("通过：没有错误，没有被拒读的行。", "Passed: no errors, no rejected rows.")
                : t("未通过：", "Not passed: ") + errors + t(" 个错误", errors == 1 ? " error" : " errors")
                        + (rejected > 0 ? t("，", ", ") + rejected + t(" 行无法读取", " rows could not be read") : "")
                        + t("。", "."));
        h.close("p");
        h.open("dl", "class", "cards");
        card("sum-files", t("文件", "files"), files, null);
        card("sum-tables", t("表格", "tables"), input.tables().size(), null);
        card("sum-items", t("事项", "items"), items, null);
        card("sum-errors", t("错误", "errors"), errors, errors > 0 ? "✖" : "✔");
        card("sum-warnings", t("警告", "warnings"), warnings, warnings > 0 ? "▲" : "✔");
        card("sum-rejected", t("拒读的行", "rows rejected"), rejected, rejected > 0 ? "✖" : "✔");
        h.close("dl");
        h.close("section");
    }

    private void card(String id, String label, long n, String icon) {
        h.open("div", "class", "card");
        h.element("dt", label);
        h.open("dd", "id", id, "data-n", String.valueOf(n));
        if (icon != null) {
            h.element("span", icon, "aria-hidden", "true", "class", "icon");
        }
        h.text(String.valueOf(n));
        h.close("dd");
        h.close("div");
    }

    private void domainSection(Map<String, DomainStat> domains) {
        h.open("section", "aria-labelledby", "s-domains");
        h.element("h2", t("二、各领域事项与标准指引", "2. Domains against their standard guides"), "id", "s-domains");
        h.element("p", t("条形表示本目录中找到的指引事项占随库标准指引事项的比例；指引为部分清单时另有说明。",
                "Each bar shows how many of the bundled standard guide's items the catalog has; a guide that is "
                        + "only a partial list is marked so."), "class", "note");
        h.open("div", "class", "scroll");
        h.open("table", "id", "domains", "class", "stack");
        h.element("caption", t("各领域：目录事项数、指引覆盖、问题数", "Per domain: items, guide coverage, findings"));
        h.open("thead").open("tr");
        for (String c : new String[] {t("领域", "Domain"), t("目录事项", "Items"),
                t("对照标准指引", "Standard guide items found"), t("错误", "Errors"), t("警告", "Warnings")}) {
            h.element("th", c, "scope", "col");
        }
        h.close("tr").close("thead");
        h.open("tbody");
        for (DomainStat s : domains.values()) {
            h.open("tr", "data-dom", s.name);
            h.open("th", "scope", "row", "data-label", t("领域", "Domain"));
            h.text(s.name.isEmpty() ? t("（未标领域）", "(no domain)") : s.name);
            if (english && !s.englishName.isEmpty()) {
                h.element("span", s.englishName, "class", "en");
            }
            h.close("th");
            h.element("td", String.valueOf(s.items), "class", "num", "data-label", t("目录事项", "Items"));
            h.open("td", "class", "cov", "data-label", t("对照标准指引", "Standard guide"));
            if (s.guideItems <= 0) {
                h.element("span", t("无随库指引", "no bundled guide"), "class", "muted");
            } else {
                int present = s.guideItems - s.missing.size();
                int pct = Math.round(100f * present / s.guideItems);
                h.open("svg", "class", "bar", "viewBox", "0 0 100 8", "preserveAspectRatio", "none", "role", "img",
                        "aria-label", present + " / " + s.guideItems);
                h.empty("rect", "width", "100", "height", "8", "fill", "#e3e7ec");
                h.empty("rect", "width", String.valueOf(pct), "height", "8", "fill", pct == 100 ? "#2e7d4f"
                        : "#2f6fb0");
                h.close("svg");
                h.open("span", "class", "covtext");
                h.text(present + " / " + s.guideItems + t(" 项（", " items (") + pct + t("%）", "%)"));
                if (!s.guideComplete) {
                    h.element("span", t(" ◐ 指引为部分清单", " ◐ the guide is a partial list"), "class", "partial");
                }
                h.close("span");
                if (!s.missing.isEmpty()) {
                    h.open("details");
                    h.element("summary", t("缺 ", "missing ") + s.missing.size() + t(" 项", " items"));
                    h.open("ul", "class", "missing");
                    for (String m : s.missing) {
                        h.element("li", m);
                    }
                    h.close("ul");
                    h.close("details");
                }
            }
            h.close("td");
            count(s.errors, "✖", "sev-e", t("错误", "Errors"));
            count(s.warnings, "▲", "sev-w", t("警告", "Warnings"));
            h.close("tr");
        }
        h.close("tbody");
        h.close("table");
        h.close("div");
        h.close("section");
    }

    private void count(int n, String icon, String cls, String label) {
        h.open("td", "class", n > 0 ? "num " + cls : "num", "data-label", label);
        if (n > 0) {
            h.element("span", icon + " ", "aria-hidden", "true");
        }
        h.text(String.valueOf(n));
        h.close("td");
    }

    private void violations(List<Located> located, Map<String, DomainStat> domains) {
        h.open("section", "aria-labelledby", "s-violations");
        h.element("h2", t("三、问题清单", "3. Findings"), "id", "s-violations");
        Map<String, Integer> byCode = new TreeMap<>();
        located.forEach(l -> byCode.merge(l.v().code().name(), 1, Integer::sum));
        if (located.isEmpty()) {
            h.element("p", t("✔ 没有发现问题。", "✔ Nothing found."), "class", "ok");
            h.close("section");
            return;
        }
        h.open("nav", "aria-label", t("按代码跳转", "Jump to a code"), "class", "codes");
        h.element("span", t("按代码：", "By code: "));
        for (Map.Entry<String, Integer> e : byCode.entrySet()) {
            h.element("a", e.getKey() + " (" + e.getValue() + ")", "href", "#code-" + e.getKey());
            h.text(" ");
        }
        h.close("nav");

        h.open("form", "id", "vfilter", "class", "filters", "hidden", "hidden", "role", "search", "aria-label",
                t("筛选问题", "Filter the findings"));
        select("f-sev", t("严重程度", "Severity"), Map.of("ERROR", t("✖ 错误", "✖ error"), "WARNING",
                t("▲ 警告", "▲ warning")));
        Map<String, String> codes = new LinkedHashMap<>();
        byCode.keySet().forEach(k -> codes.put(k, k));
        select("f-code", t("代码", "Code"), codes);
        Map<String, String> doms = new LinkedHashMap<>();
        for (DomainStat s : domains.values()) {
            if (s.errors + s.warnings > 0) {
                doms.put(s.name, s.name.isEmpty() ? t("（未标领域）", "(no domain)") : s.name);
            }
        }
        select("f-dom", t("领域", "Domain"), doms);
        h.element("output", "", "id", "vcount", "aria-live", "polite", "data-fmt",
                t("显示 %n / %m 条", "showing %n of %m"));
        h.close("form");

        h.open("div", "class", "scroll");
        h.open("table", "id", "vtable", "class", "stack");
        h.element("caption", t("全部问题（", "All findings (") + located.size()
                + t(" 条）；点击表头排序", "); click a heading to sort"));
        h.open("thead").open("tr");
        String[] heads = {t("严重程度", "Severity"), t("代码", "Code"), t("领域", "Domain"),
                t("位置（文件、表、行、列）", "Where (file, table, row, column)"), t("说明", "What"),
                t("依据", "Rests on")};
        for (String c : heads) {
            h.element("th", c, "scope", "col");
        }
        h.close("tr").close("thead");
        h.open("tbody");
        Set<String> anchored = new LinkedHashSet<>();
        for (Located l : located) {
            Violation v = l.v();
            boolean error = v.severity() == Severity.ERROR;
            String code = v.code().name();
            h.open("tr", "id", anchored.add(code) ? "code-" + code : null, "data-sev", v.severity().name(),
                    "data-code", code, "data-dom", l.domain(), "data-path", v.path(), "data-file", l.file(),
                    "class", error ? "row-e" : "row-w");
            h.open("td", "data-label", heads[0], "data-sort", error ? "0" : "1", "class", error ? "sev-e" : "sev-w");
            h.element("span", error ? "✖ " : "▲ ", "aria-hidden", "true");
            h.text(error ? t("错误", "error") : t("警告", "warning"));
            h.close("td");
            h.open("td", "data-label", heads[1]).open("code");
            String[] parts = code.split("_");
            for (int k = 0; k < parts.length; k++) {
                if (k > 0) {
                    h.text("_").empty("wbr");
                }
                h.text(parts[k]);
            }
            h.close("code").close("td");
            h.element("td", l.domain().isEmpty() ? "—" : l.domain(), "data-label", heads[2]);
            h.open("td", "data-label", heads[3], "data-sort", l.file() + "\u0001" + l.table() + "\u0001"
                    + String.format("%09d", l.itemIndex() + 1));
            h.element("span", l.file(), "class", "file");
            h.open("span", "title", l.tableTitle().isEmpty() ? null : l.tableTitle());
            h.text(t("表 ", "table ") + l.table());
            h.close("span");
            if (l.itemIndex() >= 0) {
                h.text(" · " + (l.row() > 0 ? t("第 " + l.row() + " 行", "row " + l.row())
                        : t("第 " + (l.itemIndex() + 1) + " 条事项", "item " + (l.itemIndex() + 1))));
                if (!l.serial().isEmpty()) {
                    h.text(t("（序号 ", " (No. ") + l.serial() + t("）", ")"));
                }
            }
            if (!l.column().isEmpty()) {
                h.text(" · " + t("列：", "column: ") + l.column());
            }
            if (!l.item().isEmpty()) {
                h.element("span", l.item(), "class", "item");
            }
            h.close("td");
            h.open("td", "data-label", heads[4]);
            h.text(v.message(locale));
            if (v.code() == RuleCode.CATALOG_MISSING_STANDARD_ITEMS && !v.offendingValue().isEmpty()) {
                String[] missing = v.offendingValue().split("；");
                h.open("details").element("summary", t("缺 ", "missing ") + missing.length + t(" 项", " items"));
                h.element("q", v.offendingValue(), "class", "value").close("details");
            } else if (!v.offendingValue().isEmpty()) {
                h.element("q", v.offendingValue(), "class", "value");
            }
            h.close("td");
            h.element("td", v.code().source(), "data-label", heads[5], "class", "law");
            h.close("tr");
        }
        h.close("tbody");
        h.close("table");
        h.close("div");
        h.close("section");
    }

    private void select(String id, String label, Map<String, String> options) {
        h.open("label", "for", id).text(label).close("label");
        h.open("select", "id", id);
        h.element("option", t("全部", "all"), "value", "");
        options.forEach((value, text) -> h.element("option", text, "value", value));
        h.close("select");
    }

    private void dueDates() {
        List<Due> dues = new ArrayList<>();
        int withoutDate = 0;
        for (ReportInput.CheckedCatalog c : input.catalogs()) {
            for (DisclosureItem i : c.catalog().items()) {
                Optional<LocalDate> due;
                try {
                    due = i.deadline().dueDate(trigger, calendar);
                } catch (CalendarCoverageException e) {
                    due = Optional.empty();
                }
                if (due.isPresent()) {
                    dues.add(new Due(due.get(), c.file(), i));
                } else {
                    withoutDate++;
                }
            }
        }
        dues.sort(Comparator.comparing(Due::date));
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        dues.forEach(d -> perDay.merge(d.date(), 1, Integer::sum));

        h.open("section", "aria-labelledby", "s-due");
        h.element("h2", t("四、公开截止日", "4. Due dates"), "id", "s-due");
        h.element("p", t("信息于 " + trigger + "（" + weekday(trigger) + "）形成或触发事件发生时，各事项按其公开时限在"
                + "官方工作日历（国务院办公厅节假日安排）上算出的截止日。" + dues.size() + " 个事项有确定日期；" + withoutDate
                + " 个事项（长期公开、及时公开、无法解读等）没有确定日期。",
                "The due date of each item when its information is formed (or its trigger happens) on " + trigger
                        + " (" + weekday(trigger) + "), counted on the official working-day calendar (the State "
                        + "Council's holiday notices). " + dues.size() + " items have a date; " + withoutDate
                        + " (standing, timely, unreadable…) set none."), "class", "note", "id", "trigger",
                "data-trigger", trigger.toString());
        if (!dues.isEmpty()) {
            legend();
            YearMonth first = YearMonth.from(trigger);
            YearMonth last = YearMonth.from(dues.get(dues.size() - 1).date());
            if (last.isBefore(first)) {
                last = first;
            }
            YearMonth stop = first.plusMonths(MAX_MONTHS - 1L);
            h.open("div", "class", "cal");
            for (YearMonth m = first; !m.isAfter(last) && !m.isAfter(stop); m = m.plusMonths(1)) {
                month(m, perDay);
            }
            h.close("div");
            if (last.isAfter(stop)) {
                h.element("p", t("更晚的截止日只列在下表中。", "Later due dates are in the list below only."),
                        "class", "note");
            }
            h.open("div", "class", "scroll");
            h.open("table", "id", "dues", "class", "stack");
            h.element("caption", t("截止日一览（按日期）", "Due dates, by date"));
            String[] heads = {t("截止日", "Due"), t("距触发日", "Days after"), t("事项", "Item"), t("领域", "Domain"),
                    t("公开时限（原文）", "Deadline as written"), t("规则", "Rule")};
            h.open("thead").open("tr");
            for (String c : heads) {
                h.element("th", c, "scope", "col");
            }
            h.close("tr").close("thead");
            h.open("tbody");
            Set<LocalDate> anchored = new LinkedHashSet<>();
            for (Due d : dues) {
                h.open("tr", "id", anchored.add(d.date()) ? "due-" + d.date() : null, "data-due", d.date().toString(),
                        "data-serial", d.item().serialNumber());
                h.open("td", "data-label", heads[0], "class", "date");
                h.element("time", d.date().toString(), "datetime", d.date().toString());
                h.text(" " + weekday(d.date()));
                h.close("td");
                h.element("td", String.valueOf(ChronoUnit.DAYS.between(trigger, d.date())) + t(" 天", " d"),
                        "class", "num", "data-label", heads[1]);
                h.open("td", "data-label", heads[2]);
                if (!d.item().serialNumber().isEmpty()) {
                    h.text(t("序号 ", "No. ") + d.item().serialNumber() + " ");
                }
                h.text(d.item().name().toString());
                h.close("td");
                h.element("td", domainName(d.item().domain()), "data-label", heads[3]);
                h.element("td", d.item().deadlineText(), "data-label", heads[4]);
                h.element("td", DeadlinePhrases.format(d.item().deadline()), "data-label", heads[5]);
                h.close("tr");
            }
            h.close("tbody");
            h.close("table");
            h.close("div");
        }
        h.close("section");
    }

    private void legend() {
        h.open("ul", "class", "legend", "aria-label", t("日历图例", "Calendar legend"));
        h.open("li").element("span", "▶", "class", "sw trig").text(t(" 触发日", " trigger date")).close("li");
        h.open("li").element("span", "●", "class", "sw due").text(t(" 截止日（数字为事项数）",
                " due date (with the number of items)")).close("li");
        h.open("li").element("span", t("休", "off"), "class", "sw hol").text(t(" 法定节假日", " public holiday")).close("li");
        h.open("li").element("span", t("班", "work"), "class", "sw adj").text(t(" 调休上班", " adjusted working day"))
                .close("li");
        h.open("li").element("span", "\u00a0", "class", "sw wkd").text(t(" 周末", " weekend")).close("li");
        h.close("ul");
    }

    private void month(YearMonth m, Map<LocalDate, Integer> perDay) {
        h.open("table", "class", "month");
        h.element("caption", english ? m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + m.getYear() : m.getYear() + "年" + m.getMonthValue() + "月");
        h.open("thead").open("tr");
        for (DayOfWeek d : DayOfWeek.values()) {
            h.element("th", english ? d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                    : d.getDisplayName(TextStyle.NARROW, Locale.SIMPLIFIED_CHINESE), "scope", "col", "abbr",
                    d.getDisplayName(TextStyle.FULL, english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE));
        }
        h.close("tr").close("thead");
        h.open("tbody");
        LocalDate day = m.atDay(1);
        int lead = day.getDayOfWeek().getValue() - 1;
        h.open("tr");
        for (int i = 0; i < lead; i++) {
            h.element("td", "", "class", "pad");
        }
        int col = lead;
        while (!day.isAfter(m.atEndOfMonth())) {
            if (col == 7) {
                h.close("tr").open("tr");
                col = 0;
            }
            dayCell(day, perDay.getOrDefault(day, 0));
            day = day.plusDays(1);
            col++;
        }
        for (; col < 7; col++) {
            h.element("td", "", "class", "pad");
        }
        h.close("tr");
        h.close("tbody");
        h.close("table");
    }

    private void dayCell(LocalDate date, int due) {
        CalendarDay kind = null;
        try {
            kind = calendar.day(date);
        } catch (CalendarCoverageException e) {
            // outside the calendar's data: drawn without shading, marked with a question mark
        }
        List<String> classes = new ArrayList<>();
        String mark = "";
        String title = "";
        if (kind == null) {
            mark = "?";
            title = t("日历数据未覆盖", "not covered by the calendar's data");
        } else {
            switch (kind.kind()) {
                case PUBLIC_HOLIDAY, LOCAL_REST_DAY -> {
                    classes.add("hol");
                    mark = t("休", "off");
                    title = kind.holiday().orElse(t("法定节假日", "public holiday"));
                }
                case ADJUSTED_WORKING_DAY -> {
                    classes.add("adj");
                    mark = t("班", "work");
                    title = t("调休上班", "adjusted working day") + kind.holiday().map(x -> "（" + x + "）")
                            .orElse("");
                }
                case WEEKEND -> classes.add("wkd");
                default -> {
                }
            }
        }
        if (date.equals(trigger)) {
            classes.add("trig");
        }
        if (due > 0) {
            classes.add("due");
        }
        h.open("td", "class", classes.isEmpty() ? null : String.join(" ", classes), "title",
                title.isEmpty() ? null : title, "data-date", date.toString());
        h.element("span", String.valueOf(date.getDayOfMonth()), "class", "d");
        if (date.equals(trigger)) {
            h.element("span", "▶", "class", "m", "title", t("触发日", "trigger date"));
        }
        if (!mark.isEmpty()) {
            h.element("span", mark, "class", "m");
        }
        if (due > 0) {
            h.element("a", "●" + due, "href", "#due-" + date, "class", "n", "title",
                    due + t(" 个事项截止", due == 1 ? " item due" : " items due"));
        }
        h.close("td");
    }

    private void tables() {
        h.open("section", "aria-labelledby", "s-tables");
        h.element("h2", t("五、读取的表格", "5. Tables read"), "id", "s-tables");
        h.open("div", "class", "scroll");
        h.open("table", "id", "tables", "class", "stack");
        h.element("caption", t("每张表从哪里读出、领域如何确定、读了多少行",
                "Where each table was read from, how its domain was found, how many rows"));
        String[] heads = {t("文件", "File"), t("表", "Table"), t("标题", "Title"), t("领域", "Domain"),
                t("领域来自", "Domain found from"), t("读取行", "Rows read"), t("事项", "Items"),
                t("拒读", "Rejected"), t("编码", "Charset")};
        h.open("thead").open("tr");
        for (String c : heads) {
            h.element("th", c, "scope", "col");
        }
        h.close("tr").close("thead");
        h.open("tbody");
        for (ReportInput.TableSummary s : input.tables()) {
            h.open("tr", "data-file", s.file());
            h.element("td", s.file(), "data-label", heads[0], "class", "file");
            h.element("td", String.valueOf(s.index()), "class", "num", "data-label", heads[1]);
            h.element("td", s.title().isEmpty() ? "—" : s.title(), "data-label", heads[2]);
            h.element("td", s.domain().isEmpty() ? domainsOf(s) : s.domain(), "data-label", heads[3]);
            h.element("td", origin(s.domainOrigin()), "data-label", heads[4], "data-origin",
                    s.domainOrigin().name());
            h.element("td", String.valueOf(s.rowsRead()), "class", "num", "data-label", heads[5]);
            h.element("td", String.valueOf(s.kept()), "class", "num", "data-label", heads[6]);
            h.open("td", "class", s.rejected() > 0 ? "num sev-e" : "num", "data-label", heads[7]);
            if (s.rejected() > 0) {
                h.element("span", "✖ ", "aria-hidden", "true");
            }
            h.text(String.valueOf(s.rejected()));
            h.close("td");
            h.element("td", s.charset().isEmpty() ? "—" : s.charset(), "data-label", heads[8]);
            h.close("tr");
        }
        h.close("tbody");
        h.close("table");
        h.close("div");
        for (ReportInput.TableSummary s : input.tables()) {
            if (s.problems().isEmpty()) {
                continue;
            }
            h.element("h3", t("读取时的问题：", "Reading problems: ") + s.file() + t(" 表 ", " table ") + s.index());
            h.open("ul", "class", "problems");
            for (String p : s.problems()) {
                h.element("li", p);
            }
            h.close("ul");
        }
        h.close("section");
    }

    private String domainsOf(ReportInput.TableSummary s) {
        Set<String> names = new LinkedHashSet<>();
        for (ReportInput.CheckedCatalog c : input.catalogs()) {
            for (int i = 0; i < c.catalog().items().size(); i++) {
                if (input.tables().get(c.origins().get(i).table()) == s) {
                    String d = c.catalog().items().get(i).domain();
                    if (!d.isEmpty()) {
                        names.add(domainName(d));
                    }
                }
            }
        }
        return names.isEmpty() ? "—" : t(names.size() + " 个领域", names.size() + " domains");
    }

    private String origin(ReportInput.DomainOrigin o) {
        return switch (o) {
            case COLUMN -> t("逐行取自“领域”列", "row by row, from the 领域 column");
            case TITLE -> t("表格标题", "the table's title");
            case SHEET -> t("工作表名称", "the sheet's name");
            case FILE_NAME -> t("文件名", "the file's name");
            case DEFAULT -> t("给定的默认领域", "the default domain given");
            case UNKNOWN -> t("未能确定", "not found");
        };
    }

    private String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(english ? TextStyle.SHORT : TextStyle.FULL,
                english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    }

    /** The page's style sheet: system fonts only, no url(), no @import. */
    private static final String STYLE = """
            :root{--err:#b3261e;--warn:#8a5300;--ok:#1e6b34;--ink:#1f2328;--muted:#57606a;--line:#d0d7de;\
            --hol:#f4d3d3;--wkd:#eef1f4;--adj:#dcebf7;--due:#0b57d0}
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%}
            body{margin:0;color:var(--ink);background:#fff;font:15px/1.55 "Noto Sans CJK SC","Source Han Sans SC",\
            "Microsoft YaHei","PingFang SC","Hiragino Sans GB","WenQuanYi Micro Hei",system-ui,sans-serif}
            main{max-width:1120px;margin:0 auto;padding:12px 20px 32px}
            h1{font-size:1.6em;margin:.3em 0 .1em}
            h2{font-size:1.2em;border-bottom:2px solid var(--ink);padding-bottom:3px;margin:1.6em 0 .6em}
            h3{font-size:1em;margin:1em 0 .3em}
            .lede,.note,.muted,footer{color:var(--muted)}
            .note{font-size:.92em}
            footer{border-top:1px solid var(--line);margin-top:2em;font-size:.85em}
            table{border-collapse:collapse;width:100%;margin:.4em 0}
            caption{text-align:left;font-weight:600;padding:2px 0 4px}
            th,td{border:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
            thead th{background:#f3f5f8}
            .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .sev-e{color:var(--err);font-weight:700}
            .sev-w{color:var(--warn);font-weight:700}
            .ok{color:var(--ok);font-weight:700}
            .verdict{font-size:1.15em;font-weight:700;padding:8px 12px;border-radius:6px;border:2px solid}
            .verdict.pass{color:var(--ok);background:#e8f4ec}
            .verdict.fail{color:var(--err);background:#fbeaea}
            .icon{margin-right:.35em}
            .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(120px,1fr));gap:8px;margin:.8em 0}
            .card{border:1px solid var(--line);border-radius:6px;padding:6px 10px}
            .card dt{color:var(--muted);font-size:.9em}
            .card dd{margin:0;font-size:1.5em;font-weight:700;font-variant-numeric:tabular-nums}
            .cov{min-width:220px}
            .bar{display:block;width:100%;height:12px;border:1px solid #aab3bd}
            .covtext{font-size:.9em}
            .partial{color:var(--warn)}
            .en{display:block;font-weight:400;font-size:.85em;color:var(--muted)}
            details summary{cursor:pointer;font-size:.9em}
            ul.missing{margin:.2em 0;padding-left:1.2em;font-size:.88em}
            .codes{font-size:.9em;margin:.3em 0}
            .codes a{margin-right:.4em;white-space:nowrap}
            .filters{display:flex;flex-wrap:wrap;gap:6px 12px;align-items:center;margin:.5em 0;padding:6px 8px;\
            background:#f3f5f8;border-radius:6px}
            .filters[hidden]{display:none}
            .filters select{font:inherit;padding:2px}
            th button{font:inherit;font-weight:700;background:none;border:0;padding:0;cursor:pointer;color:inherit;\
            text-align:left}
            th button::after{content:" \\2195";color:var(--muted)}
            th[aria-sort=ascending] button::after{content:" \\25B2"}
            th[aria-sort=descending] button::after{content:" \\25BC"}
            tr.row-e td:first-child{border-left:4px solid var(--err)}
            tr.row-w td:first-child{border-left:4px solid #d9a21b}
            code{font-size:.82em}
            .file{font-family:ui-monospace,monospace;font-size:.88em;overflow-wrap:anywhere}
            #vtable .file{display:block}
            .item{display:block;color:var(--muted);font-size:.9em}
            q.value{display:block;color:var(--muted);font-size:.9em;word-break:break-word}
            .law{font-size:.9em}
            #vtable td:nth-child(1),#vtable td:nth-child(3){white-space:nowrap}
            #vtable td:nth-child(4){min-width:10em}
            #vtable td:nth-child(6){min-width:7.5em}
            #vtable td:nth-child(5){min-width:14em}
            #dues td:nth-child(4){white-space:nowrap}
            #tables thead th{white-space:nowrap}
            #tables td.file{min-width:9em}
            .scroll{overflow-x:auto}
            .legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:4px 14px;font-size:.9em}
            .sw{display:inline-block;min-width:1.6em;text-align:center;border:1px solid var(--line);\
            font-size:.8em}
            .cal{display:flex;flex-wrap:wrap;gap:10px 16px;align-items:flex-start}
            table.month{width:auto;margin:0}
            table.month caption{text-align:center}
            table.month th{text-align:center;font-weight:600;padding:2px}
            table.month td{width:2.9em;height:2.9em;padding:1px 2px;text-align:center;vertical-align:top;\
            position:relative;font-size:.85em;line-height:1.2}
            table.month td.pad{border-color:transparent;background:none}
            td .d{display:block;font-weight:600}
            td .m{display:inline-block;font-size:.78em;color:var(--muted)}
            td .n{display:block;font-weight:700;color:var(--due);text-decoration:none;font-size:.85em}
            .wkd{background:var(--wkd)}
            .hol{background:repeating-linear-gradient(135deg,var(--hol) 0 4px,#fff 4px 7px)}
            .hol .m{color:var(--err)}
            .adj{background:var(--adj)}
            .trig{outline:2px solid var(--ink);outline-offset:-2px}
            td.due{box-shadow:inset 0 0 0 2px var(--due)}
            .sw.due{color:var(--due);box-shadow:inset 0 0 0 2px var(--due)}
            .sw.trig{outline:2px solid var(--ink);outline-offset:-2px}
            ul.problems{font-size:.88em;word-break:break-word}
            td.date{white-space:nowrap}
            @media (max-width:640px){
            body{font-size:14px}
            main{padding:8px 10px 24px}
            table.stack,table.stack tbody,table.stack tr,table.stack td,table.stack tbody th{display:block;width:100%}
            table.stack caption{display:block}
            table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
            table.stack tr{border:1px solid var(--line);border-radius:6px;margin:0 0 8px;padding:4px 0}
            table.stack td,table.stack tbody th{border:0;padding:2px 8px;text-align:left}
            table.stack td::before,table.stack tbody th::before{content:attr(data-label);display:inline-block;\
            min-width:6.5em;margin-right:.5em;font-size:.8em;font-weight:400;color:var(--muted)}
            table.stack tr.row-e,table.stack tr.row-w{border-left-width:5px}
            table.stack tr.row-e{border-left-color:var(--err)}
            table.stack tr.row-w{border-left-color:#d9a21b}
            #vtable tr{display:flex;flex-wrap:wrap;align-items:baseline}
            #vtable td:nth-child(-n+3){width:auto;padding-right:4px}
            #vtable td:nth-child(-n+3)::before{display:none}
            #vtable td:nth-child(4)::before,#vtable td:nth-child(5)::before{display:block}
            #domains tr{display:grid;grid-template-columns:1fr 1fr 1fr}
            #domains tbody th,#domains td.cov{grid-column:1/-1}
            #domains td.cov{order:1}
            #domains td.num{order:2}
            #domains tbody th::before{display:none}
            tr.row-e td:first-child,tr.row-w td:first-child{border-left:0}
            table.stack tr[hidden]{display:none}
            .cov{min-width:0}
            .law{white-space:normal}
            .cal{display:block}
            table.month{width:100%;margin-bottom:10px}
            table.month td{width:auto;height:2.7em}
            }
            @page{size:A4;margin:14mm 12mm}
            @media print{
            body{font-size:10.5pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}
            main{max-width:none;padding:0}
            .filters,.codes,th button::after{display:none}
            .scroll{overflow:visible}
            h2{break-after:avoid}
            tr,.card,table.month{break-inside:avoid}
            a{color:inherit;text-decoration:none}
            details{display:block}
            details summary{list-style:none}
            }
            """;

    /**
     * The page's script: sorting by a click on a column's heading, filtering by severity, code and domain. Without
     * it the table is complete and the code links still jump; it holds neither {@code <} nor {@code &}.
     */
    private static final String SCRIPT = """
            (function(){
            var t=document.getElementById('vtable');if(!t){return;}
            var body=t.tBodies[0],rows=Array.prototype.slice.call(body.rows);
            var form=document.getElementById('vfilter');form.hidden=false;
            form.addEventListener('submit',function(e){e.preventDefault();});
            var keys=['sev','code','dom'],sel={},out=document.getElementById('vcount');
            keys.forEach(function(k){sel[k]=document.getElementById('f-'+k);sel[k].addEventListener('change',apply);});
            function apply(){var n=0;rows.forEach(function(r){
            var show=keys.every(function(k){return !sel[k].value||r.getAttribute('data-'+k)===sel[k].value;});
            r.hidden=!show;if(show){n++;}});
            out.textContent=out.getAttribute('data-fmt').replace('%n',n).replace('%m',rows.length);}
            var heads=t.tHead.rows[0].cells;
            Array.prototype.forEach.call(heads,function(th,i){
            var b=document.createElement('button');b.type='button';
            while(th.firstChild){b.appendChild(th.firstChild);}th.appendChild(b);
            b.addEventListener('click',function(){
            var asc=th.getAttribute('aria-sort')!=='ascending';
            Array.prototype.forEach.call(heads,function(x){x.removeAttribute('aria-sort');});
            th.setAttribute('aria-sort',asc?'ascending':'descending');
            function key(r){var c=r.cells[i];return c.getAttribute('data-sort')||c.textContent;}
            rows.sort(function(a,c){var d=key(a).localeCompare(key(c),undefined,{numeric:true});return asc?d:-d;});
            rows.forEach(function(r){body.appendChild(r);});});});
            apply();
            })();
            """;
}
