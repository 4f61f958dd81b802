package org.gongkai.codecs.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The format dispatch: which {@link TableFormat} reads a file, by its extension or by name ({@code --format}).
 * A new format is one {@link TableSource} class and one line in {@link #FORMATS}. A format whose optional library is
 * absent stays listed; opening it gives a {@link TableFormatException} naming the artifact to add.
 */
public final class TableFormats {
    /** Every known format, one line each; the lambdas load a source class (and its library) only when called. */
    private static final List<TableFormat> FORMATS = List.of(
            new TableFormat("csv", List.of("csv"), "", "", CsvTableSource::new),
            new TableFormat("html", List.of("html", "htm"), "org.jsoup.Jsoup", "org.jsoup:jsoup:1.24.1",
                    HtmlTableSource::new),
            new TableFormat("xlsx", List.of("xlsx"), "org.apache.poi.xssf.eventusermodel.XSSFReader",
                    "org.apache.poi:poi-ooxml:5.5.1", org.gongkai.codecs.office.XlsxTableSource::new),
            new TableFormat("xls", List.of("xls"), "org.apache.poi.hssf.usermodel.HSSFWorkbook",
                    "org.apache.poi:poi:5.5.1", org.gongkai.codecs.office.XlsTableSource::new),
            new TableFormat("docx", List.of("docx"), "org.apache.poi.xwpf.usermodel.XWPFDocument",
                    "org.apache.poi:poi-ooxml:5.5.1", org.gongkai.codecs.office.DocxTableSource::new),
            new TableFormat("doc", List.of("doc"), "", "", org.gongkai.codecs.office.WordDocSource::refuse)
    );

    private TableFormats() {
    }

    /** @return every known format, in registration order */
    public static List<TableFormat> all() {
        return FORMATS;
    }

    /**
     * @param name a format name ({@code csv}, {@code html} …), any case
     * @return the format, when known
     */
    public static Optional<TableFormat> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (TableFormat f : FORMATS) {
            if (f.name().equals(n) || f.extensions().contains(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * @param fileName a file name
     * @return the format its extension names, when known
     */
    public static Optional<TableFormat> byFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (TableFormat f : FORMATS) {
            if (f.extensions().contains(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The format of an input: the one named, else the one its file name's extension names.
     *
     * @param fileName the file name (its extension decides when no format is named)
     * @param format a format name, or null to go by the extension
     * @return the format
     * @throws TableFormatException when neither names a known format (the message lists the known ones)
     */
    public static TableFormat resolve(String fileName, String format) {
        Optional<TableFormat> f = format != null && !format.isBlank() ? byName(format.strip())
                : byFileName(fileName == null ? "" : fileName);
        if (f.isPresent()) {
            return f.get();
        }
        List<String> known = new ArrayList<>();
        for (TableFormat t : FORMATS) {
            known.addAll(t.extensions());
        }
        throw new TableFormatException((format != null && !format.isBlank() ? "unknown format \"" + format + "\""
                : "cannot tell the format of \"" + fileName + "\" from its extension") + ": known formats are "
                + String.join(", ", known));
    }

    /**
     * Opens a source over an input, choosing the format by name or by the input's file name.
     *
     * @param input the file or stream
     * @param format a format name, or null to go by the extension of {@link TableInput#name()}
     * @return the source
     * @throws TableFormatException when the format is not known or its library is absent
     */
    public static TableSource open(TableInput input, String format) {
        return resolve(input.name(), format).open(input);
    }
}
