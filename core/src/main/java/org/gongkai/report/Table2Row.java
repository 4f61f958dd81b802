package org.gongkai.report;

import java.util.List;

/**
 * The rows of table 二 (主动公开政府信息情况) of the annual report format 国办公开办函〔2021〕30号, each under the item of
 * Regulation Art. 20 it reports on, with the columns it has.
 */
public enum Table2Row implements ReportLabel {
    /** 规章 (Art. 20(1)): issued, repealed, in force. */
    RULES("规章", "第二十条第（一）项", List.of(Table2Column.ISSUED, Table2Column.REPEALED, Table2Column.IN_FORCE)),
    /** 行政规范性文件 (Art. 20(1)): issued, repealed, in force. */
    NORMATIVE_DOCUMENTS("行政规范性文件", "第二十条第（一）项",
            List.of(Table2Column.ISSUED, Table2Column.REPEALED, Table2Column.IN_FORCE)),
    /** 行政许可 (Art. 20(5)): decisions. */
    ADMINISTRATIVE_LICENSING("行政许可", "第二十条第（五）项", List.of(Table2Column.DECISIONS)),
    /** 行政处罚 (Art. 20(6)): decisions. */
    ADMINISTRATIVE_PENALTY("行政处罚", "第二十条第（六）项", List.of(Table2Column.DECISIONS)),
    /** 行政强制 (Art. 20(6)): decisions. */
    ADMINISTRATIVE_COERCION("行政强制", "第二十条第（六）项", List.of(Table2Column.DECISIONS)),
    /** 行政事业性收费 (Art. 20(8)): fees in units of 10,000 yuan. */
    ADMINISTRATIVE_FEES("行政事业性收费", "第二十条第（八）项", List.of(Table2Column.FEES));

    private final String label;
    private final String article;
    private final List<Table2Column> columns;

    Table2Row(String label, String article, List<Table2Column> columns) {
        this.label = label;
        this.article = article;
        this.columns = columns;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String reference() {
        return label;
    }

    /** @return the item of Regulation Art. 20 the row reports on, as printed, e.g. 第二十条第（一）项 */
    public String article() {
        return article;
    }

    /** @return the columns this row has, in printed order */
    public List<Table2Column> columns() {
        return columns;
    }
}
