package org.marsad.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Decompresses gzip input, refusing a decompression bomb: data that expands more than {@value #MAX_RATIO} times
 * (news text in JSON or HTML expands 3 to 10 times; a bomb, a thousand) once past {@value #SLACK_BYTES} bytes.
 * The refusal is an {@link IOException} naming the ratio, so the file is reported and skipped while what was
 * read from it before stays accepted.
 */
public final class GzipInput {
    static final int MAX_RATIO = 100;
    static final long SLACK_BYTES = 1 << 20;

    private GzipInput() {
    }

    public static InputStream open(InputStream compressed) throws IOException {
        Counting in = new Counting(compressed);
        return new Limited(new GZIPInputStream(in, 1 << 16), in);
    }

    /** Counts the compressed bytes read. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }

    /** Counts the decompressed bytes and stops when they outgrow the compressed ones too far. */
    private static final class Limited extends FilterInputStream {
        private final Counting compressed;
        private long count;

        Limited(InputStream in, Counting compressed) {
            super(in);
            this.compressed = compressed;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            add(s);
            return s;
        }

        private void add(long n) throws IOException {
            count += n;
            if (count > SLACK_BYTES && count > MAX_RATIO * Math.max(1, compressed.count)) {
                throw new IOException("gzip data expands more than " + MAX_RATIO + " times (" + count + " bytes from "
                        + compressed.count + "): a decompression bomb?");
            }
        }
    }
}
