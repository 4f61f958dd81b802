package org.gongkai.item;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a catalog (or any data read) comes from: the page or document, and its date.
 *
 * @param source the URL or document reference, empty when unknown
 * @param date the publication or retrieval date, when known
 * @param note free text (e.g. "transcribed from the PDF, pages 3–7")
 */
public record Provenance(String source, Optional<LocalDate> date, String note) {
    /** Nothing known. */
    public static final Provenance UNKNOWN = new Provenance("", Optional.empty(), "");

    /**
     * Replaces nulls by empties.
     *
     * @param source the URL or document reference, empty when unknown
     * @param date the publication or retrieval date, when known
     * @param note free text (e.g. "transcribed from the PDF, pages 3–7")
     */
    public Provenance {
        source = Objects.requireNonNullElse(source, "");
        date = Objects.requireNonNullElse(date, Optional.empty());
        note = Objects.requireNonNullElse(note, "");
    }

    /**
     * @param source the URL or document reference
     * @return a provenance with the source only
     */
    public static Provenance of(String source) {
        return new Provenance(source, Optional.empty(), "");
    }
}
