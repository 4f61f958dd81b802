package org.gongkai.codecs.office;

import java.util.Objects;
import org.gongkai.codecs.table.TableInput;
import org.gongkai.codecs.table.TableSink;
import org.gongkai.codecs.table.TableSource;

/**
 * An {@code .xls} workbook (Excel 97–2003, BIFF8): every sheet with its merged regions, read whole (at most 64 MiB).
 *
 * <p>Needs {@code org.apache.poi:poi} on the class path (an optional dependency of gongkai-codecs); open it through
 * {@code TableFormats}, which names that artifact when it is missing. Limits: {@link TableInput#limits()} for
 * columns and cell lengths, at most 20,000,000 cells per table, and the package limits set by this package (zip
 * bombs, entity expansion, part sizes).
 */
public final class XlsTableSource implements TableSource {
    private final TableInput input;

    /**
     * @param input the file or stream
     */
    public XlsTableSource(TableInput input) {
        this.input = Objects.requireNonNull(input, "input");
    }

    @Override
    public String name() {
        return input.name();
    }

    /**
     * {@inheritDoc}
     *
     * @throws org.gongkai.codecs.table.TableReadException when the file is not a readable xls file, exceeds a limit
     *     (the message says which, and where), or the sink stops
     * @throws java.io.UncheckedIOException when the input cannot be read
     */
    @Override
    public void read(TableSink sink) {
        try {
            OfficeFiles.readXls(input, new OfficeSources.Adapter(input, sink));
        } catch (OfficeReadException e) {
            throw OfficeSources.error(input, e);
        }
    }
}
