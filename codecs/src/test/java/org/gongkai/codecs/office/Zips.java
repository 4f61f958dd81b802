package org.gongkai.codecs.office;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Rewrites the entries of a zip package (tests: hostile and mutated workbooks). */
final class Zips {
    private Zips() {
    }

    /**
     * @param zip the package
     * @param change given an entry's name and bytes, returns its new bytes
     * @return the package with every entry changed
     */
    static byte[] rewrite(byte[] zip, BiFunction<String, byte[], byte[]> change) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                ZipEntry e;
                while ((e = in.getNextEntry()) != null) {
                    byte[] data = change.apply(e.getName(), in.readAllBytes());
                    out.putNextEntry(new ZipEntry(e.getName()));
                    out.write(data);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
