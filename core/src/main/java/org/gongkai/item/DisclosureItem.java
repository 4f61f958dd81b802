package org.gongkai.item;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gongkai.deadline.DeadlinePhrases;
import org.gongkai.deadline.DeadlineRule;

/**
 * 政务公开事项: one row of a catalog — a kind of information a government body must (or may) publish — with every
 * element the standard fixes (国办发〔2019〕54号: 名称、内容、依据、时限、主体、方式、渠道、公开对象; and the level).
 *
 * <p>The model holds an imperfect item as it was read (a row that lacks its legal basis still loads, so that the
 * validator can say so): only structural impossibilities are rejected. Text elements are empty strings when absent.
 * Nothing read is lost: columns the model has no place for are kept in {@link #extras()}, and
 * {@link #inherited()} records which elements were taken from the row above (同上, merged cells).
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class DisclosureItem {
    private final String serialNumber;
    private final String domain;
    private final ItemName name;
    private final String content;
    private final LegalBasis basis;
    private final String deadlineText;
    private final ResponsibleBody responsibleBody;
    private final ImmutableList<Channel> channels;
    private final Set<Audience> audiences;
    private final String specificGroup;
    private final Set<DisclosureMethod> methods;
    private final Set<AdministrativeLevel> levels;
    private final Set<DisclosureStage> stages;
    private final Set<ItemElement> inherited;
    private final ImmutableMap<String, String> extras;
    /** Parsed on first use; a benign race (the rule is immutable and the text fixed), as String.hashCode does. */
    private DeadlineRule deadline;

    private DisclosureItem(Builder b) {
        this.serialNumber = b.serialNumber;
        this.domain = b.domain;
        this.name = b.name;
        this.content = b.content;
        this.basis = b.basis;
        this.deadlineText = b.deadlineText;
        this.responsibleBody = b.responsibleBody;
        this.channels = ImmutableList.copyOf(b.channels);
        this.audiences = Sets.immutableEnumSet(b.audiences);
        this.specificGroup = b.specificGroup;
        this.methods = Sets.immutableEnumSet(b.methods);
        this.levels = Sets.immutableEnumSet(b.levels);
        this.stages = Sets.immutableEnumSet(b.stages);
        this.inherited = Sets.immutableEnumSet(b.inherited);
        this.extras = ImmutableMap.copyOf(b.extras);
    }

    /** @return a new builder with every element empty */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this item's elements */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.serialNumber = serialNumber;
        b.domain = domain;
        b.name = name;
        b.content = content;
        b.basis = basis;
        b.deadlineText = deadlineText;
        b.responsibleBody = responsibleBody;
        b.channels.addAll(channels);
        b.audiences.addAll(audiences);
        b.specificGroup = specificGroup;
        b.methods.addAll(methods);
        b.levels.addAll(levels);
        b.stages.addAll(stages);
        b.inherited.addAll(inherited);
        b.extras.putAll(extras);
        return b;
    }

    /** @return 序号 as written (empty when the catalog has none) */
    public String serialNumber() {
        return serialNumber;
    }

    /** @return the domain (领域) as the catalog names it; resolve it with {@code Domains.lookup} */
    public String domain() {
        return domain;
    }

    /** @return 一级/二级/三级事项 */
    public ItemName name() {
        return name;
    }

    /** @return 公开内容（要素）, empty when absent */
    public String content() {
        return content;
    }

    /** @return 公开依据 ({@link LegalBasis#NONE} when absent) */
    public LegalBasis basis() {
        return basis;
    }

    /** @return 公开时限 exactly as written (empty when absent) */
    public String deadlineText() {
        return deadlineText;
    }

    /**
     * @return 公开时限 as a structured rule, read from {@link #deadlineText()} by
     *     {@link DeadlinePhrases#parse(CharSequence)} (an {@code Unrecognized} rule keeps text it cannot read; an
     *     empty text is {@code Unrecognized} too). Its {@code source()} is the deadline text.
     */
    public DeadlineRule deadline() {
        DeadlineRule r = deadline;
        if (r == null) {
            r = DeadlinePhrases.parse(deadlineText);
            deadline = r;
        }
        return r;
    }

    /** @return 公开主体 ({@link ResponsibleBody#NONE} when absent) */
    public ResponsibleBody responsibleBody() {
        return responsibleBody;
    }

    /** @return 公开渠道和载体 that are selected, in the catalog's order */
    public List<Channel> channels() {
        return channels;
    }

    /** @return 公开对象 ticked (none, one or both) */
    public Set<Audience> audiences() {
        return audiences;
    }

    /** @return the description of the specific group when the catalog writes one (e.g. 申请人), else empty */
    public String specificGroup() {
        return specificGroup;
    }

    /** @return 公开方式 ticked (主动, 依申请, or both) */
    public Set<DisclosureMethod> methods() {
        return methods;
    }

    /** @return 公开层级 ticked */
    public Set<AdministrativeLevel> levels() {
        return levels;
    }

    /** @return 五公开 classification, where the catalog gives one */
    public Set<DisclosureStage> stages() {
        return stages;
    }

    /** @return the elements whose value was taken from the row above (同上 or a merged cell) */
    public Set<ItemElement> inherited() {
        return inherited;
    }

    /** @return columns the model has no place for, by header, in table order */
    public Map<String, String> extras() {
        return extras;
    }

    /** @return true when the item is published proactively (主动 ticked) */
    public boolean isProactive() {
        return methods.contains(DisclosureMethod.PROACTIVE);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DisclosureItem i)) {
            return false;
        }
        return serialNumber.equals(i.serialNumber) && domain.equals(i.domain) && name.equals(i.name)
                && content.equals(i.content) && basis.equals(i.basis) && deadlineText.equals(i.deadlineText)
                && responsibleBody.equals(i.responsibleBody) && channels.equals(i.channels)
                && audiences.equals(i.audiences) && specificGroup.equals(i.specificGroup)
                && methods.equals(i.methods) && levels.equals(i.levels) && stages.equals(i.stages)
                && inherited.equals(i.inherited) && extras.equals(i.extras);
    }

    @Override
    public int hashCode() {
        return Objects.hash(serialNumber, domain, name, content, basis, deadlineText, responsibleBody, channels,
                audiences, specificGroup, methods, levels, stages, inherited, extras);
    }

    @Override
    public String toString() {
        return "DisclosureItem[" + (serialNumber.isEmpty() ? "" : serialNumber + " ") + domain + ": " + name + "]";
    }

    /** Builds a {@link DisclosureItem}. Not thread-safe; every setter returns the builder. */
    public static final class Builder {
        private String serialNumber = "";
        private String domain = "";
        private ItemName name = new ItemName("", "", "");
        private String content = "";
        private LegalBasis basis = LegalBasis.NONE;
        private String deadlineText = "";
        private ResponsibleBody responsibleBody = ResponsibleBody.NONE;
        private final List<Channel> channels = new ArrayList<>();
        private final EnumSet<Audience> audiences = EnumSet.noneOf(Audience.class);
        private String specificGroup = "";
        private final EnumSet<DisclosureMethod> methods = EnumSet.noneOf(DisclosureMethod.class);
        private final EnumSet<AdministrativeLevel> levels = EnumSet.noneOf(AdministrativeLevel.class);
        private final EnumSet<DisclosureStage> stages = EnumSet.noneOf(DisclosureStage.class);
        private final EnumSet<ItemElement> inherited = EnumSet.noneOf(ItemElement.class);
        private final Map<String, String> extras = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param serialNumber 序号 as written
         * @return this builder
         */
        public Builder serialNumber(String serialNumber) {
            this.serialNumber = Objects.requireNonNullElse(serialNumber, "");
            return this;
        }

        /**
         * @param domain the domain as the catalog names it
         * @return this builder
         */
        public Builder domain(String domain) {
            this.domain = Objects.requireNonNullElse(domain, "");
            return this;
        }

        /**
         * @param name the item's name
         * @return this builder
         */
        public Builder name(ItemName name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * @param category 一级事项
         * @param item 二级事项
         * @return this builder
         */
        public Builder name(String category, String item) {
            return name(ItemName.of(category, item));
        }

        /**
         * @param content 公开内容
         * @return this builder
         */
        public Builder content(String content) {
            this.content = Objects.requireNonNullElse(content, "");
            return this;
        }

        /**
         * @param basis 公开依据
         * @return this builder
         */
        public Builder basis(LegalBasis basis) {
            this.basis = Objects.requireNonNullElse(basis, LegalBasis.NONE);
            return this;
        }

        /**
         * @param basisText 公开依据 as written
         * @return this builder
         */
        public Builder basis(String basisText) {
            return basis(LegalBasis.of(basisText));
        }

        /**
         * @param deadlineText 公开时限 as written
         * @return this builder
         */
        public Builder deadlineText(String deadlineText) {
            this.deadlineText = Objects.requireNonNullElse(deadlineText, "");
            return this;
        }

        /**
         * @param rule 公开时限 as a rule; the item keeps the rule's {@code source()} as its deadline text
         * @return this builder
         */
        public Builder deadline(DeadlineRule rule) {
            return deadlineText(Objects.requireNonNull(rule, "rule").source());
        }

        /**
         * @param body 公开主体
         * @return this builder
         */
        public Builder responsibleBody(ResponsibleBody body) {
            this.responsibleBody = Objects.requireNonNullElse(body, ResponsibleBody.NONE);
            return this;
        }

        /**
         * @param bodyName 公开主体 as written
         * @return this builder
         */
        public Builder responsibleBody(String bodyName) {
            return responsibleBody(ResponsibleBody.of(bodyName));
        }

        /**
         * @param channels the selected channels, replacing any set before
         * @return this builder
         */
        public Builder channels(Collection<Channel> channels) {
            this.channels.clear();
            channels.forEach(this::addChannel);
            return this;
        }

        /**
         * @param channel a selected channel
         * @return this builder
         */
        public Builder addChannel(Channel channel) {
            this.channels.add(Objects.requireNonNull(channel, "channel"));
            return this;
        }

        /**
         * @param kinds selected standard channels, added in order
         * @return this builder
         */
        public Builder addChannels(ChannelKind... kinds) {
            for (ChannelKind k : kinds) {
                addChannel(Channel.of(k));
            }
            return this;
        }

        /**
         * @param audiences the audiences ticked, replacing any set before
         * @return this builder
         */
        public Builder audiences(Collection<Audience> audiences) {
            this.audiences.clear();
            this.audiences.addAll(audiences);
            return this;
        }

        /**
         * @param audience an audience ticked
         * @return this builder
         */
        public Builder addAudience(Audience audience) {
            this.audiences.add(Objects.requireNonNull(audience, "audience"));
            return this;
        }

        /**
         * @param description the specific group as the catalog describes it
         * @return this builder
         */
        public Builder specificGroup(String description) {
            this.specificGroup = Objects.requireNonNullElse(description, "");
            return this;
        }

        /**
         * @param methods the methods ticked, replacing any set before
         * @return this builder
         */
        public Builder methods(Collection<DisclosureMethod> methods) {
            this.methods.clear();
            this.methods.addAll(methods);
            return this;
        }

        /**
         * @param method a method ticked
         * @return this builder
         */
        public Builder addMethod(DisclosureMethod method) {
            this.methods.add(Objects.requireNonNull(method, "method"));
            return this;
        }

        /**
         * @param levels the levels ticked, replacing any set before
         * @return this builder
         */
        public Builder levels(Collection<AdministrativeLevel> levels) {
            this.levels.clear();
            this.levels.addAll(levels);
            return this;
        }

        /**
         * @param level a level ticked
         * @return this builder
         */
        public Builder addLevel(AdministrativeLevel level) {
            this.levels.add(Objects.requireNonNull(level, "level"));
            return this;
        }

        /**
         * @param stages the 五公开 classification, replacing any set before
         * @return this builder
         */
        public Builder stages(Collection<DisclosureStage> stages) {
            this.stages.clear();
            this.stages.addAll(stages);
            return this;
        }

        /**
         * @param elements the elements taken from the row above, replacing any set before
         * @return this builder
         */
        public Builder inherited(Collection<ItemElement> elements) {
            this.inherited.clear();
            this.inherited.addAll(elements);
            return this;
        }

        /**
         * @param element an element taken from the row above
         * @return this builder
         */
        public Builder addInherited(ItemElement element) {
            this.inherited.add(Objects.requireNonNull(element, "element"));
            return this;
        }

        /**
         * @param header the column header
         * @param value the cell text
         * @return this builder
         */
        public Builder putExtra(String header, String value) {
            this.extras.put(Objects.requireNonNull(header, "header"), Objects.requireNonNullElse(value, ""));
            return this;
        }

        /**
         * @param extras columns the model has no place for, replacing any set before
         * @return this builder
         */
        public Builder extras(Map<String, String> extras) {
            this.extras.clear();
            extras.forEach(this::putExtra);
            return this;
        }

        /** @return the item */
        public DisclosureItem build() {
            return new DisclosureItem(this);
        }
    }
}
