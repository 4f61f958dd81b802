package org.gongkai.codecs.office;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The limits Apache POI enforces while it opens a file, set explicitly before the first office file is read.
 *
 * <p>POI keeps them in static fields, so they hold for the whole JVM: this class only ever <em>tightens</em> them
 * (a host that set stricter values keeps its own), never loosens them.
 * <ul>
 * <li>zip bombs: an entry whose compressed size is below 1% of its inflated size is refused
 * ({@link ZipSecureFile#setMinInflateRatio}, POI's own default made explicit), an entry above
 * {@link #MAX_ENTRY_BYTES} inflated is refused ({@link ZipSecureFile#setMaxEntrySize}), a package of more than
 * {@link #MAX_FILE_COUNT} entries is refused ({@link ZipSecureFile#setMaxFileCount});</li>
 * <li>XML entities: POI's parsers come from its {@code XMLHelper} (secure processing, no external entities); the
 * sheet parser of {@link XlsxCells} also refuses any DOCTYPE, so no entity can be declared, let alone expanded;</li>
 * <li>byte arrays: {@code IOUtils.setByteArrayMaxOverride} is deliberately left unset (-1): setting it would replace
 * POI's per-record maxima (tighter, record by record) by one global value;</li>
 * <li>huge sheets: rows, columns and cell lengths are bounded by the table limits (see the sources), the shared
 * strings part by {@link #MAX_SHARED_STRINGS_BYTES} and a Word body by {@link #MAX_WORD_BODY_BYTES}; a {@code .xls}
 * file is read whole and must not exceed {@link #MAX_XLS_BYTES}.</li>
 * </ul>
 */
final class PoiLimits {
    /** Smallest compressed/inflated ratio of a zip entry (POI's default, set explicitly). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Largest inflated zip entry: 1 GiB (a sheet of 1,048,576 rows of a real catalog is about 900 MB of XML). */
    static final long MAX_ENTRY_BYTES = 1L << 30;
    /** Most entries in one package (POI's default, set explicitly). */
    static final long MAX_FILE_COUNT = 1000;
    /** Largest shared-strings part (inflated); its strings are held in memory while a workbook is read. */
    static final long MAX_SHARED_STRINGS_BYTES = 256L << 20;
    /** Largest Word body part ({@code word/document.xml}, inflated), which POI reads as a tree. */
    static final long MAX_WORD_BODY_BYTES = 64L << 20;
    /** Largest {@code .xls} file, read whole by POI's HSSF (a BIFF sheet holds at most 65,536 rows). */
    static final long MAX_XLS_BYTES = 64L << 20;

    private PoiLimits() {
    }

    private static volatile boolean applied;

    /** Sets the limits once (idempotent, thread-safe). */
    static void apply() {
        if (applied) {
            return;
        }
        synchronized (PoiLimits.class) {
            if (!applied) {
                if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
                    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
                }
                if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_BYTES) {
                    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
                }
                if (ZipSecureFile.getMaxFileCount() > MAX_FILE_COUNT) {
                    ZipSecureFile.setMaxFileCount(MAX_FILE_COUNT);
                }
                applied = true;
            }
        }
    }
}
