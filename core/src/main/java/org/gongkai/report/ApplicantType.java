package org.gongkai.report;

/**
 * Who applied for disclosure, as the annual report's table 三 distinguishes them (申请人情况): 自然人, or one of the
 * five kinds of 法人或其他组织.
 */
public enum ApplicantType {
    /** 自然人. */
    NATURAL_PERSON("自然人"),
    /** 法人或其他组织 / 商业企业. */
    COMMERCIAL_ENTERPRISE("商业企业"),
    /** 法人或其他组织 / 科研机构. */
    RESEARCH_INSTITUTION("科研机构"),
    /** 法人或其他组织 / 社会公益组织. */
    PUBLIC_WELFARE_ORGANIZATION("社会公益组织"),
    /** 法人或其他组织 / 法律服务机构. */
    LEGAL_SERVICE_INSTITUTION("法律服务机构"),
    /** 法人或其他组织 / 其他. */
    OTHER_ORGANIZATION("其他");

    private final String label;

    ApplicantType(String label) {
        this.label = label;
    }

    /** @return the column heading in table 三 */
    public String label() {
        return label;
    }

    /** @return true for the five kinds of 法人或其他组织, false for 自然人 */
    public boolean isOrganization() {
        return this != NATURAL_PERSON;
    }

    /** @return the column of table 三 that counts this applicant type */
    public Table3Column column() {
        return Table3Column.values()[ordinal()];
    }
}
