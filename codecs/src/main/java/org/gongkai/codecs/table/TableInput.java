package org.gongkai.codecs.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a source reads: a file or a stream, its name, a charset when the caller knows it, and the limits.
 *
 * @param name the file or stream name, for messages and as the last title candidate (never null)
 * @param file the file, or null when reading a stream
 * @param stream the stream (not closed by the source), or null when reading {@code file}
 * @param charset the character set of a text format, or null to detect it (BOM, meta tag, valid UTF-8, GB18030)
 * @param limits the bounds the source enforces
 */
public record TableInput(String name, Path file, InputStream stream, Charset charset, TableLimits limits) {
    /**
     * Checks that there is exactly one of file and stream.
     *
     * @param name the file or stream name
     * @param file the file, or null
     * @param stream the stream, or null
     * @param charset the character set, or null to detect it
     * @param limits the bounds; null is {@link TableLimits#defaults()}
     * @throws IllegalArgumentException unless exactly one of file and stream is given
     */
    public TableInput {
        if ((file == null) == (stream == null)) {
            throw new IllegalArgumentException("give a file or a stream");
        }
        name = name != null ? name : file != null && file.getFileName() != null ? file.getFileName().toString()
                : "input";
        limits = Objects.requireNonNullElse(limits, TableLimits.defaults());
    }

    /**
     * @param file a file
     * @return its input, charset detected, default limits
     */
    public static TableInput of(Path file) {
        return new TableInput(null, Objects.requireNonNull(file, "file"), null, null, null);
    }

    /**
     * @param stream the bytes (not closed)
     * @param name the name for messages
     * @return its input, charset detected, default limits
     */
    public static TableInput of(InputStream stream, String name) {
        return new TableInput(name, null, Objects.requireNonNull(stream, "stream"), null, null);
    }

    /**
     * @param cs the character set (null: detect)
     * @return a copy with it
     */
    public TableInput withCharset(Charset cs) {
        return new TableInput(name, file, stream, cs, limits);
    }

    /**
     * @param l the limits
     * @return a copy with them
     */
    public TableInput withLimits(TableLimits l) {
        return new TableInput(name, file, stream, charset, l);
    }

    /**
     * Opens the bytes: the stream itself, or a new stream of the file (the caller closes what it opened: close the
     * result only when {@link #file()} is not null).
     *
     * @return the bytes
     * @throws IOException when the file cannot be opened
     */
    public InputStream open() throws IOException {
        return stream != null ? stream : Files.newInputStream(file);
    }

    /** @return the file name without its directory and extension (a title and domain candidate) */
    public String baseName() {
        String n = name;
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
