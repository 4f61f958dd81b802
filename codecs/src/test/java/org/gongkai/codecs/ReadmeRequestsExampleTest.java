package org.gongkai.codecs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.gongkai.calendar.HolidayCalendar;
import org.gongkai.calendar.HolidayNotice;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.codecs.json.GongkaiJson;
import org.gongkai.report.Table2;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.ReplyDeadline;
import org.gongkai.request.ReplyType;
import org.gongkai.request.RequestEvent.Received;
import org.gongkai.request.RequestEvent.Replied;
import org.junit.jupiter.api.Test;

/** The README's example of requests, reply clocks, notices and table 二 in JSON, compiled and run. */
class ReadmeRequestsExampleTest {
    @Test
    void readmeExample() throws Exception {
        ObjectMapper mapper = GongkaiJson.mapper();
        DisclosureRequest request = DisclosureRequest.receivedBy(Received.inPerson(LocalDate.of(2024, 9, 27)))
                .then(new Replied(LocalDate.of(2024, 10, 21), ReplyType.DISCLOSED));
        String json = mapper.writeValueAsString(request);
        DisclosureRequest back = mapper.readValue(json, DisclosureRequest.class);
        ReplyDeadline clock = back.replyDeadline(WorkingDayCalendar.official());
        String written = mapper.writeValueAsString(clock);
        HolidayCalendar calendar = WorkingDayCalendar.official().withNotice(mapper.readValue(
                "{\"year\":2027,\"papers\":[],\"days\":[{\"name\":\"元旦\",\"date\":\"2027-01-01\",\"isOffDay\":true}]}",
                HolidayNotice.class));
        Table2 t2 = mapper.readValue("{\"RULES\":{\"ISSUED\":2,\"REPEALED\":0,\"IN_FORCE\":15},"
                + "\"NORMATIVE_DOCUMENTS\":{\"ISSUED\":null,\"REPEALED\":null,\"IN_FORCE\":null},"
                + "\"ADMINISTRATIVE_LICENSING\":{\"DECISIONS\":1203},\"ADMINISTRATIVE_PENALTY\":{\"DECISIONS\":56},"
                + "\"ADMINISTRATIVE_COERCION\":{\"DECISIONS\":null},\"ADMINISTRATIVE_FEES\":{\"FEES\":12.50}}",
                Table2.class);

        assertThat(json).isEqualTo("{\"events\":[{\"kind\":\"RECEIVED\",\"channel\":\"IN_PERSON\",\"date\":"
                + "\"2024-09-27\",\"arrivedOn\":null},{\"kind\":\"REPLIED\",\"date\":\"2024-10-21\",\"type\":"
                + "\"DISCLOSED\"}]}");
        assertThat(back).isEqualTo(request);
        // Art. 33: Fri 2024-09-27 + 20 working days (9-29 and 10-12 worked, 10-01..10-07 off) = 2024-10-30
        assertThat(written).contains("\"due\":\"2024-10-30\"");
        // Thu 2026-12-31 + 1 working day, 2027-01-01 off (the overlay) = Mon 2027-01-04
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(t2.count(Table2Row.ADMINISTRATIVE_COERCION, Table2Column.DECISIONS)).isEmpty();
    }
}
