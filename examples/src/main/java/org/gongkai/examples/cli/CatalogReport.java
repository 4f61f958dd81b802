package org.gongkai.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gongkai.calendar.CalendarCoverageException;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.codecs.table.TableProblem;
import org.gongkai.codecs.table.TableSummary;
import org.gongkai.deadline.DeadlinePhrases;
import org.gongkai.deadline.DeadlineRule;
import org.gongkai.domain.Domain;
import org.gongkai.domain.Domains;
import org.gongkai.domain.StandardGuide;
import org.gongkai.item.Catalog;
import org.gongkai.item.DisclosureItem;
import org.gongkai.validation.DisclosureValidator;
import org.gongkai.validation.RuleCode;
import org.gongkai.validation.ValidationReport;
import org.gongkai.validation.Violation;

/**
 * The report of {@code demo} and {@code validate} on one catalog: items per domain, the violations with their codes,
 * locations and messages, the coverage of the bundled standard guides, and (when a trigger date is given) the due
 * date of each item's deadline. Built once as a value tree, printed as readable text (Chinese or English) or as
 * JSON with the same content.
 */
final class CatalogReport {
    /** The 26 standard domains and the known extensions, to name the domains of the items. */
    private static final Domains REGISTRY = Domains.standard().withOverlay(Domains.knownExtensions());

    private final boolean english;
    private final Map<String, Object> model = new LinkedHashMap<>();
    private final boolean valid;

