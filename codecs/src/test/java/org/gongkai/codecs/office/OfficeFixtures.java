package org.gongkai.codecs.office;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Real-shaped Excel and Word catalogs built from the reference transcription (catalog-rows.jsonl, 125 rows of real
 * published catalogs), as counties publish them: one table per domain, a title row "某县XX领域基层政务公开标准目录"
 * merged across the table, the national guide's two-row header (公开事项 over 一级事项/二级事项, 公开对象 over
 * 全社会/特定群体, 公开方式 over 主动/依申请, 公开层级 over the levels the domain's rows name; single columns merged
 * over both header rows), and the 一级事项 cells of consecutive items with the same 一级事项 merged vertically — the
 * way the real pages show them.
 */
final class OfficeFixtures {
    /** 特定群体 cells that hold a description instead of √ (from marks_raw, as in the CSV real-rows test). */
    static final Map<Integer, String> QUALIFIERS = Map.of(45, "面向擬征收土地所在地的村集體成員",
            46, "面向擬征收土地所在地的村集體成員", 47, "申請人", 49, "在征收范围内", 78, "法律援助申请人、受指派的法律…",
            113, "项目单位", 122, "项目单位");

    private OfficeFixtures() {
    }

    static List<JsonNode> rows() {
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = OfficeFixtures.class.getResourceAsStream("/org/gongkai/codecs/csv/catalog-rows.jsonl");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(m.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String s(JsonNode r, String key) {
        JsonNode n = r.get(key);
        return n == null || n.isNull() ? "" : n.asText();
    }

    static boolean t(JsonNode r, String key) {
        JsonNode n = r.get(key);
        return n != null && n.isBoolean() && n.asBoolean();
    }

    static List<String> levels(JsonNode r) {
        List<String> out = new ArrayList<>();
        for (String p : s(r, "levels").split(",\\s*|/")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    /**
     * A table as laid out on the page: every row (title, two header rows, items) as texts, and the merged regions.
     *
     * @param name the sheet name (the domain)
     * @param title the title row's text
     * @param grid the rows of texts, a merged region's text in its top-left cell only
     * @param merges merged regions {firstRow, firstCol, lastRow, lastCol}, 0-based, inclusive
     * @param items the indexes (in catalog-rows.jsonl) of the item rows, in order
     */
    record Table(String name, String title, List<String[]> grid, List<int[]> merges, List<Integer> items) {
        /** @return the grid as a reader with merges known yields it: continuation cells carry the region's text */
        List<List<RawCell>> expected() {
            List<List<RawCell>> out = new ArrayList<>();
            for (String[] row : grid) {
                List<RawCell> cells = new ArrayList<>();
                for (String t : row) {
                    cells.add(t == null || t.isEmpty() ? RawCell.EMPTY : new RawCell(t, false, false));
                }
                out.add(cells);
            }
            for (int[] m : merges) {
                String t = grid.get(m[0])[m[1]];
                for (int r = m[0]; r <= m[2]; r++) {
                    for (int c = m[1]; c <= m[3]; c++) {
                        if (r != m[0] || c != m[1]) {
                            out.get(r).set(c, new RawCell(t == null ? "" : t, r > m[0], c > m[1]));
                        }
                    }
                }
            }
            return out;
        }
    }

    /** The 特定群体 cell of row i: √, a description, or √(description). */
    static String specificCell(int i, JsonNode r) {
        if (QUALIFIERS.containsKey(i)) {
            String q = QUALIFIERS.get(i);
            return i == 45 || i == 46 ? "√(" + q + ")" : q;
        }
        return t(r, "audience_specific") ? "√" : "";
    }

    /** @return one table per domain, in the order the domains first appear */
    static List<Table> tables(List<JsonNode> all) {
        Map<String, List<Integer>> byDomain = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            byDomain.computeIfAbsent(s(all.get(i), "domain"), k -> new ArrayList<>()).add(i);
        }
        List<Table> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : byDomain.entrySet()) {
            out.add(table(e.getKey(), e.getValue(), all));
        }
        return out;
    }

    static Table table(String domain, List<Integer> items, List<JsonNode> all) {
        Set<String> lv = new LinkedHashSet<>();
        items.forEach(i -> lv.addAll(levels(all.get(i))));
        List<String> levelWords = new ArrayList<>(lv);
        List<String> top = new ArrayList<>(List.of("序号", "公开事项", "", "公开内容（要素）", "公开依据", "公开时限",
                "公开主体", "公开渠道和载体", "公开对象", "", "公开方式", ""));
        List<String> sub = new ArrayList<>(List.of("", "一级事项", "二级事项", "", "", "", "", "", "全社会", "特定群体",
                "主动", "依申请"));
        for (int k = 0; k < levelWords.size(); k++) {
            top.add(k == 0 ? "公开层级" : "");
            sub.add(levelWords.get(k));
        }
        int width = top.size();
        List<String[]> grid = new ArrayList<>();
        List<int[]> merges = new ArrayList<>();
        String title = "某县" + domain + "领域基层政务公开标准目录";
        String[] titleRow = new String[width];
        titleRow[0] = title;
        grid.add(titleRow);
        merges.add(new int[] {0, 0, 0, width - 1});
        grid.add(top.toArray(new String[0]));
        grid.add(sub.toArray(new String[0]));
        for (int c = 0; c < width; c++) {
            if (sub.get(c).isEmpty()) {
                merges.add(new int[] {1, c, 2, c});
            }
        }
        merges.add(new int[] {1, 1, 1, 2});
        merges.add(new int[] {1, 8, 1, 9});
        merges.add(new int[] {1, 10, 1, 11});
        if (levelWords.size() > 1) {
            merges.add(new int[] {1, 12, 1, 11 + levelWords.size()});
        }
        int n = 0;
        int runStart = -1;
        String runText = null;
        for (int i : items) {
            JsonNode r = all.get(i);
            String[] row = new String[width];
            row[0] = String.valueOf(++n);
            String l1 = s(r, "level1");
            String l2 = s(r, "level2");
            row[1] = l1;
            row[2] = l2;
            row[3] = s(r, "content");
            row[4] = s(r, "basis");
            row[5] = s(r, "deadline");
            row[6] = s(r, "subject");
            row[7] = s(r, "channels");
            row[8] = t(r, "audience_all") ? "√" : "";
            row[9] = specificCell(i, r);
            row[10] = t(r, "proactive") ? "√" : "";
            row[11] = t(r, "on_request") ? "√" : "";
            List<String> own = levels(r);
            for (int k = 0; k < levelWords.size(); k++) {
                row[12 + k] = own.contains(levelWords.get(k)) ? "√" : "";
            }
            int at = grid.size();
            // consecutive items with the same 一级事项 (and both with a 二级事项): one merged 一级事项 cell
            if (runText != null && !l2.isEmpty() && l1.equals(runText) && !l1.isEmpty()) {
                row[1] = "";
            } else {
                if (runStart >= 0 && at - 1 > runStart) {
                    merges.add(new int[] {runStart, 1, at - 1, 1});
                }
                runStart = l2.isEmpty() ? -1 : at;
                runText = l2.isEmpty() ? null : l1;
            }
            grid.add(row);
        }
        if (runStart >= 0 && grid.size() - 1 > runStart) {
            merges.add(new int[] {runStart, 1, grid.size() - 1, 1});
        }
        return new Table(sheetName(domain), title, grid, merges, items);
    }

    /** A valid sheet name: at most 31 characters, none of []:*?/\. */
    static String sheetName(String domain) {
        String n = domain.replaceAll("[\\[\\]:*?/\\\\]", "_");
        return n.length() > 31 ? n.substring(0, 31) : n;
    }

    static byte[] xlsx(List<Table> tables) {
        return workbook(new XSSFWorkbook(), tables);
    }

    static byte[] xls(List<Table> tables) {
        return workbook(new HSSFWorkbook(), tables);
    }

    private static byte[] workbook(Workbook wb, List<Table> tables) {
        try (wb) {
            for (Table t : tables) {
                Sheet sheet = wb.createSheet(t.name());
                for (int r = 0; r < t.grid().size(); r++) {
                    Row row = sheet.createRow(r);
                    String[] texts = t.grid().get(r);
                    for (int c = 0; c < texts.length; c++) {
                        if (texts[c] != null && !texts[c].isEmpty()) {
                            Cell cell = row.createCell(c);
                            cell.setCellValue(texts[c]);
                        }
                    }
                }
                for (int[] m : t.merges()) {
                    sheet.addMergedRegion(new CellRangeAddress(m[0], m[2], m[1], m[3]));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A Word document: for each table a heading paragraph (the title) and a note paragraph above it, then the table
     * without its title row; vertical merges as vMerge, horizontal ones as gridSpan.
     */
    static byte[] docx(List<Table> tables) {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (Table t : tables) {
                XWPFParagraph note = doc.createParagraph();
                note.createRun().setText("附件");
                XWPFParagraph head = doc.createParagraph();
                head.setStyle("Heading1");
                head.createRun().setText(t.title());
                List<String[]> grid = t.grid().subList(1, t.grid().size());
                int width = grid.get(0).length;
                XWPFTable table = doc.createTable(grid.size(), width);
                // covered[r][c]: 0 plain, 1 gridSpan anchor, 2 covered from the left (removed), 3 vMerge continue
                int[][] kind = new int[grid.size()][width];
                int[][] span = new int[grid.size()][width];
                boolean[][] restart = new boolean[grid.size()][width];
                for (int[] m : t.merges()) {
                    if (m[0] == 0) {
                        continue; // the title row is the heading above the table
                    }
                    int r1 = m[0] - 1;
                    int r2 = m[2] - 1;
                    for (int r = r1; r <= r2; r++) {
                        span[r][m[1]] = m[3] - m[1] + 1;
                        for (int c = m[1] + 1; c <= m[3]; c++) {
                            kind[r][c] = 2;
                        }
                        if (r2 > r1) {
                            if (r == r1) {
                                restart[r][m[1]] = true;
                            } else {
                                kind[r][m[1]] = 3;
                            }
                        }
                    }
                }
                for (int r = 0; r < grid.size(); r++) {
                    XWPFTableRow row = table.getRow(r);
                    for (int c = width - 1; c >= 0; c--) {
                        if (kind[r][c] == 2) {
                            row.removeCell(c);
                        }
                    }
                    int k = 0;
                    for (int c = 0; c < width; c++) {
                        if (kind[r][c] == 2) {
                            continue;
                        }
                        XWPFTableCell cell = row.getCell(k++);
                        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr()
                                : cell.getCTTc().addNewTcPr();
                        if (span[r][c] > 1) {
                            pr.addNewGridSpan().setVal(BigInteger.valueOf(span[r][c]));
                        }
                        if (restart[r][c]) {
                            pr.addNewVMerge().setVal(STMerge.RESTART);
                        } else if (kind[r][c] == 3) {
                            pr.addNewVMerge();
                            continue;
                        }
                        String text = grid.get(r)[c];
                        if (text != null && !text.isEmpty()) {
                            cell.setText(text);
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
