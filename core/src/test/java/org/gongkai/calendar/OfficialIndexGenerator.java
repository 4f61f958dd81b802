package org.gongkai.calendar;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Derives official.idx, the compact index {@link HolidayCalendar#official()} loads, from the bundled JSON notices and
 * index.properties: it builds the calendar from the notices ({@link HolidayCalendar#of}) and writes, through the
 * public API only, its provenance and every covered day whose kind is not the Monday-Friday one or that carries a
 * holiday's name. The format is described in HolidayCalendar, beside its reader.
 */
final class OfficialIndexGenerator {
    static final String RESOURCES = "/org/gongkai/calendar/holidays/";

    private OfficialIndexGenerator() {
    }

    /** @return the calendar built from the bundled JSON notices, the way any embedding system's notices are */
    static HolidayCalendar fromJson() {
        Properties index = new Properties();
        try (InputStream in = OfficialIndexGenerator.class.getResourceAsStream(RESOURCES + "index.properties")) {
            index.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int first = Integer.parseInt(index.getProperty("firstYear"));
        int last = Integer.parseInt(index.getProperty("lastYear"));
        List<HolidayNotice> notices = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            String name = RESOURCES + year + ".json";
            HolidayNotice n = HolidayNotice.parse(OfficialIndexGenerator.class.getResourceAsStream(name),
                    "gongkai-core:" + name);
            if (n.year() != year) {
                throw new IllegalStateException(name + " is the notice of " + n.year());
            }
            notices.add(n);
        }
        return HolidayCalendar.of(index.getProperty("dataVersion"), notices);
    }

    /** @return the bytes of official.idx for the bundled JSON notices */
    static byte[] generate() {
        return write(fromJson());
    }

    static byte[] write(HolidayCalendar cal) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            Provenance p = cal.provenance();
            out.writeInt(HolidayCalendar.INDEX_MAGIC);
            out.writeUTF(p.dataVersion());
            out.writeShort(p.notices().size());
            for (Provenance.NoticeSource n : p.notices()) {
                out.writeShort(n.year());
                out.writeBoolean(n.known());
                out.writeByte(n.papers().size());
                for (String paper : n.papers()) {
                    out.writeUTF(paper);
                }
            }
            Map<String, Integer> names = new LinkedHashMap<>();
            List<int[]> exceptions = new ArrayList<>();
            LocalDate first = cal.coverage().first();
            int i = 0;
            for (LocalDate d = first; !d.isAfter(cal.coverage().last()); d = d.plusDays(1), i++) {
                CalendarDay day = cal.day(d);
                boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
                DayKind usual = weekend ? DayKind.WEEKEND : DayKind.NORMAL_WORKING_DAY;
                if (day.kind() != usual || day.holiday().isPresent()) {
                    int name = day.holiday().isEmpty() ? HolidayCalendar.NO_NAME
                            : names.computeIfAbsent(day.holiday().get(), k -> names.size());
                    exceptions.add(new int[] {i, day.kind().ordinal(), name});
                }
            }
            // the format's fields are u2 (u1 for papers): refuse what would not fit rather than wrap around
            if (i > 0xffff || names.size() >= HolidayCalendar.NO_NAME || exceptions.size() > 0xffff
                    || p.notices().stream().anyMatch(n -> n.papers().size() > 0xff)) {
                throw new IllegalStateException("the calendar does not fit the index format");
            }
            out.writeShort(names.size());
            for (String name : names.keySet()) {
                out.writeUTF(name);
            }
            out.writeShort(exceptions.size());
            for (int[] x : exceptions) {
                out.writeShort(x[0]);
                out.writeByte(x[1]);
                out.writeShort(x[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
