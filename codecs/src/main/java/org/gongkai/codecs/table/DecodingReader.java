package org.gongkai.codecs.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes strictly: bytes that are not valid in the charset end the read with a {@link BadBytesException}
 * giving their 0-based byte offset in the stream (an {@code InputStreamReader} either replaces them silently or
 * throws without saying where).
 */
final class DecodingReader extends Reader {
    /** Invalid bytes at a known offset. */
    static final class BadBytesException extends IOException {
        private static final long serialVersionUID = 1L;
        final long offset;
        final String bytes;

        BadBytesException(Charset cs, long offset, String bytes) {
            super("invalid " + cs.name() + " at byte " + offset + " (" + bytes + "): the file is not " + cs.name()
                    + " throughout; save it in one encoding, or give its charset");
            this.offset = offset;
            this.bytes = bytes;
        }
    }

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(16 * 1024);
    private long base;
    private boolean eof;
    private boolean flushed;

    DecodingReader(InputStream in, Charset charset, long startOffset) {
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.base = startOffset;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (flushed) {
                return -1;
            }
            fill();
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        return n;
    }

    private void fill() throws IOException {
        chars.clear();
        try {
            if (!eof) {
                base += bytes.position();
                bytes.compact();
                int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (r < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + r);
                }
                bytes.flip();
            }
            CoderResult res = decoder.decode(bytes, chars, eof);
            if (res.isError()) {
                StringBuilder hex = new StringBuilder();
                for (int i = 0; i < res.length() && bytes.position() + i < bytes.limit(); i++) {
                    if (i > 0) {
                        hex.append(' ');
                    }
                    hex.append(String.format("%02X", bytes.get(bytes.position() + i) & 0xFF));
                }
                throw new BadBytesException(charset, base + bytes.position(), hex.toString());
            }
            if (eof && !bytes.hasRemaining()) {
                if (decoder.flush(chars).isUnderflow()) {
                    flushed = true;
                }
            }
        } finally {
            chars.flip();
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
