package org.gongkai.codecs.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.gongkai.data.DataFormatException;
import org.gongkai.json.internal.JsonCodec;
import org.gongkai.json.internal.JsonFault;
import org.gongkai.json.internal.Token;
import org.gongkai.item.Catalog;
import org.gongkai.item.DisclosureItem;

/**
 * Reads a catalog in Gongkai's JSON format item by item, so that a catalog of any size is read in the memory of
 * one item: the catalog's own fields are available from {@link #header()} (those written before {@code items}
 * right away; any written after it once the items are consumed), and the items come one at a time from
 * {@link #hasNext()}/{@link #next()}, {@link #stream()} or {@link #forEachRemaining}.
 *
 * <p>Errors are {@link DataFormatException}s naming the source, line, column and JSON Pointer of the offending
 * value; I/O errors are {@link UncheckedIOException}s. Not thread-safe; close it (it closes the stream).
 *
 * <pre>{@code
 * try (CatalogJsonReader r = CatalogJsonReader.open(in, "catalog.json")) {
 *     r.forEachRemaining(item -> index(item));
 * }
 * }</pre>
 */
public final class CatalogJsonReader implements Iterator<DisclosureItem>, Closeable {

    /**
     * Reading options.
     *
     * @param strictCodes accept only enum codes, not Chinese labels
     * @param failOnUnknownProperties an unknown property is an error (default) rather than skipped
     * @param maxDocumentLength the document length limit in bytes, or -1 for none (the default: streaming)
     */
    public record Options(boolean strictCodes, boolean failOnUnknownProperties, long maxDocumentLength) {
        /** Labels accepted, unknown properties failing, no document length limit. */
        public static final Options DEFAULT = new Options(false, true, -1);
    }

    private final String source;
    private final JsonParser parser;
    private final Jackson2In in;
    private final long[] headSeen = new long[1];
    private final JsonCodec codec;
    private final Catalog.Builder head = Catalog.builder();
    private DisclosureItem pending;
    private boolean inItems;
    private boolean done;
    private long count;

    private CatalogJsonReader(String source, JsonParser parser, JsonCodec codec) {
        this.source = source;
        this.parser = parser;
        this.in = new Jackson2In(parser);
        this.codec = codec;
    }

    /**
     * @param in the JSON (UTF-8, UTF-16 or UTF-32, detected by Jackson)
     * @param sourceName the file or stream name for error messages
     * @return a reader positioned at the first item
     * @throws DataFormatException when the start of the document is not a catalog
     */
    public static CatalogJsonReader open(InputStream in, String sourceName) {
        return open(in, sourceName, Options.DEFAULT);
    }

    /**
     * @param in the JSON
     * @param sourceName the file or stream name for error messages
     * @param options reading options
     * @return a reader positioned at the first item
     * @throws DataFormatException when the start of the document is not a catalog
     */
    public static CatalogJsonReader open(InputStream in, String sourceName, Options options) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        JsonFactory f = GongkaiJson.factory(options.maxDocumentLength());
        CatalogJsonReader r;
        try {
            r = new CatalogJsonReader(Objects.requireNonNullElse(sourceName, "JSON"), f.createParser(in),
                    new JsonCodec(options.strictCodes(), options.failOnUnknownProperties()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        r.start();
        return r;
    }

    private void start() {
        try {
            Token t = in.nextToken();
            if (t != Token.START_OBJECT) {
                throw JsonCodec.fail(in, "expected a catalog (a JSON object) but found "
                        + JsonCodec.describe(in));
            }
            inItems = codec.readCatalogFields(in, head, true, null, headSeen);
            if (!inItems) {
                finish();
            }
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /**
     * @return the catalog's fields (title, publisher, levels, domains, provenance) with no items: those written
     *     before {@code items} at once, the rest after the last item has been read
     */
    public Catalog header() {
        return head.build();
    }

    /** @return the number of items returned so far */
    public long itemsRead() {
        return count;
    }

    /**
     * @return true when another item follows
     * @throws DataFormatException when the next item cannot be read
     */
    @Override
    public boolean hasNext() {
        if (pending != null) {
            return true;
        }
        if (done) {
            return false;
        }
        try {
            Token t = in.nextToken();
            if (t == Token.END_ARRAY) {
                inItems = false;
                List<org.gongkai.item.DisclosureItem> none = new ArrayList<>();
                codec.readCatalogFields(in, head, false, none, headSeen);
                if (!none.isEmpty()) {
                    throw JsonCodec.fail(in, "the catalog has two \"items\" arrays");
                }
                finish();
                return false;
            }
            pending = codec.readItem(in);
            return true;
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /**
     * @return the next item
     * @throws NoSuchElementException when there is none
     * @throws DataFormatException when it cannot be read
     */
    @Override
    public DisclosureItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more items in " + source);
        }
        DisclosureItem i = pending;
        pending = null;
        count++;
        return i;
    }

    /** @return the remaining items as a sequential, lazily read stream (close the reader, not only the stream) */
    public Stream<DisclosureItem> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
    }

    /**
     * Reads a whole catalog into memory (for small catalogs; use the iterator for large ones).
     *
     * @return the header with every remaining item
     */
    public Catalog readAll() {
        List<DisclosureItem> items = new ArrayList<>();
        forEachRemaining(items::add);
        return header().toBuilder().addItems(items).build();
    }

    private void finish() throws IOException {
        done = true;
        Token t = in.nextToken();
        if (t != null) {
            throw JsonCodec.fail(in, "unexpected " + JsonCodec.describe(in) + " after the catalog");
        }
    }

    private RuntimeException translate(IOException e) {
        if (e instanceof JsonFault f) {
            done = true;
            JsonLocation loc = parser.currentTokenLocation();
            DataFormatException d = new DataFormatException(source, loc.getLineNr(), loc.getColumnNr(), f.getMessage());
            d.initCause(e);
            return d;
        }
        if (e instanceof JsonProcessingException j) {
            done = true;
            JsonLocation loc = j.getLocation();
            String msg = j.getOriginalMessage();
            if (!msg.contains(" at /")) {
                msg = msg + " at " + JsonCodec.pointer(in);
            }
            DataFormatException d = new DataFormatException(source, loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr(), msg);
            d.initCause(e);
            return d;
        }
        return new UncheckedIOException(e);
    }

    /** Closes the parser and the stream. */
    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
