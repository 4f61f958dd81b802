package org.gongkai.codecs.table;

import java.util.List;
import java.util.Objects;

/**
 * What a source knows of a table before its rows.
 *
 * @param location the file and which table of it
 * @param titles title candidates the source found outside the table (caption, heading, page title, sheet name, file
 *     name), best first; the interpretation adds the rows above the header
 * @param knowsMerges true when the format records merged cells (HTML, Excel, Word): a blank cell is then blank; false
 *     for CSV, where merged cells are exported blank and the interpretation may read a blank 一级事项 or 领域 as the
 *     row above's (an option)
 * @param pageLayout true when the format also uses tables for page layout (HTML: navigation bars, frames around
 *     the catalog): a table there without a catalog header that does not continue the catalog table before it is
 *     the page's, and is passed over without a summary; false for sheets and Word tables, where such a table is
 *     reported as not read
 */
public record TableStart(TableLocation location, List<TitleCandidate> titles, boolean knowsMerges,
        boolean pageLayout) {
    /**
     * Copies the list.
     *
     * @param location the file and which table of it
     * @param titles title candidates found outside the table, best first
     * @param knowsMerges true when the format records merged cells
     * @param pageLayout true when the format also uses tables for page layout (HTML)
     */
    public TableStart {
        Objects.requireNonNull(location, "location");
        titles = List.copyOf(titles);
    }

    /**
     * A table of a format that does not use tables for page layout.
     *
     * @param location the file and which table of it
     * @param titles title candidates found outside the table, best first
     * @param knowsMerges true when the format records merged cells
     */
    public TableStart(TableLocation location, List<TitleCandidate> titles, boolean knowsMerges) {
        this(location, titles, knowsMerges, false);
    }
}