    /**
     * Validates a catalog and builds its report.
     *
     * @param read the catalog as read
     * @param locale the language of the messages (English for an English locale, else Chinese)
     * @param trigger the example trigger date for the due dates, or null for none
     * @param calendar the calendar for the due dates
     */
    CatalogReport(CatalogFiles.Read read, Locale locale, LocalDate trigger, WorkingDayCalendar calendar) {
        this.english = locale.getLanguage().equals("en");
        Catalog catalog = read.catalog();
        ValidationReport report = DisclosureValidator.builder().locale(locale).build().validate(catalog);
        List<DisclosureItem> items = catalog.items();

        Map<String, Object> cat = new LinkedHashMap<>();
        cat.put("source", read.source());
        cat.put("title", catalog.title());
        cat.put("items", items.size());
        model.put("catalog", cat);

        if (!read.tables().isEmpty()) {
            model.put("read", read(read));
        }

        Map<String, Integer> perDomain = new LinkedHashMap<>();
        for (DisclosureItem item : items) {
            perDomain.merge(domainName(item.domain()), 1, Integer::sum);
        }
        List<Object> domains = new ArrayList<>();
        perDomain.forEach((name, n) -> {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("domain", name);
            d.put("englishName", REGISTRY.lookup(name).map(Domain::englishName).orElse(""));
            d.put("asWritten", writtenNames(items, name));
            d.put("items", n);
            domains.add(d);
        });
        model.put("itemsPerDomain", domains);

        List<Object> violations = new ArrayList<>();
        Map<String, String> missingByDomainIndex = new LinkedHashMap<>();
        for (Violation v : report.violations()) {
            if (v.code() == RuleCode.CATALOG_MISSING_STANDARD_ITEMS) {
                missingByDomainIndex.put(v.path(), v.offendingValue());
                continue; // shown under coverage
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("severity", v.severity().name());
            m.put("code", v.code().name());
            m.put("path", v.path());
            item(v.path(), items).ifPresent(i -> {
                m.put("serialNumber", i.serialNumber());
                m.put("item", i.name().toString());
            });
            read.sourceOf(index(v.path())).ifPresent(src -> m.put("source", src.toString()));
            m.put("value", v.offendingValue());
            m.put("message", v.message(locale));
            violations.add(m);
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("errors", report.errors().size());
        counts.put("warnings", report.warnings().size());
        Map<String, Object> byCode = new LinkedHashMap<>();
        report.countsByCode().forEach((k, n) -> byCode.put(k.name(), n));
        counts.put("byCode", byCode);
        model.put("counts", counts);
        model.put("violations", violations);

        model.put("coverage", coverage(catalog, missingByDomainIndex));

        if (trigger != null) {
            model.put("deadlines", deadlines(items, trigger, calendar));
        }
        this.valid = report.isValid() && read.rejected() == 0;
        model.put("valid", valid);
    }

    /** @return true when no violation is an ERROR and no row was rejected */
    boolean valid() {
        return valid;
    }

    /** @return the report as a JSON value tree */
    Map<String, Object> model() {
        return model;
    }

    private static Map<String, Object> read(CatalogFiles.Read r) {
        Map<String, Object> m = new LinkedHashMap<>();
        long rows = 0;
        long kept = 0;
        long rejected = 0;
        List<Object> problems = new ArrayList<>();
        List<Object> tables = new ArrayList<>();
        for (TableSummary t : r.tables()) {
            rows += t.rowsRead();
            kept += t.itemsKept();
            rejected += t.rowsRejected();
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("location", t.location().toString());
            tm.put("title", t.title());
            tm.put("titleOrigin", t.titleOrigin() == null ? "" : t.titleOrigin().name());
            tm.put("domain", t.domain());
            tm.put("domainOrigin", t.domainOrigin().name());
            tm.put("continues", t.isContinuation() ? t.continues().toString() : "");
            tm.put("rowsRead", t.rowsRead());
            tm.put("itemsKept", t.itemsKept());
            tm.put("rowsRejected", t.rowsRejected());
            tables.add(tm);
            for (TableProblem p : t.problems()) {
                problems.add(p.toString());
            }
        }
        m.put("charset", r.charset().orElse(""));
        m.put("rowsRead", rows);
        m.put("itemsKept", kept);
        m.put("rowsRejected", rejected);
        m.put("tables", tables);
        m.put("problems", problems);
        return m;
    }

    private static String domainName(String written) {
        return REGISTRY.lookup(written).map(Domain::name).orElse(written);
    }

    private static List<String> writtenNames(List<DisclosureItem> items, String canonical) {
        List<String> names = new ArrayList<>();
        for (DisclosureItem i : items) {
            if (domainName(i.domain()).equals(canonical) && !names.contains(i.domain())) {
                names.add(i.domain());
            }
        }
        return names;
    }

    /** The item a path such as {@code items[3].basis} points to. */
    private static Optional<DisclosureItem> item(String path, List<DisclosureItem> items) {
        int i = index(path);
        return i >= 0 && i < items.size() ? Optional.of(items.get(i)) : Optional.empty();
    }

    /** @return the item index of a path such as {@code items[3].basis}, or -1 */
    private static int index(String path) {
        if (!path.startsWith("items[")) {
            return -1;
        }
        try {
            return Integer.parseInt(path.substring(6, path.indexOf(']')));
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            return -1;
        }
    }

    private static List<Object> coverage(Catalog catalog, Map<String, String> missingByPath) {
        List<Object> out = new ArrayList<>();
        List<String> names = catalog.domains();
        List<String> seen = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            Optional<Domain> d = Domains.standard().lookup(names.get(k));
            if (d.isEmpty() || seen.contains(d.get().code())) {
                continue;
            }
            seen.add(d.get().code());
            Optional<StandardGuide> guide = StandardGuide.bundled(d.get());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("domain", d.get().name());
            m.put("englishName", d.get().englishName());
            if (guide.isEmpty()) {
                m.put("guideItems", 0);
                out.add(m);
                continue;
            }
            String missingText = missingByPath.getOrDefault("domains[" + k + "]", "");
            List<String> missing = missingText.isEmpty() ? List.of() : List.of(missingText.split("；"));
            int total = guide.get().items().size();
            m.put("guideItems", total);
            m.put("present", total - missing.size());
            m.put("guideComplete", guide.get().complete());
            m.put("missing", missing);
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> deadlines(List<DisclosureItem> items, LocalDate trigger,
            WorkingDayCalendar calendar) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trigger", trigger);
        List<Object> rows = new ArrayList<>();
        for (DisclosureItem i : items) {
            DeadlineRule rule = i.deadline();
            Optional<LocalDate> due;
            try {
                due = rule.dueDate(trigger, calendar);
            } catch (CalendarCoverageException e) {
                due = Optional.empty();
            }
            if (due.isEmpty()) {
                continue;
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("serialNumber", i.serialNumber());
            r.put("item", i.name().toString());
            r.put("deadline", i.deadlineText());
            r.put("kind", rule.kind().name());
            r.put("canonical", DeadlinePhrases.format(rule));
            r.put("due", due.get());
            rows.add(r);
        }
        m.put("items", rows);
        return m;
    }

    /**
     * @return the report as readable text in the report's language
     */
    @SuppressWarnings("unchecked")
    String text() {
        StringBuilder sb = new StringBuilder(4096);
        Map<String, Object> cat = (Map<String, Object>) model.get("catalog");
        List<Object> domains = (List<Object>) model.get("itemsPerDomain");
        sb.append(t("目录：", "Catalog: ")).append(cat.get("source"));
        if (!String.valueOf(cat.get("title")).isEmpty()) {
            sb.append(t("（", " (")).append(cat.get("title")).append(t("）", ")"));
        }
        sb.append('\n');
        sb.append(english ? cat.get("items") + " items in " + domains.size() + " domains"
                : cat.get("items") + " 个事项，" + domains.size() + " 个领域").append('\n');
        Map<String, Object> read = (Map<String, Object>) model.get("read");
        if (read != null) {
            String charset = String.valueOf(read.get("charset"));
            sb.append(english
                    ? "Read: " + read.get("rowsRead") + " rows" + (charset.isEmpty() ? "" : " (" + charset + ")") + ", "
                            + read.get("itemsKept") + " items kept, " + read.get("rowsRejected") + " rows rejected"
                    : "读取：共 " + read.get("rowsRead") + " 行" + (charset.isEmpty() ? "" : "（" + charset + "）")
                            + "，保留事项 " + read.get("itemsKept") + " 个，拒收 " + read.get("rowsRejected") + " 行")
                    .append('\n');
            List<Object> tables = (List<Object>) read.get("tables");
            if (tables.size() > 1 || !"COLUMN".equals(((Map<String, Object>) tables.get(0)).get("domainOrigin"))) {
                for (Object o : tables) {
                    Map<String, Object> t = (Map<String, Object>) o;
                    sb.append("  ").append(t.get("location")).append(english ? ": " : "：")
                            .append(String.valueOf(t.get("title")).isEmpty() ? t("（无标题）", "(no title)")
                                    : t.get("title"))
                            .append(english ? "; domain " : "；领域 ")
                            .append("COLUMN".equals(t.get("domainOrigin")) ? t("各行写明", "in each row")
                                    : String.valueOf(t.get("domain")).isEmpty() ? t("（未写明）", "(none given)")
                                    : t.get("domain"))
                            .append(english ? " (from " + origin(t.get("domainOrigin"), true) + "); "
                                    : "（来自" + origin(t.get("domainOrigin"), false) + "）；")
                            .append(english ? t.get("rowsRead") + " rows, " + t.get("itemsKept") + " kept, "
                                    + t.get("rowsRejected") + " rejected"
                                    : "共 " + t.get("rowsRead") + " 行，保留 " + t.get("itemsKept") + " 个，拒收 "
                                    + t.get("rowsRejected") + " 行");
                    String continues = String.valueOf(t.getOrDefault("continues", ""));
                    if (!continues.isEmpty()) {
                        sb.append(english ? "; continues " + continues : "；续表，接 " + continues);
                    }
                    sb.append('\n');
                }
            }
            for (Object p : (List<Object>) read.get("problems")) {
                sb.append("  ").append(p).append('\n');
            }
        }

        sb.append('\n').append(t("一、各领域事项数", "1. Items per domain")).append('\n');
        for (Object o : domains) {
            Map<String, Object> d = (Map<String, Object>) o;
            List<String> written = (List<String>) d.get("asWritten");
            String as = written.size() == 1 && written.get(0).equals(d.get("domain")) ? ""
                    : t("（目录写作：", " (written: ") + String.join("、", written) + t("）", ")");
            sb.append("  ").append(pad(domainLabel(d), english ? 40 : 14)).append(String.format("%3d", d.get("items"))).append(as)
                    .append('\n');
        }

        Map<String, Object> counts = (Map<String, Object>) model.get("counts");
        sb.append('\n').append(english
                ? "2. Violations: " + counts.get("errors") + " errors, " + counts.get("warnings") + " warnings"
                : "二、问题：错误 " + counts.get("errors") + " 个，警告 " + counts.get("warnings") + " 个").append('\n');
        for (Object o : (List<Object>) model.get("violations")) {
            Map<String, Object> v = (Map<String, Object>) o;
            sb.append("  ").append(v.get("severity").equals("ERROR") ? t("错误", "ERROR  ") : t("警告", "WARNING"))
                    .append(' ').append(v.get("code"));
            if (v.containsKey("serialNumber")) {
                sb.append(t("  序号 ", "  No. ")).append(v.get("serialNumber")).append(' ').append(v.get("item"));
            }
            sb.append("  [").append(v.get("path")).append("]");
            if (v.containsKey("source")) {
                sb.append(t("  见 ", "  at ")).append(v.get("source"));
            }
            sb.append('\n');
            sb.append("      ").append(v.get("message"));
            String value = String.valueOf(v.get("value"));
            if (!value.isEmpty()) {
                sb.append(t("：“", ": \"")).append(value.length() > 60 ? value.substring(0, 57) + "…" : value)
                        .append(t("”", "\""));
            }
            sb.append('\n');
        }
        Map<String, Object> byCode = (Map<String, Object>) counts.get("byCode");
        if (!byCode.isEmpty()) {
            sb.append(t("  按代码：", "  by code: "));
            List<String> parts = new ArrayList<>();
            byCode.forEach((k, n) -> parts.add(k + " " + n));
            sb.append(String.join(", ", parts)).append('\n');
        }

        sb.append('\n').append(t("三、对照标准指引（随库附带的各领域指引事项）的覆盖",
                "3. Coverage of the bundled standard guides")).append('\n');
        for (Object o : (List<Object>) model.get("coverage")) {
            Map<String, Object> c = (Map<String, Object>) o;
            sb.append("  ").append(pad(domainLabel(c), english ? 40 : 14));
            if (((Integer) c.get("guideItems")) == 0) {
                sb.append(t("无随库指引", "no bundled guide")).append('\n');
                continue;
            }
            sb.append(String.format("%2d / %-2d", c.get("present"), c.get("guideItems")))
                    .append(Boolean.TRUE.equals(c.get("guideComplete")) ? "" : t("（指引为部分清单）", " (partial guide)"))
                    .append('\n');
        }

        Map<String, Object> dl = (Map<String, Object>) model.get("deadlines");
        if (dl != null) {
            sb.append('\n').append(english
                    ? "4. Due dates when the information is formed (or the trigger happens) on " + dl.get("trigger")
                    : "四、信息于 " + dl.get("trigger") + " 形成（或触发事件发生）时各事项的公开截止日").append('\n');
            for (Object o : (List<Object>) dl.get("items")) {
                Map<String, Object> r = (Map<String, Object>) o;
                sb.append(String.format("  %s  %s %-3s %s%n      %s%n", r.get("due"), t("序号", "No."),
                        r.get("serialNumber"), r.get("item"), r.get("canonical")));
            }
        }
        sb.append('\n').append(valid ? t("结论：无错误。", "Result: no errors.")
                : t("结论：有错误。", "Result: there are errors."));
        return sb.toString();
    }

    private String domainLabel(Map<String, Object> d) {
        String en = String.valueOf(d.getOrDefault("englishName", ""));
        return english && !en.isEmpty() ? d.get("domain") + " " + en : String.valueOf(d.get("domain"));
    }

    /** Pads to a display width, counting CJK and full-width characters as two columns. */
    private static String origin(Object o, boolean english) {
        return switch (String.valueOf(o)) {
            case "COLUMN" -> english ? "the 领域 column" : "领域列";
            case "TITLE" -> english ? "the title" : "标题";
            case "SHEET_NAME" -> english ? "the sheet name" : "工作表名";
            case "FILE_NAME" -> english ? "the file name" : "文件名";
            case "DEFAULT" -> "--domain";
            default -> english ? "nowhere: give --domain" : "无：请用 --domain 给出";
        };
    }

    static String pad(String s, int width) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                    || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                    || (c >= 0xFFE0 && c <= 0xFFE6)) ? 2 : 1;
        }
        StringBuilder sb = new StringBuilder(s);
        for (int i = w; i < width; i++) {
            sb.append(' ');
        }
        return sb.append(' ').toString();
    }

    private String t(String zh, String en) {
        return english ? en : zh;
    }
}
