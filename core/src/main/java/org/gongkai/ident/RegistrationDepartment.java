package org.gongkai.ident;

import java.util.Optional;

/**
 * The registration department (登记管理部门) coded in the first character of a {@link CreditCode} (GB 32100-2015).
 * Only the departments Gongkai's reference documents are listed; a credit code with another first character is
 * still valid, and {@link CreditCode#registrationDepartment()} is then empty (the raw character stays available).
 */
public enum RegistrationDepartment {
    /** 机构编制: government agencies (机关) and public institutions; disclosure bodies usually start with {@code 11}. */
    ORGANIZATION_ESTABLISHMENT('1', "机构编制"),
    /** 民政: social organisations, private non-enterprise units and foundations. */
    CIVIL_AFFAIRS('5', "民政"),
    /** 工商: enterprises, individual businesses and farmers' cooperatives. */
    INDUSTRY_AND_COMMERCE('9', "工商"),
    /** 其他: other registration departments. */
    OTHER('Y', "其他");

    private final char code;
    private final String label;

    RegistrationDepartment(char code, String label) {
        this.code = code;
        this.label = label;
    }

    /** @return the character in position 1 of the credit code */
    public char code() {
        return code;
    }

    /** @return the Chinese name */
    public String label() {
        return label;
    }

    /**
     * @param code the first character of a credit code
     * @return the department, or empty when the code is not one of those listed
     */
    public static Optional<RegistrationDepartment> ofCode(char code) {
        for (RegistrationDepartment d : values()) {
            if (d.code == code) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
