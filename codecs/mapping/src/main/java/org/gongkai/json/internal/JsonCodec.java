package org.gongkai.json.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.gongkai.internal.ChineseText;
import org.gongkai.deadline.CalendarWindow;
import org.gongkai.deadline.Compound;
import org.gongkai.deadline.DeadlineRule;
import org.gongkai.deadline.Direction;
import org.gongkai.deadline.FixedDate;
import org.gongkai.deadline.Immediate;
import org.gongkai.deadline.Periodic;
import org.gongkai.deadline.PublicityPeriod;
import org.gongkai.deadline.Standing;
import org.gongkai.deadline.Trigger;
import org.gongkai.deadline.Unrecognized;
import org.gongkai.deadline.WorkingDayWindow;
import org.gongkai.item.AdministrativeLevel;
import org.gongkai.report.ReportLabel;
import org.gongkai.report.Table2;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Column;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4;
import org.gongkai.item.Audience;
import org.gongkai.item.Catalog;
import org.gongkai.item.Channel;
import org.gongkai.item.ChannelKind;
import org.gongkai.item.DisclosureAttribute;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.DisclosureMethod;
import org.gongkai.item.DisclosureStage;
import org.gongkai.item.InformationRecord;
import org.gongkai.item.ItemElement;
import org.gongkai.item.ItemName;
import org.gongkai.item.NegativeList;
import org.gongkai.item.NonDisclosureGround;
import org.gongkai.item.Provenance;

/**
 * The wire format, written and read by hand on Jackson's streaming API (no bean introspection of core classes).
 * Every public entry point of the package funnels through here, so the {@link GongkaiModule}, the streaming
 * reader/writer and the schema describe one format.
 */
public final class JsonCodec {
    // the keys of each object, numbered to reject a key given twice (reliability audit D12)
    private static final KeyIndex NAME = KeyIndex.of(List.of("category", "item", "subItem"));
    private static final KeyIndex CHANNEL = KeyIndex.of(List.of("kind", "text"));
    private static final KeyIndex PROVENANCE = KeyIndex.of(List.of("source", "date", "note"));
    private static final KeyIndex NEGATIVE_LIST = KeyIndex.of(List.of("publisher", "entries"));
    private static final KeyIndex NEGATIVE_LIST_ENTRY = KeyIndex.of(List.of("information", "grounds", "groundText"));
    /** Keys of an item, in the order they are written. */
    public static final List<String> ITEM_KEYS = List.of("serialNumber", "domain", "name", "content", "basis", "deadline",
            "responsibleBody", "channels", "audiences", "specificGroup", "methods", "levels", "stages", "inherited",
            "extras");
    /** Keys of a catalog, in the order they are written ({@code items} last, so that it can be streamed). */
    private static final KeyIndex ITEM = KeyIndex.of(ITEM_KEYS);
    public static final List<String> CATALOG_KEYS = List.of("title", "publisher", "levels", "domains", "provenance", "items");
    private static final KeyIndex CATALOG = KeyIndex.of(CATALOG_KEYS);
    /** Keys of the deadline object: {@code source} now; the structured rule's keys are accepted and ignored. */
    public static final List<String> DEADLINE_KEYS = List.of("kind", "amount", "unit", "trigger", "immediacy",
            "permanent", "dynamicallyAdjusted", "purpose", "atLeast", "month", "day", "monthEnd", "everyYear", "times",
            "parts", "reason", "fallbackClause", "source", "direction");
    private static final KeyIndex DEADLINE = KeyIndex.of(DEADLINE_KEYS);

    private final boolean strictCodes;
    private final boolean failOnUnknown;

    public JsonCodec(boolean strictCodes, boolean failOnUnknown) {
        this.strictCodes = strictCodes;
        this.failOnUnknown = failOnUnknown;
    }

    public boolean strictCodes() {
        return strictCodes;
    }

    public boolean failOnUnknown() {
        return failOnUnknown;
    }

    // ------------------------------------------------------------------ writing

