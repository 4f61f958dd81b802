package org.gongkai.calendar;

import java.util.List;
import java.util.Objects;

/**
 * Where a calendar's data comes from: the version of the bundled data, every notice with the addresses of its
 * text, and the local rest days added on top.
 *
 * @param dataVersion the version of the bundled notices (e.g. {@code NateScarlet/holiday-cn snapshot 2026-08-07})
 * @param notices the notices in year order (bundled ones first read from the jar, overlays from their source)
 * @param localRestDays the local rest days added by overlays, in date order
 */
public record Provenance(String dataVersion, List<NoticeSource> notices, List<LocalRestDay> localRestDays) {

    /**
     * One notice the calendar is built from.
     *
     * @param year the notice's year
     * @param papers the addresses of the notice text (empty for an unpublished notice)
     * @param source where the notice was read from
     * @param known false when the notice lists no days (the year is unknown)
     */
    public record NoticeSource(int year, List<String> papers, String source, boolean known) {
        /**
         * @param year the notice's year
         * @param papers the addresses of its text
         * @param source where it was read from
         * @param known false for an empty notice
         */
        public NoticeSource {
            papers = List.copyOf(papers);
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * @param dataVersion the version of the bundled notices
     * @param notices the notices
     * @param localRestDays the local rest days
     */
    public Provenance {
        Objects.requireNonNull(dataVersion, "dataVersion");
        notices = List.copyOf(notices);
        localRestDays = List.copyOf(localRestDays);
    }
}
