package org.gongkai.report;

/** A row or column heading of an annual report table, printed exactly as in the format 国办公开办函〔2021〕30号. */
public interface ReportLabel {

    /** @return the heading as printed in the format */
    String label();

    /** @return a short reference naming the heading in messages, e.g. {@code 三（七）} or {@code 总计} */
    String reference();
}