    public static void writeItem(DisclosureItem i, JsonOut g) throws IOException {
        g.writeStartObject();
        g.writeStringField("serialNumber", i.serialNumber());
        g.writeStringField("domain", i.domain());
        g.writeFieldName("name");
        writeName(i.name(), g);
        g.writeStringField("content", i.content());
        g.writeStringField("basis", i.basis().text());
        g.writeFieldName("deadline");
        writeDeadline(i, g);
        g.writeStringField("responsibleBody", i.responsibleBody().name());
        g.writeArrayFieldStart("channels");
        for (Channel c : i.channels()) {
            writeChannel(c, g);
        }
        g.writeEndArray();
        writeCodes("audiences", i.audiences(), g);
        g.writeStringField("specificGroup", i.specificGroup());
        writeCodes("methods", i.methods(), g);
        writeCodes("levels", i.levels(), g);
        writeCodes("stages", i.stages(), g);
        writeCodes("inherited", i.inherited(), g);
        g.writeObjectFieldStart("extras");
        for (Map.Entry<String, String> e : i.extras().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * The deadline as its structured rule ({@link DisclosureItem#deadline()}: kind, the rule's own fields,
     * fallbackClause) followed by {@code source}, the text as written. Readers take the source and re-parse it; the
     * structured part is informative.
     */
    public static void writeDeadline(DisclosureItem i, JsonOut g) throws IOException {
        writeRule(i.deadline(), i.deadlineText(), g);
    }

    /** Writes a deadline rule: {@code kind}, its fields, {@code fallbackClause}, {@code source}. */
    public static void writeRule(DeadlineRule rule, String source, JsonOut g) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", rule.kind().name());
        if (rule instanceof WorkingDayWindow w) {
            g.writeNumberField("amount", w.amount());
            writeTrigger(w.trigger(), g);
            if (w.direction() == Direction.BEFORE) {
                g.writeStringField("direction", w.direction().name());
            }
        } else if (rule instanceof CalendarWindow c) {
            g.writeNumberField("amount", c.amount());
            g.writeStringField("unit", c.unit().name());
            writeTrigger(c.trigger(), g);
            if (c.direction() == Direction.BEFORE) {
                g.writeStringField("direction", c.direction().name());
            }
        } else if (rule instanceof Immediate im) {
            g.writeStringField("immediacy", im.immediacy().name());
            writeTrigger(im.trigger(), g);
        } else if (rule instanceof Standing st) {
            g.writeBooleanField("permanent", st.permanent());
            g.writeBooleanField("dynamicallyAdjusted", st.dynamicallyAdjusted());
        } else if (rule instanceof PublicityPeriod pp) {
            g.writeStringField("purpose", pp.purpose().name());
            g.writeNumberField("amount", pp.amount());
            g.writeStringField("unit", pp.unit().name());
            g.writeBooleanField("atLeast", pp.atLeast());
        } else if (rule instanceof FixedDate fd) {
            g.writeNumberField("month", fd.month());
            g.writeNumberField("day", fd.day());
            g.writeBooleanField("monthEnd", fd.monthEnd());
            g.writeBooleanField("everyYear", fd.everyYear());
        } else if (rule instanceof Periodic pe) {
            g.writeStringField("unit", pe.unit().name());
            g.writeNumberField("times", pe.times());
            g.writeBooleanField("atLeast", pe.atLeast());
        } else if (rule instanceof Compound co) {
            g.writeArrayFieldStart("parts");
            for (Compound.Part part : co.parts()) {
                g.writeStartObject();
                g.writeStringField("scope", part.scope());
                g.writeFieldName("rule");
                writeRule(part.rule(), part.rule().source(), g);
                g.writeEndObject();
            }
            g.writeEndArray();
        } else if (rule instanceof Unrecognized un) {
            g.writeStringField("reason", un.reason());
        }
        g.writeBooleanField("fallbackClause", rule.fallbackClause());
        g.writeStringField("source", source);
        g.writeEndObject();
    }

    private static void writeTrigger(Trigger t, JsonOut g) throws IOException {
        g.writeObjectFieldStart("trigger");
        g.writeStringField("kind", t.kind().name());
        g.writeStringField("text", t.text());
        g.writeEndObject();
    }

    public static void writeName(ItemName n, JsonOut g) throws IOException {
        g.writeStartObject();
        g.writeStringField("category", n.category());
        g.writeStringField("item", n.item());
        g.writeStringField("subItem", n.subItem());
        g.writeEndObject();
    }

    public static void writeChannel(Channel c, JsonOut g) throws IOException {
        g.writeStartObject();
        Optional<ChannelKind> k = c.kind();
        if (k.isPresent()) {
            g.writeStringField("kind", k.get().name());
        } else {
            g.writeNullField("kind");
        }
        g.writeStringField("text", c.text());
        g.writeEndObject();
    }

    public static void writeCodes(String field, Collection<? extends Enum<?>> values, JsonOut g) throws IOException {
        g.writeArrayFieldStart(field);
        for (Enum<?> e : values) {
            g.writeString(e.name());
        }
        g.writeEndArray();
    }

    public static void writeProvenance(Provenance p, JsonOut g) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", p.source());
        if (p.date().isPresent()) {
            g.writeStringField("date", p.date().get().toString());
        } else {
            g.writeNullField("date");
        }
        g.writeStringField("note", p.note());
        g.writeEndObject();
    }

    /** Writes the catalog's fields before {@code items} (the streaming writer then writes the items). */
    public static void writeCatalogHead(Catalog c, JsonOut g) throws IOException {
        g.writeStringField("title", c.title());
        g.writeStringField("publisher", c.publisher());
        writeCodes("levels", c.levels(), g);
        g.writeArrayFieldStart("domains");
        for (String d : c.domains()) {
            g.writeString(d);
        }
        g.writeEndArray();
        g.writeFieldName("provenance");
        writeProvenance(c.provenance(), g);
    }

    public static void writeCatalog(Catalog c, JsonOut g) throws IOException {
        g.writeStartObject();
        writeCatalogHead(c, g);
        g.writeArrayFieldStart("items");
        for (DisclosureItem i : c.items()) {
            writeItem(i, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    public static void writeRecord(InformationRecord r, JsonOut g) throws IOException {
        g.writeStartObject();
        g.writeStringField("title", r.title());
        g.writeStringField("documentNumber", r.documentNumber());
        g.writeStringField("indexNumber", r.indexNumber());
        g.writeStringField("domain", r.domain());
        g.writeFieldName("item");
        writeName(r.item(), g);
        if (r.attribute().isPresent()) {
            g.writeStringField("attribute", r.attribute().get().name());
        } else {
            g.writeNullField("attribute");
        }
        writeCodes("grounds", r.grounds(), g);
        g.writeStringField("groundText", r.groundText());
        writeDate("formedOn", r.formedOn(), g);
        writeDate("changedOn", r.changedOn(), g);
        writeDate("publishedOn", r.publishedOn(), g);
        writeDate("withholdingReviewedOn", r.withholdingReviewedOn(), g);
        writeDate("repealedOn", r.repealedOn(), g);
        g.writeBooleanField("listedAsCurrent", r.listedAsCurrent());
        g.writeBooleanField("containsWithheldParts", r.containsWithheldParts());
        g.writeStringField("lawRequiringDisclosure", r.lawRequiringDisclosure());
        g.writeBooleanField("thirdPartyConsented", r.thirdPartyConsented());
        g.writeBooleanField("publicInterestOverride", r.publicInterestOverride());
        if (!r.statutoryDeadline().isEmpty()) { // added later: written only when stated
            g.writeStringField("statutoryDeadline", r.statutoryDeadline());
        }
        g.writeEndObject();
    }

    public static void writeDate(String field, Optional<LocalDate> d, JsonOut g) throws IOException {
        if (d.isPresent()) {
            g.writeStringField(field, d.get().toString());
        } else {
            g.writeNullField(field);
        }
    }

    public static void writeNegativeList(NegativeList l, JsonOut g) throws IOException {
        g.writeStartObject();
        g.writeStringField("publisher", l.publisher());
        g.writeArrayFieldStart("entries");
        for (NegativeList.Entry e : l.entries()) {
            writeNegativeListEntry(e, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    public static void writeNegativeListEntry(NegativeList.Entry e, JsonOut g) throws IOException {
        g.writeStartObject();
        g.writeStringField("information", e.information());
        writeCodes("grounds", e.grounds(), g);
        g.writeStringField("groundText", e.groundText());
        g.writeEndObject();
    }

    // ------------------------------------------------------------------ reading

    /** Moves the parser onto the value's first token when it is not there yet. */
    public static Token current(JsonIn p) throws IOException {
        Token t = p.currentToken();
        if (t == null || t == Token.FIELD_NAME) {
            t = p.nextToken();
        }
        if (t == null) {
            throw fail(p, "unexpected end of input");
        }
        return t;
    }

    public static void startObject(JsonIn p, String what) throws IOException {
        if (current(p) != Token.START_OBJECT) {
            throw fail(p, "expected " + what + " (a JSON object) but found " + describe(p));
        }
    }

    public DisclosureItem readItem(JsonIn p) throws IOException {
        startObject(p, "an item");
        DisclosureItem.Builder b = DisclosureItem.builder();
        long seen = 0;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            seen = ITEM.mark(p, f, seen);
            switch (f) {
                case "serialNumber" -> b.serialNumber(text(p));
                case "domain" -> b.domain(text(p));
                case "name" -> b.name(readName(p));
                case "content" -> b.content(text(p));
                case "basis" -> b.basis(text(p));
                case "deadline" -> b.deadlineText(readDeadline(p));
                case "responsibleBody" -> b.responsibleBody(text(p));
                case "channels" -> b.channels(readChannels(p));
                case "audiences" -> b.audiences(readCodes(p, Audience.class, Audience::find));
                case "specificGroup" -> b.specificGroup(text(p));
                case "methods" -> b.methods(readCodes(p, DisclosureMethod.class, DisclosureMethod::find));
                case "levels" -> b.levels(readCodes(p, AdministrativeLevel.class, AdministrativeLevel::find));
                case "stages" -> b.stages(readCodes(p, DisclosureStage.class, DisclosureStage::find));
                case "inherited" -> b.inherited(readCodes(p, ItemElement.class, JsonCodec::findElement));
                case "extras" -> b.extras(readStringMap(p));
                default -> unknown(p, f, DisclosureItem.class, ITEM_KEYS);
            }
        }
        return b.build();
    }

    public String readDeadline(JsonIn p) throws IOException {
        Token t = current(p);
        if (t == Token.VALUE_NULL) {
            return "";
        }
        if (t == Token.VALUE_STRING) {
            return p.getText();
        }
        if (t != Token.START_OBJECT) {
            throw fail(p, "expected the deadline as {\"source\": \"…\"} but found " + describe(p));
        }
        String source = null;
        long seen = 0;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            seen = DEADLINE.mark(p, f, seen);
            if (f.equals("source")) {
                source = text(p);
            } else if (DEADLINE_KEYS.contains(f)) {
                p.skipChildren(); // the structured rule is informative: the source is authoritative
            } else {
                unknown(p, f, DisclosureItem.class, DEADLINE_KEYS);
            }
        }
        if (source == null) {
            throw fail(p, "the deadline has no \"source\" (the text of 公开时限 as written)");
        }
        return source;
    }

    public ItemName readName(JsonIn p) throws IOException {
        Token t = current(p);
        if (t == Token.VALUE_STRING) {
            return ItemName.of("", p.getText());
        }
        startObject(p, "a name {category, item, subItem}");
        String category = "";
        String item = "";
        String subItem = "";
        long seen = 0;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            seen = NAME.mark(p, f, seen);
            switch (f) {
                case "category" -> category = text(p);
                case "item" -> item = text(p);
                case "subItem" -> subItem = text(p);
                default -> unknown(p, f, ItemName.class, List.of("category", "item", "subItem"));
            }
        }
        return new ItemName(category, item, subItem);
    }

    public List<Channel> readChannels(JsonIn p) throws IOException {
        List<Channel> out = new ArrayList<>();
        if (current(p) == Token.VALUE_NULL) {
            return out;
        }
        startArray(p, "channels");
        while (p.nextToken() != Token.END_ARRAY) {
            out.add(readChannel(p));
        }
        return out;
    }

    public Channel readChannel(JsonIn p) throws IOException {
        Token t = current(p);
        if (t == Token.VALUE_STRING) {
            return Channel.parse(p.getText());
        }
        startObject(p, "a channel {kind, text}");
        ChannelKind kind = null;
        String text = null;
        long seen = 0;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            seen = CHANNEL.mark(p, f, seen);
            switch (f) {
                case "kind" -> kind = p.currentToken() == Token.VALUE_NULL ? null
                        : readCode(p, ChannelKind.class, ChannelKind::find);
                case "text" -> text = p.currentToken() == Token.VALUE_NULL ? null : text(p);
                default -> unknown(p, f, Channel.class, List.of("kind", "text"));
            }
        }
        if (text == null) {
            if (kind == null) {
                throw fail(p, "a channel needs a kind or a text");
            }
            return Channel.of(kind);
        }
        return Channel.of(kind, text);
    }

    public <E extends Enum<E>> Set<E> readCodes(JsonIn p, Class<E> type, Function<String, Optional<E>> labels)
            throws IOException {
        EnumSet<E> out = EnumSet.noneOf(type);
        if (current(p) == Token.VALUE_NULL) {
            return out;
        }
        startArray(p, "codes of " + type.getSimpleName());
        while (p.nextToken() != Token.END_ARRAY) {
            out.add(readCode(p, type, labels));
        }
        return out;
    }

    public <E extends Enum<E>> E readCode(JsonIn p, Class<E> type, Function<String, Optional<E>> labels)
            throws IOException {
        if (p.currentToken() != Token.VALUE_STRING) {
            throw fail(p, "expected a code of " + type.getSimpleName() + " but found " + describe(p));
        }
        E e = codeOf(type, p);
        if (e != null) {
            return e;
        }
        String s = p.getText();
        if (!strictCodes) {
            e = labels.apply(s).orElse(null);
        }
        if (e == null) {
            throw fail(p, "\"" + s + "\" is no code of " + type.getSimpleName()
                    + (strictCodes ? "" : " nor one of its Chinese labels") + "; codes: " + codes(type));
        }
        return e;
    }

    /** Each enum's constants with their codes as characters, so that a code is matched without a String. */
    private static final ClassValue<Object[]> CODES = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            char[][] names = new char[constants.length][];
            for (int i = 0; i < constants.length; i++) {
                names[i] = ((Enum<?>) constants[i]).name().toCharArray();
            }
            return new Object[] {constants, names};
        }
    };

    /**
     * @return the constant whose code is the parser's current string, matched on the parser's own character
     *     buffer (no String is made for the many codes of a large catalog), or null when none has it
     */
    private static <E extends Enum<E>> E codeOf(Class<E> type, JsonIn p) throws IOException {
        Object[] table = CODES.get(type);
        Object[] constants = (Object[]) table[0];
        char[][] names = (char[][]) table[1];
        char[] buf = p.getTextCharacters();
        int off = p.getTextOffset();
        int len = p.getTextLength();
        for (int i = 0; i < names.length; i++) {
            char[] n = names[i];
            if (n.length == len && java.util.Arrays.equals(n, 0, len, buf, off, off + len)) {
                return type.cast(constants[i]);
            }
        }
        return null;
    }

    public static String codes(Class<? extends Enum<?>> type) {
        StringBuilder sb = new StringBuilder();
        for (Enum<?> e : type.getEnumConstants()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(e.name());
        }
        return sb.toString();
    }

    /** ItemElement by its Chinese label (公开依据) or its property name (basis). */
    public static Optional<ItemElement> findElement(String text) {
        String n = ChineseText.normalize(text);
        for (ItemElement e : ItemElement.values()) {
            if (ChineseText.normalize(e.label()).equals(n) || e.property().equals(text)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public Map<String, String> readStringMap(JsonIn p) throws IOException {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (current(p) == Token.VALUE_NULL) {
            return out;
        }
        startObject(p, "an object of strings");
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            if (out.containsKey(f)) {
                throw fail(p, "the key \"" + f + "\" is given twice");
            }
            out.put(f, text(p));
        }
        return out;
    }

    public Provenance readProvenance(JsonIn p) throws IOException {
        if (current(p) == Token.VALUE_NULL) {
            return Provenance.UNKNOWN;
        }
        startObject(p, "a provenance {source, date, note}");
        String source = "";
        LocalDate date = null;
        String note = "";
        long seen = 0;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            seen = PROVENANCE.mark(p, f, seen);
            switch (f) {
                case "source" -> source = text(p);
                case "date" -> date = date(p);
                case "note" -> note = text(p);
                default -> unknown(p, f, Provenance.class, List.of("source", "date", "note"));
            }
        }
        return new Provenance(source, Optional.ofNullable(date), note);
    }

    /**
     * Reads the catalog's fields up to {@code items} (or to the end, when there are none) into the builder.
     *
     * @return true when the parser stands on the START_ARRAY of items
     */
    public boolean readCatalogFields(JsonIn p, Catalog.Builder b, boolean stopAtItems, List<DisclosureItem> items)
            throws IOException {
        return readCatalogFields(p, b, stopAtItems, items, new long[1]);
    }

    /**
     * As {@link #readCatalogFields(JsonIn, Catalog.Builder, boolean, List)}, noting the keys met in {@code seen[0]}
     * across the calls of a streaming reader (before and after the items).
     */
    public boolean readCatalogFields(JsonIn p, Catalog.Builder b, boolean stopAtItems, List<DisclosureItem> items,
            long[] seen) throws IOException {
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            seen[0] = CATALOG.mark(p, f, seen[0]);
            switch (f) {
                case "title" -> b.title(text(p));
                case "publisher" -> b.publisher(text(p));
                case "levels" -> b.levels(readCodes(p, AdministrativeLevel.class, AdministrativeLevel::find));
                case "domains" -> {
                    for (String d : readStrings(p)) {
                        b.addDomain(d);
                    }
                }
                case "provenance" -> b.provenance(readProvenance(p));
                case "items" -> {
                    if (p.currentToken() == Token.VALUE_NULL) {
                        break;
                    }
                    startArray(p, "items");
                    if (stopAtItems) {
                        return true;
                    }
                    while (p.nextToken() != Token.END_ARRAY) {
                        items.add(readItem(p));
                    }
                }
                default -> unknown(p, f, Catalog.class, CATALOG_KEYS);
            }
        }
        return false;
    }

    public Catalog readCatalog(JsonIn p) throws IOException {
        startObject(p, "a catalog");
        Catalog.Builder b = Catalog.builder();
        List<DisclosureItem> items = new ArrayList<>();
        readCatalogFields(p, b, false, items);
        return b.addItems(items).build();
    }

    public List<String> readStrings(JsonIn p) throws IOException {
        List<String> out = new ArrayList<>();
        if (current(p) == Token.VALUE_NULL) {
            return out;
        }
        startArray(p, "strings");
        while (p.nextToken() != Token.END_ARRAY) {
            out.add(text(p));
        }
        return out;
    }

    public InformationRecord readRecord(JsonIn p) throws IOException {
        startObject(p, "an information record");
        InformationRecord.Builder b = InformationRecord.builder();
        long seen = 0;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            seen = RECORD.mark(p, f, seen);
            switch (f) {
                case "title" -> b.title(text(p));
                case "documentNumber" -> b.documentNumber(text(p));
                case "indexNumber" -> b.indexNumber(text(p));
                case "domain" -> b.domain(text(p));
                case "item" -> b.item(readName(p));
                case "attribute" -> b.attribute(p.currentToken() == Token.VALUE_NULL ? null
                        : readCode(p, DisclosureAttribute.class, DisclosureAttribute::find));
                case "grounds" -> b.grounds(readCodes(p, NonDisclosureGround.class, NonDisclosureGround::find));
                case "groundText" -> b.groundText(text(p));
                case "formedOn" -> b.formedOn(date(p));
                case "changedOn" -> b.changedOn(date(p));
                case "publishedOn" -> b.publishedOn(date(p));
                case "withholdingReviewedOn" -> b.withholdingReviewedOn(date(p));
                case "repealedOn" -> b.repealedOn(date(p));
                case "listedAsCurrent" -> b.listedAsCurrent(bool(p));
                case "containsWithheldParts" -> b.containsWithheldParts(bool(p));
                case "lawRequiringDisclosure" -> b.lawRequiringDisclosure(text(p));
                case "thirdPartyConsented" -> b.thirdPartyConsented(bool(p));
                case "publicInterestOverride" -> b.publicInterestOverride(bool(p));
                case "statutoryDeadline" -> b.statutoryDeadline(text(p));
                default -> unknown(p, f, InformationRecord.class, RECORD_KEYS);
            }
        }
        return b.build();
    }

