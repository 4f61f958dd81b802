package org.gongkai.benchmarks.codecs;

import java.util.List;
import java.util.Map;

/**
 * The comparison for the JSON benchmark: a plain mutable POJO with public fields and the same JSON shape as
 * Gongkai's item, read and written by Jackson databind's bean (de)serializers.
 */
public class PlainItem {
    /** 序号. */
    public String serialNumber;
    /** 领域. */
    public String domain;
    /** 事项名称. */
    public Name name;
    /** 公开内容. */
    public String content;
    /** 公开依据. */
    public String basis;
    /** 公开时限. */
    public Deadline deadline;
    /** 公开主体. */
    public String responsibleBody;
    /** 公开渠道. */
    public List<ChannelPojo> channels;
    /** 公开对象. */
    public List<String> audiences;
    /** 特定群体. */
    public String specificGroup;
    /** 公开方式. */
    public List<String> methods;
    /** 公开层级. */
    public List<String> levels;
    /** 五公开. */
    public List<String> stages;
    /** 同上. */
    public List<String> inherited;
    /** Extra columns. */
    public Map<String, String> extras;

    /** The name. */
    public static class Name {
        /** 一级. */
        public String category;
        /** 二级. */
        public String item;
        /** 三级. */
        public String subItem;
    }

    /** The deadline, same shape as a working-day window. */
    public static class Deadline {
        /** Kind. */
        public String kind;
        /** Days. */
        public int amount;
        /** Trigger. */
        public Trigger trigger;
        /** Clause. */
        public boolean fallbackClause;
        /** Source text. */
        public String source;
    }

    /** Trigger. */
    public static class Trigger {
        /** Kind. */
        public String kind;
        /** Text. */
        public String text;
    }

    /** A channel. */
    public static class ChannelPojo {
        /** Kind. */
        public String kind;
        /** Text. */
        public String text;
    }

    /** A catalog of plain items. */
    public static class Catalog {
        /** Title. */
        public String title;
        /** Publisher. */
        public String publisher;
        /** Levels. */
        public List<String> levels;
        /** Domains. */
        public List<String> domains;
        /** Provenance. */
        public Map<String, String> provenance;
        /** Items. */
        public List<PlainItem> items;
    }
}
