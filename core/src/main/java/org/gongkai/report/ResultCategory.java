package org.gongkai.report;

/**
 * The six kinds of result (本年度办理结果) under row 三 of table 三, each holding one or more numeric rows
 * ({@link Table3Row#category()}); (七)总计 sums them all.
 */
public enum ResultCategory {
    /** （一）予以公开. */
    DISCLOSED("（一）予以公开"),
    /** （二）部分公开. */
    PARTIALLY_DISCLOSED("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    /** （三）不予公开, in 8 rows by ground. */
    WITHHELD("（三）不予公开"),
    /** （四）无法提供, in 3 rows. */
    UNABLE_TO_PROVIDE("（四）无法提供"),
    /** （五）不予处理, in 5 rows. */
    NOT_PROCESSED("（五）不予处理"),
    /** （六）其他处理, in 3 rows. */
    OTHER_HANDLING("（六）其他处理");

    private final String label;

    ResultCategory(String label) {
        this.label = label;
    }

    /** @return the heading as printed in the format */
    public String label() {
        return label;
    }
}
