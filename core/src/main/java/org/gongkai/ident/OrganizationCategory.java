package org.gongkai.ident;

import java.util.Optional;

/**
 * The organisation category (机构类别) coded in the second character of a {@link CreditCode}, whose meaning depends
 * on the {@link RegistrationDepartment} in the first character (GB 32100-2015). Only the categories Gongkai's
 * reference documents are listed; others leave {@link CreditCode#organizationCategory()} empty.
 */
public enum OrganizationCategory {
    /** 机构编制 / 机关: a government agency; such codes start with {@code 11}. */
    AGENCY(RegistrationDepartment.ORGANIZATION_ESTABLISHMENT, '1', "机关"),
    /** 机构编制 / 事业单位. */
    PUBLIC_INSTITUTION(RegistrationDepartment.ORGANIZATION_ESTABLISHMENT, '2', "事业单位"),
    /** 机构编制 / 中央编办直接管理机构编制的群众团体. */
    MASS_ORGANIZATION(RegistrationDepartment.ORGANIZATION_ESTABLISHMENT, '3', "中央编办直接管理机构编制的群众团体"),
    /** 机构编制 / 其他. */
    ESTABLISHMENT_OTHER(RegistrationDepartment.ORGANIZATION_ESTABLISHMENT, '9', "其他"),
    /** 民政 / 社会团体. */
    SOCIAL_ORGANIZATION(RegistrationDepartment.CIVIL_AFFAIRS, '1', "社会团体"),
    /** 民政 / 民办非企业单位. */
    PRIVATE_NON_ENTERPRISE_UNIT(RegistrationDepartment.CIVIL_AFFAIRS, '2', "民办非企业单位"),
    /** 民政 / 基金会. */
    FOUNDATION(RegistrationDepartment.CIVIL_AFFAIRS, '3', "基金会"),
    /** 民政 / 其他. */
    CIVIL_AFFAIRS_OTHER(RegistrationDepartment.CIVIL_AFFAIRS, '9', "其他"),
    /** 工商 / 企业. */
    ENTERPRISE(RegistrationDepartment.INDUSTRY_AND_COMMERCE, '1', "企业"),
    /** 工商 / 个体工商户. */
    INDIVIDUAL_BUSINESS(RegistrationDepartment.INDUSTRY_AND_COMMERCE, '2', "个体工商户"),
    /** 工商 / 农民专业合作社. */
    FARMERS_COOPERATIVE(RegistrationDepartment.INDUSTRY_AND_COMMERCE, '3', "农民专业合作社");

    private final RegistrationDepartment department;
    private final char code;
    private final String label;

    OrganizationCategory(RegistrationDepartment department, char code, String label) {
        this.department = department;
        this.code = code;
        this.label = label;
    }

    /** @return the registration department the category belongs to */
    public RegistrationDepartment department() {
        return department;
    }

    /** @return the character in position 2 of the credit code */
    public char code() {
        return code;
    }

    /** @return the Chinese name */
    public String label() {
        return label;
    }

    /**
     * @param departmentCode the first character of a credit code
     * @param categoryCode the second character
     * @return the category, or empty when the pair is not one of those listed
     */
    public static Optional<OrganizationCategory> ofCodes(char departmentCode, char categoryCode) {
        for (OrganizationCategory c : values()) {
            if (c.department.code() == departmentCode && c.code == categoryCode) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
