package org.gongkai.report;

/** The numeric columns of table 二 (主动公开政府信息情况); each {@link Table2Row} uses some of them. */
public enum Table2Column implements ReportLabel {
    /** 本年制发件数: documents issued in the year. */
    ISSUED("本年制发件数"),
    /** 本年废止件数: documents repealed in the year. */
    REPEALED("本年废止件数"),
    /** 现行有效件数: documents in force. */
    IN_FORCE("现行有效件数"),
    /** 本年处理决定数量: decisions made in the year. */
    DECISIONS("本年处理决定数量"),
    /** 本年收费金额（单位：万元）: fees charged in the year, in units of 10,000 yuan. */
    FEES("本年收费金额（单位：万元）");

    private final String label;

    Table2Column(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String reference() {
        return label;
    }
}
