package org.gongkai.codecs.office;

import java.util.Arrays;

/**
 * The merged regions of one sheet or table, and the cells they cover row by row (internal).
 *
 * <p>Regions are kept as int quadruples sorted by first row; {@link #advance} makes the regions that cover a row the
 * active ones, so a sheet is walked once, top to bottom, with only the active regions looked at per row.
 */
final class MergedRegions {
    /** Most merged regions per sheet: 1,000,000 (16 MB); a real catalog has a few per item at most. */
    static final int MAX_REGIONS = 1_000_000;

    private int[] firstRow = new int[16];
    private int[] lastRow = new int[16];
    private int[] firstCol = new int[16];
    private int[] lastCol = new int[16];
    private String[] text = new String[16];
    private int size;
    private int next;
    private int[] active = new int[8];
    /** the last column (0-based) holding a cell of the sheet, -1 when not known (every region kept whole) */
    private int lastUsedColumn = -1;
    private boolean columnsKnown;
    private int activeSize;

    /**
     * Adds a region (0-based, inclusive); a single cell is ignored.
     *
     * @return false when the maximum number of regions is reached
     */
    boolean add(int r1, int c1, int r2, int c2) {
        if (r1 > r2 || c1 > c2 || (r1 == r2 && c1 == c2)) {
            return true;
        }
        if (size == MAX_REGIONS) {
            return false;
        }
        if (size == firstRow.length) {
            int n = size * 2;
            firstRow = Arrays.copyOf(firstRow, n);
            lastRow = Arrays.copyOf(lastRow, n);
            firstCol = Arrays.copyOf(firstCol, n);
            lastCol = Arrays.copyOf(lastCol, n);
            text = Arrays.copyOf(text, n);
        }
        firstRow[size] = r1;
        lastRow[size] = r2;
        firstCol[size] = c1;
        lastCol[size] = c2;
        size++;
        return true;
    }

    int size() {
        return size;
    }

    /**
     * Records that the sheet has a cell in this column (0-based): {@link #seal} then clips the regions to the columns
     * the sheet uses, as continuation cells right of every cell of the sheet carry nothing.
     */
    void seeColumn(int column) {
        columnsKnown = true;
        lastUsedColumn = Math.max(lastUsedColumn, column);
    }

    /** Sorts the regions by first row; call once after the last {@link #add}. */
    void seal() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(firstRow[a], firstRow[b]));
        int[] r1 = new int[size];
        int[] r2 = new int[size];
        int[] c1 = new int[size];
        int[] c2 = new int[size];
        int kept = 0;
        for (int i = 0; i < size; i++) {
            int first = firstCol[order[i]];
            int last = columnsKnown ? Math.min(lastCol[order[i]], lastUsedColumn) : lastCol[order[i]];
            if (last < first) {
                continue; // right of every cell of the sheet: it covers nothing the sheet shows
            }
            r1[kept] = firstRow[order[i]];
            r2[kept] = lastRow[order[i]];
            c1[kept] = first;
            c2[kept] = last;
            kept++;
        }
        size = kept;
        firstRow = r1;
        lastRow = r2;
        firstCol = c1;
        lastCol = c2;
        text = new String[size];
        next = 0;
        activeSize = 0;
    }

    /** Makes the regions covering row {@code r} (0-based, never decreasing) active. */
    void advance(int r) {
        int k = 0;
        for (int i = 0; i < activeSize; i++) {
            if (lastRow[active[i]] >= r) {
                active[k++] = active[i];
            }
        }
        activeSize = k;
        while (next < size && firstRow[next] <= r) {
            if (lastRow[next] >= r) {
                if (activeSize == active.length) {
                    active = Arrays.copyOf(active, activeSize * 2);
                }
                active[activeSize++] = next;
            }
            next++;
        }
    }

    /** @return true when no region covers the current row */
    boolean noneActive() {
        return activeSize == 0;
    }

    /** @return the first row (0-based) of a region starting after the current one, or -1 */
    int nextStart() {
        return next < size ? firstRow[next] : -1;
    }

    /** @return true when a region covers the current row (after {@link #advance}) */
    boolean covers() {
        return activeSize > 0;
    }

    /** @return the last column (0-based) any active region covers, or -1 */
    int lastActiveColumn() {
        int m = -1;
        for (int i = 0; i < activeSize; i++) {
            m = Math.max(m, lastCol[active[i]]);
        }
        return m;
    }

    /**
     * Marks the continuation cells of row {@code r} and records the anchors' texts.
     *
     * @param r the current row (0-based), as given to {@link #advance}
     * @param texts the texts of the row by column (null = no cell); continuation cells get the region's text
     * @param above set true where the cell continues a region from above
     * @param left set true where the cell continues a region from the left
     * @param width the number of columns to look at
     */
    void mark(int r, String[] texts, boolean[] above, boolean[] left, int width) {
        for (int i = 0; i < activeSize; i++) {
            int g = active[i];
            int c1 = firstCol[g];
            if (c1 >= width) {
                continue;
            }
            if (r == firstRow[g]) {
                String t = texts[c1];
                text[g] = t == null ? "" : t;
            }
            String t = text[g] == null ? "" : text[g];
            int c2 = Math.min(lastCol[g], width - 1);
            for (int c = c1; c <= c2; c++) {
                if (r == firstRow[g] && c == c1) {
                    continue;
                }
                above[c] |= r > firstRow[g];
                left[c] |= c > c1;
                texts[c] = t;
            }
        }
    }
}
