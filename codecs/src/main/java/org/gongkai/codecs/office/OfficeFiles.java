package org.gongkai.codecs.office;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.gongkai.codecs.table.TableInput;

/** Opens a table input for the office readers (internal): a file as it is, a stream spooled to a temporary file. */
final class OfficeFiles {
    private OfficeFiles() {
    }

    static void readXlsx(TableInput input, RawSink sink) {
        Limits limits = OfficeSources.limits(input.limits());
        if (input.file() != null) {
            XlsxCells.read(input.file().toFile(), limits, sink);
            return;
        }
        // the zip's central directory is at its end: a stream is spooled to a temporary file, read, and deleted
        Path tmp = null;
        try {
            tmp = Files.createTempFile("gongkai-", ".xlsx");
            Files.copy(input.stream(), tmp, StandardCopyOption.REPLACE_EXISTING); // the caller's stream: not closed
            XlsxCells.read(tmp.toFile(), limits, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    tmp.toFile().deleteOnExit();
                }
            }
        }
    }

    static void readXls(TableInput input, RawSink sink) {
        withBytes(input, in -> XlsCells.read(in, OfficeSources.limits(input.limits()), sink));
    }

    static void readDocx(TableInput input, RawSink sink) {
        withBytes(input, in -> DocxCells.read(in, OfficeSources.limits(input.limits()), sink));
    }

    /** Gives the input's bytes to a reader, closing them only when this opened them (a file). */
    private static void withBytes(TableInput input, java.util.function.Consumer<InputStream> reader) {
        if (input.file() == null) {
            reader.accept(input.stream());
            return;
        }
        try (InputStream in = input.open()) {
            reader.accept(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
