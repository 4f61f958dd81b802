/**
 * Gongkai core: China's grassroots government-affairs disclosure standard (基层政务公开标准化规范化,
 * 国办发〔2019〕54号) and the 政府信息公开条例 as immutable values. Depends on Guava only.
 */
// the qualified export names Gongkai's own modules, which are compiled after this one
@SuppressWarnings("module")
module org.gongkai.core {
    requires com.google.common;

    exports org.gongkai.data;
    exports org.gongkai.calendar;
    exports org.gongkai.domain;
    exports org.gongkai.item;
    exports org.gongkai.ident;
    exports org.gongkai.report;
    exports org.gongkai.deadline;
    exports org.gongkai.request;

    // text normalisation shared with the other Gongkai modules; not public API
    exports org.gongkai.internal to org.gongkai.codecs, org.gongkai.validation, org.gongkai.json.mapping;
}
