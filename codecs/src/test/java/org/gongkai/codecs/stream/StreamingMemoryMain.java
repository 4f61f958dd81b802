package org.gongkai.codecs.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.gongkai.codecs.csv.CatalogCsvReader;
import org.gongkai.codecs.csv.CatalogCsvWriter;
import org.gongkai.codecs.csv.CsvSummary;
import org.gongkai.codecs.json.CatalogJsonReader;
import org.gongkai.codecs.json.CatalogJsonWriter;
import org.gongkai.item.AdministrativeLevel;
import org.gongkai.item.Audience;
import org.gongkai.item.Catalog;
import org.gongkai.item.ChannelKind;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.DisclosureMethod;

/**
 * Run in a JVM of its own with a small heap (-Xmx64m) by {@link StreamingMemoryTest}: writes N generated items
 * through a pipe as JSON and as CSV and reads them back one by one, checking each item read against the item
 * generated for its position (the checks hold one item, never the catalog). Prints one line per format:
 * {@code JSON items=… bytes=… ms=… maxSampledHeapUsedMiB=…}; exits 1 on any mismatch.
 */
public final class StreamingMemoryMain {
    private StreamingMemoryMain() {
    }

    /**
     * @param n position
     * @return the generated item n (deterministic, cheap)
     */
    public static DisclosureItem item(long n) {
        return DisclosureItem.builder().serialNumber(Long.toString(n + 1)).domain("社会救助")
                .name("最低生活保障", "审核信息" + (n % 97)).content("●审核结果 ●救助金额, 第" + n + "户")
                .basis("《社会救助暂行办法》《最低生活保障审核确认办法》").deadlineText("信息形成或者变更之日起20个工作日内")
                .responsibleBody("某县民政局").addChannels(ChannelKind.GOVERNMENT_WEBSITE, ChannelKind.BULLETIN_BOARD)
                .addAudience(Audience.GENERAL_PUBLIC).addMethod(DisclosureMethod.PROACTIVE)
                .addLevel(AdministrativeLevel.COUNTY).addLevel(AdministrativeLevel.TOWNSHIP).build();
    }

    /**
     * @param args [0] number of items (default 1,000,000)
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        boolean ok = run("JSON", n, out -> {
            try (CatalogJsonWriter w = CatalogJsonWriter.open(out, Catalog.builder().title("streamed").build())) {
                for (long i = 0; i < n; i++) {
                    w.write(item(i));
                }
            }
        }, (in, check) -> {
            try (CatalogJsonReader r = CatalogJsonReader.open(in, "pipe.json")) {
                r.forEachRemaining(check);
            }
        });
        ok &= run("CSV", n, out -> {
            try (CatalogCsvWriter w = CatalogCsvWriter.open(out, "streamed", CatalogCsvWriter.Layout.standard()
                    .withDomain())) {
                for (long i = 0; i < n; i++) {
                    w.write(item(i));
                }
            }
        }, (in, check) -> {
            CsvSummary s = CatalogCsvReader.forEach(in, "pipe.csv", CatalogCsvReader.Options.defaults(), check);
            if (s.itemsKept() != n || s.rowsRejected() != 0) {
                throw new IllegalStateException("CSV summary " + s);
            }
        });
        System.exit(ok ? 0 : 1);
    }

    private interface Reading {
        void read(InputStream in, Consumer<DisclosureItem> check) throws Exception;
    }

    private static boolean run(String format, long n, Consumer<OutputStream> writing, Reading reading)
            throws Exception {
        PipedInputStream in = new PipedInputStream(1 << 16);
        PipedOutputStream out = new PipedOutputStream(in);
        AtomicLong bytes = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try (OutputStream counting = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    bytes.incrementAndGet();
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    bytes.addAndGet(len);
                }

                @Override
                public void close() throws IOException {
                    out.close();
                }
            }) {
                writing.accept(counting);
            } catch (Throwable t) {
                failure.set(t);
            }
        }, format + "-writer");
        AtomicLong peak = new AtomicLong();
        long start = System.nanoTime();
        writer.start();
        AtomicLong count = new AtomicLong();
        AtomicLong mismatches = new AtomicLong();
        reading.read(in, item -> {
            long c = count.getAndIncrement();
            if (!item.equals(item(c))) {
                mismatches.incrementAndGet();
            }
            if (c % 10_000 == 0) {
                Runtime rt = Runtime.getRuntime();
                peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
            }
        });
        writer.join();
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%s items=%d bytes=%d ms=%d mismatches=%d maxSampledHeapUsedMiB=%.1f maxHeapMiB=%.1f%n", format,
                count.get(), bytes.get(), ms, mismatches.get(), peak.get() / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
        if (failure.get() != null) {
            failure.get().printStackTrace();
            return false;
        }
        return count.get() == n && mismatches.get() == 0;
    }
}
