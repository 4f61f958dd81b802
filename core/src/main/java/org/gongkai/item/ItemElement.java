package org.gongkai.item;

/**
 * The elements (要素) of a disclosure item, as columns of the catalog table. Used to say which elements a catalog
 * reader took from the row above (同上, merged cells), and as the path names of validation reports.
 */
public enum ItemElement {
    /** 序号. */
    SERIAL_NUMBER("序号", "serialNumber"),
    /** 领域. */
    DOMAIN("领域", "domain"),
    /** 公开事项 (一级/二级/三级事项). */
    NAME("公开事项", "name"),
    /** 公开内容（要素）. */
    CONTENT("公开内容", "content"),
    /** 公开依据. */
    BASIS("公开依据", "basis"),
    /** 公开时限. */
    DEADLINE("公开时限", "deadline"),
    /** 公开主体. */
    RESPONSIBLE_BODY("公开主体", "responsibleBody"),
    /** 公开渠道和载体. */
    CHANNELS("公开渠道和载体", "channels"),
    /** 公开对象. */
    AUDIENCE("公开对象", "audiences"),
    /** 公开方式. */
    METHOD("公开方式", "methods"),
    /** 公开层级. */
    LEVEL("公开层级", "levels"),
    /** 五公开. */
    STAGE("五公开", "stages");

    private final String label;
    private final String property;

    ItemElement(String label, String property) {
        this.label = label;
        this.property = property;
    }

    /** @return the column header the standard uses */
    public String label() {
        return label;
    }

    /** @return the property name in Gongkai's model and JSON (used in validation paths) */
    public String property() {
        return property;
    }
}
