package org.gongkai.report;

import java.util.Objects;

/**
 * One disclosure request as the annual report's table 三 counts it: who applied, whether it was received this year
 * or carried over from last year, and how it stood at the end of the year: a result row (（一） to （六）) or still
 * open and carried to next year ({@link Table3Row#CARRIED_TO_NEXT_YEAR}).
 *
 * @param applicant who applied
 * @param origin received this year (row 一) or carried over from last year (row 二)
 * @param disposition a result row ({@link Table3Row#isResult()}) or {@link Table3Row#CARRIED_TO_NEXT_YEAR}
 */
public record ReportedRequest(ApplicantType applicant, Origin origin, Table3Row disposition) {

    /** Where a request handled in the report year came from. */
    public enum Origin {
        /** Received in the report year: row 一、本年新收政府信息公开申请数量. */
        RECEIVED_THIS_YEAR(Table3Row.NEW_THIS_YEAR),
        /** Received before and still open at the start of the year: row 二、上年结转政府信息公开申请数量. */
        CARRIED_OVER_FROM_LAST_YEAR(Table3Row.CARRIED_OVER_FROM_LAST_YEAR);

        private final Table3Row row;

        Origin(Table3Row row) {
            this.row = row;
        }

        /** @return the row of table 三 that counts requests of this origin */
        public Table3Row row() {
            return row;
        }
    }

    /**
     * @param applicant who applied
     * @param origin received this year (row 一) or carried over from last year (row 二)
     * @param disposition a result row ({@link Table3Row#isResult()}) or {@link Table3Row#CARRIED_TO_NEXT_YEAR}
     *
     * @throws NullPointerException when a component is null
     * @throws IllegalArgumentException when the disposition is neither a result row nor 四 (e.g. 一 or （七）总计)
     */
    public ReportedRequest {
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(disposition, "disposition");
        if (!disposition.isResult() && disposition != Table3Row.CARRIED_TO_NEXT_YEAR) {
            throw new IllegalArgumentException("a request ends in a result row (（一） to （六）) or in 四, not in "
                    + disposition.reference() + " " + disposition.label());
        }
    }

    /** @return true when the request was still open at the end of the year (row 四) */
    public boolean isCarriedToNextYear() {
        return disposition == Table3Row.CARRIED_TO_NEXT_YEAR;
    }
}