    public static final List<String> RECORD_KEYS = List.of("title", "documentNumber", "indexNumber", "domain", "item",
            "attribute", "grounds", "groundText", "formedOn", "changedOn", "publishedOn", "withholdingReviewedOn",
            "repealedOn", "listedAsCurrent", "containsWithheldParts", "lawRequiringDisclosure", "thirdPartyConsented",
            "publicInterestOverride", "statutoryDeadline");
    private static final KeyIndex RECORD = KeyIndex.of(RECORD_KEYS);

    public NegativeList readNegativeList(JsonIn p) throws IOException {
        startObject(p, "a negative list");
        String publisher = "";
        List<NegativeList.Entry> entries = new ArrayList<>();
        long seen = 0;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            seen = NEGATIVE_LIST.mark(p, f, seen);
            switch (f) {
                case "publisher" -> publisher = text(p);
                case "entries" -> {
                    if (p.currentToken() != Token.VALUE_NULL) {
                        startArray(p, "entries");
                        while (p.nextToken() != Token.END_ARRAY) {
                            entries.add(readNegativeListEntry(p));
                        }
                    }
                }
                default -> unknown(p, f, NegativeList.class, List.of("publisher", "entries"));
            }
        }
        return new NegativeList(publisher, entries);
    }

    public NegativeList.Entry readNegativeListEntry(JsonIn p) throws IOException {
        startObject(p, "a negative-list entry");
        String information = "";
        Set<NonDisclosureGround> grounds = Set.of();
        String groundText = "";
        long seen = 0;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            seen = NEGATIVE_LIST_ENTRY.mark(p, f, seen);
            switch (f) {
                case "information" -> information = text(p);
                case "grounds" -> grounds = readCodes(p, NonDisclosureGround.class, NonDisclosureGround::find);
                case "groundText" -> groundText = text(p);
                default -> unknown(p, f, NegativeList.Entry.class, List.of("information", "grounds", "groundText"));
            }
        }
        return new NegativeList.Entry(information, grounds, groundText);
    }

    // ------------------------------------------------------------------ annual report tables

    /**
     * Table 二 as {ROW: {COLUMN: count}} over every row and the columns it has, in printed order; a cell not
     * applicable ("/" in the printed report) is {@code null}, the fees (万元) a decimal number written as given.
     */
    public static void writeTable2(Table2 t, JsonOut g) throws IOException {
        g.writeStartObject();
        for (Table2Row r : Table2Row.values()) {
            g.writeObjectFieldStart(r.name());
            for (Table2Column c : r.columns()) {
                g.writeFieldName(c.name());
                if (c == Table2Column.FEES) {
                    Optional<BigDecimal> fees = t.fees();
                    if (fees.isPresent()) {
                        g.writeNumber(fees.get());
                    } else {
                        g.writeNull();
                    }
                } else {
                    OptionalLong v = t.count(r, c);
                    if (v.isPresent()) {
                        g.writeNumber(v.getAsLong());
                    } else {
                        g.writeNull();
                    }
                }
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** Reads table 二: every row with each of its columns once; codes or printed labels; null = not applicable. */
    public Table2 readTable2(JsonIn p) throws IOException {
        String table = "table 二";
        startObject(p, table);
        Table2.Builder b = Table2.builder();
        Table2Row[] rv = Table2Row.values();
        Table2Column[] cv = Table2Column.values();
        boolean[] rowSeen = new boolean[rv.length];
        String f;
        while ((f = p.nextFieldName()) != null) {
            Table2Row r = enumOrLabel(p, f, Table2Row.class, rv);
            p.nextToken();
            if (rowSeen[r.ordinal()]) {
                throw fail(p, table + ": the row " + r.name() + " is given twice");
            }
            rowSeen[r.ordinal()] = true;
            startObject(p, table + " row " + r.name());
            boolean[] seen = new boolean[cv.length];
            String cf;
            while ((cf = p.nextFieldName()) != null) {
                Table2Column c = enumOrLabel(p, cf, Table2Column.class, cv);
                p.nextToken();
                if (!r.columns().contains(c)) {
                    throw fail(p, table + ": the row " + r.name() + " has no column " + c.name() + " (its columns: "
                            + r.columns() + ")");
                }
                if (seen[c.ordinal()]) {
                    throw fail(p, table + ": the cell " + r.name() + "/" + c.name() + " is given twice");
                }
                seen[c.ordinal()] = true;
                Token t = p.currentToken();
                if (t == Token.VALUE_NULL) {
                    continue; // not applicable ("/")
                }
                if (c == Table2Column.FEES) {
                    if ((t != Token.VALUE_NUMBER_INT && t != Token.VALUE_NUMBER_FLOAT)
                            || p.getDecimalValue().signum() < 0) {
                        throw fail(p, table + ": expected the fees in 万元 (a number ≥ 0, or null for \"/\") but found "
                                + describe(p));
                    }
                    b.fees(p.getDecimalValue());
                } else {
                    if (t != Token.VALUE_NUMBER_INT || p.isBigInteger()) {
                        throw fail(p, table + ": expected a count (a whole number, or null for \"/\") but found "
                                + describe(p));
                    }
                    b.count(r, c, p.getLongValue());
                }
            }
            for (Table2Column c : r.columns()) {
                if (!seen[c.ordinal()]) {
                    throw fail(p, table + ": the row " + r.name() + " has no " + c.name()
                            + " (null when not applicable)");
                }
            }
        }
        for (int i = 0; i < rv.length; i++) {
            if (!rowSeen[i]) {
                throw fail(p, table + ": the row " + rv[i].name() + " is missing");
            }
        }
        return b.build();
    }

    /** Table 三 as {ROW: {COLUMN: count}} over every row and column, in printed order. */
    public static void writeTable3(Table3 t, JsonOut g) throws IOException {
        g.writeStartObject();
        for (Table3Row r : Table3Row.values()) {
            g.writeObjectFieldStart(r.name());
            for (Table3Column c : Table3Column.values()) {
                g.writeNumberField(c.name(), t.count(r, c));
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    public Table3 readTable3(JsonIn p) throws IOException {
        int[][] grid = readGrid(p, "table 三", Table3Row.class, Table3Column.class);
        return Table3.of(grid);
    }

    /** Table 四 as {PROCEEDING: {RESULT: count}} over its three blocks of five, in printed order. */
    public static void writeTable4(Table4 t, JsonOut g) throws IOException {
        g.writeStartObject();
        for (Table4.Proceeding pr : Table4.Proceeding.values()) {
            g.writeObjectFieldStart(pr.name());
            for (Table4.Result r : Table4.Result.values()) {
                g.writeNumberField(r.name(), t.count(pr, r));
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    public Table4 readTable4(JsonIn p) throws IOException {
        int[][] grid = readGrid(p, "table 四", Table4.Proceeding.class, Table4.Result.class);
        int[] cells = new int[Table4.CELLS];
        int k = 0;
        for (int[] row : grid) {
            for (int v : row) {
                cells[k++] = v;
            }
        }
        return Table4.of(cells);
    }

    /** Reads {ROW: {COLUMN: n}} where every row and column must be present once; codes or labels accepted. */
    private <R extends Enum<R> & ReportLabel, C extends Enum<C> & ReportLabel> int[][] readGrid(JsonIn p,
            String table, Class<R> rows, Class<C> columns) throws IOException {
        startObject(p, table);
        R[] rv = rows.getEnumConstants();
        C[] cv = columns.getEnumConstants();
        int[][] grid = new int[rv.length][];
        String f;
        while ((f = p.nextFieldName()) != null) {
            R r = enumOrLabel(p, f, rows, rv);
            p.nextToken();
            if (grid[r.ordinal()] != null) {
                throw fail(p, table + ": the row " + r.name() + " is given twice");
            }
            startObject(p, table + " row " + r.name());
            int[] row = new int[cv.length];
            boolean[] seen = new boolean[cv.length];
            String cf;
            while ((cf = p.nextFieldName()) != null) {
                C c = enumOrLabel(p, cf, columns, cv);
                p.nextToken();
                if (p.currentToken() != Token.VALUE_NUMBER_INT || p.getLongValue() < 0
                        || p.getLongValue() > Integer.MAX_VALUE) {
                    throw fail(p, table + ": expected a count (a whole number ≥ 0) but found " + describe(p));
                }
                if (seen[c.ordinal()]) {
                    throw fail(p, table + ": the cell " + r.name() + "/" + c.name() + " is given twice");
                }
                seen[c.ordinal()] = true;
                row[c.ordinal()] = p.getIntValue();
            }
            for (int i = 0; i < cv.length; i++) {
                if (!seen[i]) {
                    throw fail(p, table + ": the row " + r.name() + " has no " + cv[i].name());
                }
            }
            grid[r.ordinal()] = row;
        }
        for (int i = 0; i < rv.length; i++) {
            if (grid[i] == null) {
                throw fail(p, table + ": the row " + rv[i].name() + " is missing");
            }
        }
        return grid;
    }

    public <E extends Enum<E> & ReportLabel> E enumOrLabel(JsonIn p, String key, Class<E> type, E[] values)
            throws IOException {
        for (E e : values) {
            if (e.name().equals(key)) {
                return e;
            }
        }
        if (!strictCodes) {
            String n = ChineseText.normalize(key);
            for (E e : values) {
                if (ChineseText.normalize(e.label()).equals(n)) {
                    return e;
                }
            }
        }
        throw JsonFault.unknown("Unknown " + type.getSimpleName() + " \"" + key + "\" at " + pointer(p) + " (codes: "
                + codes(type) + ")", type, key, List.of());
    }

    // ------------------------------------------------------------------ scalars and errors

    public static String text(JsonIn p) throws IOException {
        Token t = p.currentToken();
        if (t == Token.VALUE_STRING) {
            return p.getText();
        }
        if (t == Token.VALUE_NULL) {
            return "";
        }
        throw fail(p, "expected a string but found " + describe(p));
    }

    public static boolean bool(JsonIn p) throws IOException {
        Token t = p.currentToken();
        if (t == Token.VALUE_TRUE || t == Token.VALUE_FALSE) {
            return t == Token.VALUE_TRUE;
        }
        throw fail(p, "expected true or false but found " + describe(p));
    }

    public static LocalDate date(JsonIn p) throws IOException {
        Token t = p.currentToken();
        if (t == Token.VALUE_NULL) {
            return null;
        }
        if (t != Token.VALUE_STRING) {
            throw fail(p, "expected a date (yyyy-MM-dd) but found " + describe(p));
        }
        try {
            return LocalDate.parse(p.getText());
        } catch (DateTimeParseException e) {
            throw fail(p, "\"" + p.getText() + "\" is no date (yyyy-MM-dd)");
        }
    }

    public static void startArray(JsonIn p, String what) throws IOException {
        if (current(p) != Token.START_ARRAY) {
            throw fail(p, "expected " + what + " (a JSON array) but found " + describe(p));
        }
    }

    public void unknown(JsonIn p, String field, Class<?> type, List<String> known) throws IOException {
        if (!failOnUnknown) {
            p.skipChildren();
            return;
        }
        throw JsonFault.unknown("Unknown property \"" + field + "\" of " + type.getSimpleName() + " at " + pointer(p)
                + " (known: " + String.join(", ", known) + ")", type, field, known);
    }

    public static String describe(JsonIn p) throws IOException {
        Token t = p.currentToken();
        if (t == null) {
            return "end of input";
        }
        return switch (t) {
            case VALUE_STRING -> "the string \"" + abbreviate(p.getText()) + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + p.getText();
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            default -> t.name();
        };
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }

    /** @return the JSON Pointer of the parser's current value, e.g. {@code /items/3/channels/0/kind} */
    public static String pointer(JsonIn p) {
        String ptr = p.pointer();
        return ptr.isEmpty() ? "/" : ptr;
    }

    public static JsonFault fail(JsonIn p, String what) {
        return JsonFault.mismatch(what + " at " + pointer(p));
    }
}
