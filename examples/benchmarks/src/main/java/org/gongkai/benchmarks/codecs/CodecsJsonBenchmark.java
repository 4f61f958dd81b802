package org.gongkai.benchmarks.codecs;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.gongkai.codecs.json.CatalogJsonReader;
import org.gongkai.codecs.jackson3.GongkaiJson3;
import org.gongkai.codecs.json.GongkaiJson;
import org.gongkai.item.Catalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading and writing a catalog of 100,000 items as JSON: Gongkai's module (immutable values, hand-written
 * streaming (de)serializers, the deadline written with its structured rule) beside plain Jackson databind of an
 * equivalent mutable POJO reading and writing the same document, in the same run. One operation = the whole
 * catalog; MB/s = ops/s × the document size printed at setup. The same four figures for Jackson 3
 * ({@code …Jackson3}: Gongkai's Jackson 3 module against plain Jackson 3 databind of the same POJO). Run:
 * {@code java -jar examples/benchmarks/target/benchmarks.jar CodecsJsonBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CodecsJsonBenchmark {
    /** Items in the catalog (100,000 for the reported figures). */
    @Param("100000")
    public int items;

    private ObjectMapper gongkai;
    private ObjectMapper plain;
    private Catalog catalog;
    private PlainItem.Catalog plainCatalog;
    private byte[] json;
    private tools.jackson.databind.json.JsonMapper gongkai3;
    private tools.jackson.databind.json.JsonMapper plain3;

    /**
     * Builds the catalog, its JSON, and the POJO form read from that JSON.
     *
     * @throws IOException never
     */
    @Setup
    public void setUp() throws IOException {
        gongkai = GongkaiJson.mapper();
        plain = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        catalog = CodecsData.catalog(items);
        json = gongkai.writeValueAsBytes(catalog);
        plainCatalog = plain.readValue(json, PlainItem.Catalog.class);
        gongkai3 = GongkaiJson3.mapper();
        plain3 = tools.jackson.databind.json.JsonMapper.builder()
                .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        if (!java.util.Arrays.equals(gongkai3.writeValueAsBytes(catalog), json)) {
            throw new IllegalStateException("the Jackson 3 module writes another document than the Jackson 2 one");
        }
        byte[] again = plain.writeValueAsBytes(plainCatalog);
        System.out.printf("%nJSON document: %d items, %d bytes (%.2f MB); plain POJO rewrite: %d bytes%n", items,
                json.length, json.length / 1e6, again.length);
    }

    /**
     * @return the catalog read by Gongkai's module
     * @throws IOException never
     */
    @Benchmark
    public Catalog readGongkai() throws IOException {
        return gongkai.readValue(json, Catalog.class);
    }

    /**
     * @param bh consumes the items
     */
    @Benchmark
    public void readGongkaiStreaming(Blackhole bh) {
        try (CatalogJsonReader r = CatalogJsonReader.open(new ByteArrayInputStream(json), "bench")) {
            r.forEachRemaining(bh::consume);
        }
    }

    /**
     * @return the catalog read by databind into POJOs
     * @throws IOException never
     */
    @Benchmark
    public PlainItem.Catalog readPlainPojo() throws IOException {
        return plain.readValue(json, PlainItem.Catalog.class);
    }

    /**
     * @return the catalog written by Gongkai's module
     * @throws IOException never
     */
    @Benchmark
    public byte[] writeGongkai() throws IOException {
        return gongkai.writeValueAsBytes(catalog);
    }

    /**
     * @return the POJO catalog written by databind
     * @throws IOException never
     */
    @Benchmark
    public byte[] writePlainPojo() throws IOException {
        return plain.writeValueAsBytes(plainCatalog);
    }

    /** @return the catalog read by Gongkai's Jackson 3 module */
    @Benchmark
    public Catalog readGongkaiJackson3() {
        return gongkai3.readValue(json, Catalog.class);
    }

    /** @return the catalog read by Jackson 3 databind into POJOs */
    @Benchmark
    public PlainItem.Catalog readPlainPojoJackson3() {
        return plain3.readValue(json, PlainItem.Catalog.class);
    }

    /** @return the catalog written by Gongkai's Jackson 3 module */
    @Benchmark
    public byte[] writeGongkaiJackson3() {
        return gongkai3.writeValueAsBytes(catalog);
    }

    /** @return the POJO catalog written by Jackson 3 databind */
    @Benchmark
    public byte[] writePlainPojoJackson3() {
        return plain3.writeValueAsBytes(plainCatalog);
    }
}
