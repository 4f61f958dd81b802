package org.gongkai.domain;

import java.util.Optional;

/**
 * The 26 pilot domains (试点领域) of 国办发〔2019〕54号, for which national departments issued standard guides and
 * every county and township compiles a catalog. The full record of each (issuer, guide, aliases) is in
 * {@link Domains#standard()}.
 */
public enum StandardDomain {
    /** 重大建设项目. */
    MAJOR_CONSTRUCTION_PROJECTS("major-construction-projects", "重大建设项目"),
    /** 公共资源交易. */
    PUBLIC_RESOURCE_TRADING("public-resource-trading", "公共资源交易"),
    /** 财政预决算. */
    FISCAL_BUDGET("fiscal-budget", "财政预决算"),
    /** 安全生产. */
    WORK_SAFETY("work-safety", "安全生产"),
    /** 税收管理. */
    TAX_ADMINISTRATION("tax-administration", "税收管理"),
    /** 征地补偿. */
    LAND_EXPROPRIATION_COMPENSATION("land-expropriation-compensation", "征地补偿"),
    /** 国有土地上房屋征收与补偿. */
    STATE_LAND_HOUSING_EXPROPRIATION("state-land-housing-expropriation", "国有土地上房屋征收与补偿"),
    /** 农村危房改造. */
    RURAL_DILAPIDATED_HOUSING("rural-dilapidated-housing", "农村危房改造"),
    /** 城市综合执法. */
    URBAN_COMPREHENSIVE_ENFORCEMENT("urban-comprehensive-enforcement", "城市综合执法"),
    /** 环境保护 (the national guide is titled 生态环境). */
    ECOLOGY_ENVIRONMENT("ecology-environment", "环境保护"),
    /** 公共文化服务. */
    PUBLIC_CULTURAL_SERVICES("public-cultural-services", "公共文化服务"),
    /** 公共法律服务. */
    PUBLIC_LEGAL_SERVICES("public-legal-services", "公共法律服务"),
    /** 扶贫 (renamed 乡村振兴 in many places from 2021). */
    POVERTY_ALLEVIATION("poverty-alleviation", "扶贫"),
    /** 救灾. */
    DISASTER_RELIEF("disaster-relief", "救灾"),
    /** 社会救助. */
    SOCIAL_ASSISTANCE("social-assistance", "社会救助"),
    /** 养老服务. */
    ELDERLY_CARE("elderly-care", "养老服务"),
    /** 户籍管理. */
    HOUSEHOLD_REGISTRATION("household-registration", "户籍管理"),
    /** 社会保险. */
    SOCIAL_INSURANCE("social-insurance", "社会保险"),
    /** 就业. */
    EMPLOYMENT("employment", "就业"),
    /** 医疗卫生 (卫生健康 in later catalogs). */
    HEALTH("health", "医疗卫生"),
    /** 食品药品监管. */
    FOOD_DRUG_REGULATION("food-drug-regulation", "食品药品监管"),
    /** 城乡规划. */
    URBAN_RURAL_PLANNING("urban-rural-planning", "城乡规划"),
    /** 义务教育. */
    COMPULSORY_EDUCATION("compulsory-education", "义务教育"),
    /** 涉农补贴. */
    AGRICULTURAL_SUBSIDIES("agricultural-subsidies", "涉农补贴"),
    /** 保障性住房. */
    AFFORDABLE_HOUSING("affordable-housing", "保障性住房"),
    /** 市政服务. */
    MUNICIPAL_SERVICES("municipal-services", "市政服务");

    private final String code;
    private final String label;

    StandardDomain(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** @return the stable code, as in {@link Domain#code()} */
    public String code() {
        return code;
    }

    /** @return the canonical Chinese name */
    public String label() {
        return label;
    }

    /** @return the full record of this domain from the bundled registry */
    public Domain domain() {
        return Domains.standard().byCode(code).orElseThrow();
    }

    /**
     * @param code a domain code
     * @return the standard domain with that code
     */
    public static Optional<StandardDomain> ofCode(String code) {
        for (StandardDomain d : values()) {
            if (d.code.equals(code)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
