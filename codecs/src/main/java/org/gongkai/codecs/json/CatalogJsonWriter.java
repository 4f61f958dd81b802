package org.gongkai.codecs.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.gongkai.item.Catalog;
import org.gongkai.item.DisclosureItem;
import org.gongkai.json.internal.JsonCodec;

/**
 * Writes a catalog in Gongkai's JSON format item by item (UTF-8): the catalog's fields first, then each item as it
 * is given, so that a catalog of any size is written in the memory of one item. {@link #close()} ends the document
 * and closes the stream. Not thread-safe.
 *
 * <pre>{@code
 * try (CatalogJsonWriter w = CatalogJsonWriter.open(out, header)) {
 *     items.forEach(w::write);
 * }
 * }</pre>
 */
public final class CatalogJsonWriter implements Closeable, Flushable {
    private final JsonGenerator g;
    private final Jackson2Out out;
    private long count;
    private boolean closed;

    private CatalogJsonWriter(JsonGenerator g) {
        this.g = g;
        this.out = new Jackson2Out(g);
    }

    /**
     * Starts the document with the header's fields; the header's own items, if any, are written first.
     *
     * @param out the stream (closed by {@link #close()})
     * @param header the catalog's title, publisher, levels, domains and provenance
     * @return the writer
     */
    public static CatalogJsonWriter open(OutputStream out, Catalog header) {
        return open(out, header, false);
    }

    /**
     * @param out the stream (closed by {@link #close()})
     * @param header the catalog's fields (its items, if any, are written first)
     * @param pretty indent the output (two spaces, one key per line)
     * @return the writer
     */
    public static CatalogJsonWriter open(OutputStream out, Catalog header, boolean pretty) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(header, "header");
        try {
            JsonGenerator g = GongkaiJson.factory(-1).createGenerator(out, JsonEncoding.UTF8);
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            CatalogJsonWriter w = new CatalogJsonWriter(g);
            g.writeStartObject();
            JsonCodec.writeCatalogHead(header, w.out);
            g.writeArrayFieldStart("items");
            header.items().forEach(w::write);
            return w;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a whole catalog.
     *
     * @param catalog the catalog
     * @param out the stream (closed at the end)
     */
    public static void write(Catalog catalog, OutputStream out) {
        open(out, catalog, false).close();
    }

    /**
     * @param item the next item
     * @throws IllegalStateException when the writer is closed
     */
    public void write(DisclosureItem item) {
        Objects.requireNonNull(item, "item");
        if (closed) {
            throw new IllegalStateException("the catalog writer is closed");
        }
        try {
            JsonCodec.writeItem(item, out);
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the number of items written */
    public long itemsWritten() {
        return count;
    }

    /** Flushes what has been written to the stream. */
    @Override
    public void flush() {
        try {
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the items and the catalog and closes the stream. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            g.writeEndArray();
            g.writeEndObject();
            g.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
