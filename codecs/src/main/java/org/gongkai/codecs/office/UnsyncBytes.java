package org.gongkai.codecs.office;

import java.io.IOException;
import java.io.InputStream;

/**
 * A buffer in front of a stream for a reader that takes one byte at a time (the merged-region scan): unlike
 * {@code BufferedInputStream}, whose {@code read()} takes a lock per byte, it is not synchronised (internal; one
 * thread reads it).
 */
final class UnsyncBytes extends InputStream {
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;

    UnsyncBytes(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
        }
        return buf[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int n) throws IOException {
        if (n == 0) {
            return 0;
        }
        if (pos == len) {
            return in.read(b, off, n);
        }
        int k = Math.min(n, len - pos);
        System.arraycopy(buf, pos, b, off, k);
        pos += k;
        return k;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
