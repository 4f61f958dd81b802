package org.gongkai.report;

import java.util.Optional;

/**
 * The 7 numeric columns of table 三 (收到和处理政府信息公开申请情况), in printed order: 自然人, the five columns of
 * 法人或其他组织 (商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他) and 总计.
 */
public enum Table3Column implements ReportLabel {
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
    OTHER_ORGANIZATION("其他"),
    /** 总计 = 自然人 + the five 法人或其他组织 columns. */
    TOTAL("总计");

    /** The heading above the five organisation columns. */
    public static final String ORGANIZATION_GROUP_LABEL = "法人或其他组织";

    private final String label;

    Table3Column(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** @return the label, qualified by 法人或其他组织 for the five organisation columns (e.g. 法人或其他组织/其他) */
    @Override
    public String reference() {
        return applicantType().map(a -> a.isOrganization() ? ORGANIZATION_GROUP_LABEL + "/" + label : label)
                .orElse(label);
    }

    /** @return the applicant type this column counts; empty for 总计 */
    public Optional<ApplicantType> applicantType() {
        return this == TOTAL ? Optional.empty() : Optional.of(ApplicantType.values()[ordinal()]);
    }
}
