package org.gongkai.codecs.office;

import java.util.Objects;
import org.gongkai.codecs.table.TableInput;
import org.gongkai.codecs.table.TableSink;
import org.gongkai.codecs.table.TableSource;

/**
 * An {@code .xlsx} workbook (Excel 2007+, WPS): every sheet, streamed row by row (see the package notes for how merged regions are known before their rows), numbers, dates and booleans as the sheet shows them, each sheet named after itself.
 *
 * <p>Needs {@code org.apache.poi:poi-ooxml} on the class path (an optional dependency of gongkai-codecs); open it through
 * {@code TableFormats}, which names that artifact when it is missing. Limits: {@link TableInput#limits()} for
 * columns and cell lengths, at most 20,000,000 cells per table, and the package limits set by this package (zip
 * bombs, entity expansion, part sizes).
 */
public final class XlsxTableSource implements TableSource {
    private final TableInput input;

    /**
     * @param input the file or stream
     */
    public XlsxTableSource(TableInput input) {
        this.input = Objects.requireNonNull(input, "input");
    }

    @Override
    public String name() {
        return input.name();
    }

    /**
     * {@inheritDoc}
     *
     * @throws org.gongkai.codecs.table.TableReadException when the file is not a readable xlsx file, exceeds a limit
     *     (the message says which, and where), or the sink stops
     * @throws java.io.UncheckedIOException when the input cannot be read
     */
    @Override
    public void read(TableSink sink) {
        try {
            OfficeFiles.readXlsx(input, new OfficeSources.Adapter(input, sink));
        } catch (OfficeReadException e) {
            throw OfficeSources.error(input, e);
        }
    }
}
