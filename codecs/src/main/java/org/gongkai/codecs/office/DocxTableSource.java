package org.gongkai.codecs.office;

import java.util.Objects;
import org.gongkai.codecs.table.TableInput;
import org.gongkai.codecs.table.TableSink;
import org.gongkai.codecs.table.TableSource;

/**
 * A {@code .docx} document: every table in document order, each with the paragraph just above it as a heading, vertical ({@code vMerge}) and horizontal ({@code gridSpan}) merges (at most 64 MiB).
 *
 * <p>Needs {@code org.apache.poi:poi-ooxml} on the class path (an optional dependency of gongkai-codecs); open it through
 * {@code TableFormats}, which names that artifact when it is missing. Limits: {@link TableInput#limits()} for
 * columns and cell lengths, at most 20,000,000 cells per table, and the package limits set by this package (zip
 * bombs, entity expansion, part sizes).
 */
public final class DocxTableSource implements TableSource {
    private final TableInput input;

    /**
     * @param input the file or stream
     */
    public DocxTableSource(TableInput input) {
        this.input = Objects.requireNonNull(input, "input");
    }

    @Override
    public String name() {
        return input.name();
    }

    /**
     * {@inheritDoc}
     *
     * @throws org.gongkai.codecs.table.TableReadException when the file is not a readable docx file, exceeds a limit
     *     (the message says which, and where), or the sink stops
     * @throws java.io.UncheckedIOException when the input cannot be read
     */
    @Override
    public void read(TableSink sink) {
        try {
            OfficeFiles.readDocx(input, new OfficeSources.Adapter(input, sink));
        } catch (OfficeReadException e) {
            throw OfficeSources.error(input, e);
        }
    }
}
