package org.gongkai.codecs.table;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as one table (RFC 4180, as spreadsheet programs export it): UTF-8 with or without BOM, or GB18030.
 * CSV cannot record merged cells, so a merged region arrives as its first cell followed by blanks
 * ({@link TableStart#knowsMerges()} is false).
 *
 * <p>The charset is detected from the first 64 KiB (a BOM or valid UTF-8 → UTF-8, else GB18030) unless given;
 * bytes invalid in it anywhere in the file stop the read with a {@link TableReadException} giving their byte
 * offset. Rows are bounded by {@link TableLimits} (cells per row, characters per cell and per row).
 */
public final class CsvTableSource implements TableSource {
    private static final int DETECT_BYTES = 64 * 1024;
    /** GB18030, the national standard superset of GBK used by Chinese spreadsheet exports. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private final TableInput input;
    private final CsvFactory csv;
    private Charset charset;

    /** @param input the file or stream */
    public CsvTableSource(TableInput input) {
        this.input = input;
        this.charset = input.charset() != null ? input.charset() : StandardCharsets.UTF_8;
        this.csv = CsvFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(input.limits().maxCellChars()).maxDocumentLength(-1).build()).build();
    }

    @Override
    public String name() {
        return input.name();
    }

    /** @return the charset the file was read in (known once {@link #read} has started) */
    public Charset charset() {
        return charset;
    }

    /**
     * @param bytes the start of a file
     * @param length how many bytes of it to look at
     * @return UTF-8 when the bytes start with a UTF-8 BOM or are valid UTF-8 (a sequence cut at the end is
     *     allowed), else GB18030
     */
    public static Charset detectCharset(byte[] bytes, int length) {
        if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        int end = length;
        int back = 0;
        while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0xC0) {
            end = end - back - 1;
        }
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            d.decode(ByteBuffer.wrap(bytes, 0, end));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return GB18030;
        }
    }

    @Override
    public void read(TableSink sink) {
        TableLocation loc = new TableLocation(input.name(), 1, "");
        long[] rowLine = {0, 0};
        try {
            InputStream raw = input.open();
            try {
                BufferedInputStream in = new BufferedInputStream(raw, DETECT_BYTES);
                in.mark(DETECT_BYTES);
                byte[] sample = in.readNBytes(DETECT_BYTES);
                in.reset();
                if (input.charset() == null) {
                    charset = detectCharset(sample, sample.length);
                }
                long skip = 0;
                if (charset.equals(StandardCharsets.UTF_8) && sample.length >= 3 && (sample[0] & 0xFF) == 0xEF
                        && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
                    skip = in.skip(3); // a byte-order mark is no part of the first cell
                }
                List<TitleCandidate> titles = List.of(new TitleCandidate(input.baseName(), TitleOrigin.FILE_NAME));
                sink.startTable(new TableStart(loc, titles, false));
                try (CsvParser p = csv.createParser(new DecodingReader(in, charset, skip))) {
                    p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
                    p.disable(CsvParser.Feature.ALLOW_TRAILING_COMMA);
                    rows(p, sink, loc, rowLine);
                }
                sink.endTable();
            } finally {
                if (input.file() != null) {
                    raw.close();
                }
            }
        } catch (DecodingReader.BadBytesException e) {
            throw new TableReadException(new TableProblem(loc, rowLine[0] + 1, rowLine[1], 0, "", "",
                    e.getMessage(), TableProblem.Severity.ERROR), e);
        } catch (StreamConstraintsException e) {
            throw new TableReadException(new TableProblem(loc, rowLine[0] + 1, rowLine[1], 0, "", "",
                    "a cell longer than " + input.limits().maxCellChars() + " characters (TableLimits.maxCellChars)",
                    TableProblem.Severity.ERROR), e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new TableReadException(new TableProblem(loc, rowLine[0] + 1, rowLine[1], 0, "", "",
                    "the CSV cannot be read: " + e.getOriginalMessage(), TableProblem.Severity.ERROR), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rows(CsvParser p, TableSink sink, TableLocation loc, long[] rowLine) throws IOException {
        TableLimits lim = input.limits();
        List<TableCell> row = new ArrayList<>();
        while (true) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY && p.getParsingContext().getParent().inRoot()) {
                t = p.nextToken(); // WRAP_AS_ARRAY wraps the whole table in one array: step into it
            }
            if (t != JsonToken.START_ARRAY) {
                return;
            }
            rowLine[0]++;
            rowLine[1] = p.currentLocation().getLineNr();
            row.clear();
            long chars = 0;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                String v = p.getText();
                if (row.size() >= lim.maxColumns()) {
                    throw new TableReadException(new TableProblem(loc, rowLine[0], rowLine[1], row.size() + 1, "", "",
                            "more than " + lim.maxColumns() + " cells in a row (TableLimits.maxColumns)",
                            TableProblem.Severity.ERROR), null);
                }
                chars += v == null ? 0 : v.length();
                if (chars > lim.maxRowChars() || (v != null && v.length() > lim.maxCellChars())) {
                    throw new TableReadException(new TableProblem(loc, rowLine[0], rowLine[1], row.size() + 1, "", "",
                            "a row longer than " + lim.maxRowChars() + " characters or a cell longer than "
                            + lim.maxCellChars() + " (TableLimits)", TableProblem.Severity.ERROR), null);
                }
                row.add(TableCell.of(v));
            }
            sink.row(new TableRow(rowLine[0], rowLine[1], row));
        }
    }
}
