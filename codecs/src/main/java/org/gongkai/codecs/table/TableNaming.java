package org.gongkai.codecs.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.domain.Domain;

/**
 * A table's title and domain, and where each came from: the one rule of the interpretation for naming a table
 * (package-private).
 *
 * <p>The title: a row above the header, else a title the source found outside the table (caption, heading, page
 * title), else the sheet name. The domain: a 领域 column (each row names its own), else the first title that names a
 * domain, else the sheet name, else the file name, else the caller's default; else none.
 *
 * @param title the title, empty when none
 * @param titleOrigin where the title came from, null when none
 * @param domain the table's domain, empty when none (or, with a 领域 column, the caller's default for blank cells)
 * @param domainOrigin where the domain came from
 */
record TableNaming(String title, TitleOrigin titleOrigin, String domain, DomainOrigin domainOrigin) {
    /** No title and no domain. */
    static final TableNaming NONE = new TableNaming("", null, "", DomainOrigin.NONE);

    /**
     * @param titleRows the single-cell rows above the header, top first
     * @param outside the title candidates the source found outside the table
     * @param domainColumn whether the table has a 领域 column
     * @param options the caller's default domain and domain registry
     * @return the table's naming
     */
    static TableNaming of(List<String> titleRows, List<TitleCandidate> outside, boolean domainColumn,
            CatalogTableReader.Options options) {
        List<TitleCandidate> titles = new ArrayList<>();
        for (String t : titleRows) {
            if (!t.isEmpty()) {
                titles.add(new TitleCandidate(t, TitleOrigin.ROW_ABOVE_HEADER));
            }
        }
        for (TitleCandidate t : outside) {
            if (t.origin() != TitleOrigin.SHEET_NAME && t.origin() != TitleOrigin.FILE_NAME && !t.text().isBlank()) {
                titles.add(new TitleCandidate(t.text().strip(), t.origin()));
            }
        }
        List<TitleCandidate> names = new ArrayList<>();
        for (TitleOrigin origin : new TitleOrigin[] {TitleOrigin.SHEET_NAME, TitleOrigin.FILE_NAME}) {
            for (TitleCandidate t : outside) {
                if (t.origin() == origin && !t.text().isBlank()) {
                    names.add(t);
                }
            }
        }
        String title = "";
        TitleOrigin titleOrigin = null;
        if (!titles.isEmpty()) {
            title = titles.get(0).text();
            titleOrigin = titles.get(0).origin();
        } else {
            for (TitleCandidate t : names) {
                if (t.origin() == TitleOrigin.SHEET_NAME) {
                    title = t.text();
                    titleOrigin = t.origin();
                    break;
                }
            }
        }
        if (domainColumn) {
            return new TableNaming(title, titleOrigin, options.defaultDomain(), DomainOrigin.COLUMN);
        }
        for (TitleCandidate t : titles) {
            Optional<Domain> d = options.domains().lookup(t.text());
            if (d.isPresent()) {
                return new TableNaming(title, titleOrigin, d.get().name(), DomainOrigin.TITLE);
            }
        }
        for (TitleCandidate t : names) {
            Optional<Domain> d = options.domains().lookup(t.text());
            if (d.isPresent()) {
                return new TableNaming(title, titleOrigin, d.get().name(),
                        t.origin() == TitleOrigin.SHEET_NAME ? DomainOrigin.SHEET_NAME : DomainOrigin.FILE_NAME);
            }
        }
        if (!options.defaultDomain().isEmpty()) {
            return new TableNaming(title, titleOrigin, options.defaultDomain(), DomainOrigin.DEFAULT);
        }
        return new TableNaming(title, titleOrigin, "", DomainOrigin.NONE);
    }
}
