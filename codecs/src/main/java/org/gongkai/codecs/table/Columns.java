package org.gongkai.codecs.table;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.internal.ChineseText;
import org.gongkai.data.UnknownLabelException;
import org.gongkai.item.AdministrativeLevel;
import org.gongkai.item.Audience;
import org.gongkai.item.DisclosureMethod;

/** The meaning of each column of a catalog table, worked out from its one- or two-row header. */
final class Columns {

    /** What a column holds. */
    enum Role {
        SERIAL, DOMAIN, NAME, CATEGORY, ITEM, SUB_ITEM, CONTENT, BASIS, DEADLINE, BODY, CHANNELS,
        AUDIENCE_ALL, AUDIENCE_SPECIFIC, AUDIENCE_WORDS, METHOD_PROACTIVE, METHOD_ON_REQUEST, METHOD_WORDS,
        LEVEL_MARK, LEVEL_WORDS, STAGES, EXTRA;

        boolean isGroup() {
            return this == NAME || this == AUDIENCE_WORDS || this == METHOD_WORDS || this == LEVEL_WORDS;
        }
    }

    /** Roles whose header words never appear as data: a row with three of them is a header. */
    private static final Set<Role> HEADER_ONLY = EnumSet.of(Role.SERIAL, Role.NAME, Role.CATEGORY, Role.ITEM,
            Role.SUB_ITEM, Role.CONTENT, Role.BASIS, Role.DEADLINE, Role.BODY, Role.CHANNELS, Role.AUDIENCE_WORDS,
            Role.METHOD_WORDS, Role.LEVEL_WORDS, Role.DOMAIN);

    /**
     * One column.
     *
     * @param index 0-based
     * @param role what it holds
     * @param levels for {@link Role#LEVEL_MARK}: the levels a tick means
     * @param header the header as written (for extras: the extras key)
     */
    record Column(int index, Role role, Set<AdministrativeLevel> levels, String header) {
    }

    final List<Column> columns;
    final List<List<String>> headerRows;
    final boolean channelMarksMeanMandatory;

    private Columns(List<Column> columns, List<List<String>> headerRows, boolean mandatoryMarks) {
        this.columns = List.copyOf(columns);
        this.headerRows = List.copyOf(headerRows);
        this.channelMarksMeanMandatory = mandatoryMarks;
    }

    static String headerKey(String cell) {
        String n = ChineseText.normalize(cell);
        // one published page lost the glyph 公 everywhere: 开事项, 开内容, 开依据 …
        if (n.startsWith("开") && !n.startsWith("开展") && n.length() >= 3) {
            n = "公" + n;
        }
        return n;
    }

    /** The role of a header standing on its own (top row, or a one-row header). */
    static Role top(String n) {
        if (n.isEmpty()) {
            return Role.EXTRA;
        }
        switch (n) {
            case "序号", "编号", "序", "项目编号", "事项编号":
                return Role.SERIAL;
            case "领域", "相应领域", "对相应领域", "所属领域", "公开领域", "领域名称":
                return Role.DOMAIN;
            case "事项名称", "事项", "公开事项名称", "事项名":
                return Role.NAME;
            default:
                break;
        }
        if (n.startsWith("公开事项")) {
            return Role.NAME;
        }
        if (n.startsWith("一级事项")) {
            return Role.CATEGORY;
        }
        if (n.startsWith("二级事项")) {
            return Role.ITEM;
        }
        if (n.startsWith("三级事项")) {
            return Role.SUB_ITEM;
        }
        if (n.startsWith("公开内容")) {
            return Role.CONTENT;
        }
        if (n.startsWith("公开依据")) {
            return Role.BASIS;
        }
        if (n.startsWith("公开时限")) {
            return Role.DEADLINE;
        }
        if (n.startsWith("公开主体")) {
            return Role.BODY;
        }
        if (n.startsWith("公开渠道") || n.equals("公开载体") || n.equals("渠道和载体")) {
            return Role.CHANNELS;
        }
        if (n.startsWith("公开对象")) {
            return Role.AUDIENCE_WORDS;
        }
        if (n.startsWith("公开方式") || n.startsWith("公开属性")) {
            return Role.METHOD_WORDS;
        }
        if (n.startsWith("公开层级")) {
            return Role.LEVEL_WORDS;
        }
        if (n.startsWith("五公开")) {
            return Role.STAGES;
        }
        Optional<Audience> a = Audience.find(n);
        if (a.isPresent() || n.startsWith("特定群") || n.startsWith("特定对象")) {
            return a.orElse(Audience.SPECIFIC_GROUP) == Audience.GENERAL_PUBLIC ? Role.AUDIENCE_ALL
                    : Role.AUDIENCE_SPECIFIC;
        }
        Optional<DisclosureMethod> m = DisclosureMethod.find(n);
        if (m.isPresent()) {
            return m.get() == DisclosureMethod.PROACTIVE ? Role.METHOD_PROACTIVE : Role.METHOD_ON_REQUEST;
        }
        if (n.endsWith("级") && levels(n).isPresent()) {
            return Role.LEVEL_MARK;
        }
        return Role.EXTRA;
    }

    /** The role of a sub-header under a group header. */
    static Role sub(Role group, String n) {
        switch (group) {
            case NAME:
                if (n.startsWith("一级") && !n.startsWith("一级目录")) {
                    return Role.CATEGORY;
                }
                if (n.startsWith("二级")) {
                    return Role.ITEM;
                }
                if (n.startsWith("三级")) {
                    return Role.SUB_ITEM;
                }
                return Role.EXTRA;
            case AUDIENCE_WORDS: {
                Optional<Audience> a = Audience.find(n);
                if (a.isPresent()) {
                    return a.get() == Audience.GENERAL_PUBLIC ? Role.AUDIENCE_ALL : Role.AUDIENCE_SPECIFIC;
                }
                if (n.startsWith("特定")) {
                    return Role.AUDIENCE_SPECIFIC;
                }
                return Role.EXTRA;
            }
            case METHOD_WORDS: {
                Optional<DisclosureMethod> m = DisclosureMethod.find(n);
                if (m.isPresent()) {
                    return m.get() == DisclosureMethod.PROACTIVE ? Role.METHOD_PROACTIVE : Role.METHOD_ON_REQUEST;
                }
                return Role.EXTRA;
            }
            case LEVEL_WORDS:
                return levels(n).isPresent() ? Role.LEVEL_MARK : Role.EXTRA;
            default:
                return top(n);
        }
    }

    static Optional<Set<AdministrativeLevel>> levels(String text) {
        try {
            return Optional.of(AdministrativeLevel.parseAll(text));
        } catch (UnknownLabelException e) {
            return Optional.empty();
        }
    }

    /** @return true when the row is a (top or one-row) header: three kinds of header words that data never holds */
    static boolean isHeaderRow(List<String> row) {
        Set<Role> seen = EnumSet.noneOf(Role.class);
        for (String c : row) {
            if (c.isEmpty() || c.length() > MAX_HEADER_LENGTH) {
                continue; // header words are short; data cells are often long
            }
            Role r = top(headerKey(c));
            if (HEADER_ONLY.contains(r) && seen.add(r) && seen.size() >= 3) {
                return true;
            }
        }
        return false;
    }

    /** Longer cells are never taken for header words (the longest real header, with its note, is about 40). */
    private static final int MAX_HEADER_LENGTH = 64;

    /** @return true when the row below a top header holds its sub-headers (一级事项, 全社会, 主动, 县级 …) */
    static boolean isSubHeaderRow(List<String> top, List<String> row) {
        List<Role> groups = topRoles(top);
        int subs = 0;
        int unknown = 0;
        for (int i = 0; i < row.size(); i++) {
            String n = headerKey(row.get(i));
            if (n.isEmpty()) {
                continue;
            }
            if (Cells.isTick(n)) {
                return false;
            }
            Role g = i < groups.size() ? groups.get(i) : Role.EXTRA;
            Role r = g.isGroup() ? sub(g, n) : top(n);
            if (g.isGroup() && r != Role.EXTRA && r != g) {
                subs++;
            } else if (r == Role.EXTRA) {
                unknown++;
            }
        }
        // data rows hold text (names, contents, bases) that is no header word
        return subs >= 2 && unknown <= 1;
    }

    /** Top roles with merged (blank) header cells carrying the group on their left. */
    private static List<Role> topRoles(List<String> top) {
        List<Role> out = new ArrayList<>();
        Role carry = null;
        for (String c : top) {
            String n = headerKey(c);
            if (n.isEmpty() && carry != null) {
                out.add(carry);
                continue;
            }
            Role r = top(n);
            out.add(r);
            carry = r.isGroup() ? r : null;
        }
        return out;
    }

    static Columns of(List<String> top, List<String> subRow) {
        List<Role> groups = topRoles(top);
        List<Column> cols = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int width = Math.max(top.size(), subRow == null ? 0 : subRow.size());
        boolean mandatory = false;
        for (int i = 0; i < width; i++) {
            String t = i < top.size() ? top.get(i) : "";
            String s = subRow != null && i < subRow.size() ? subRow.get(i) : "";
            String tn = headerKey(t);
            String sn = headerKey(s);
            Role g = i < groups.size() ? groups.get(i) : Role.EXTRA;
            Role role;
            String header;
            if (!sn.isEmpty()) {
                role = g.isGroup() ? sub(g, sn) : (tn.isEmpty() ? top(sn) : g);
                header = tn.isEmpty() || role != Role.EXTRA ? s.strip() : t.strip() + "/" + s.strip();
            } else {
                role = g;
                header = t.strip();
            }
            if (role == Role.CHANNELS && (tn.contains("必选") || sn.contains("必选"))) {
                mandatory = true;
            }
            Set<AdministrativeLevel> lv = Set.of();
            if (role == Role.LEVEL_MARK) {
                lv = levels(sn.isEmpty() ? tn : sn).orElse(Set.of());
            }
            if (role == Role.EXTRA) {
                if (header.isEmpty()) {
                    header = "column " + (i + 1);
                }
                String base = header;
                for (int k = 2; !keys.add(header); k++) {
                    header = base + " (" + k + ")";
                }
            }
            cols.add(new Column(i, role, lv, header));
        }
        List<List<String>> headerKeys = new ArrayList<>();
        headerKeys.add(keys(top));
        if (subRow != null) {
            headerKeys.add(keys(subRow));
        }
        return new Columns(cols, headerKeys, mandatory);
    }

    private static List<String> keys(List<String> row) {
        List<String> out = new ArrayList<>();
        for (String c : row) {
            out.add(headerKey(c));
        }
        return List.copyOf(out);
    }

    /** @return true when the row repeats a header row exactly (tables split across pages repeat their header) */
    boolean isExactRepeat(List<String> row) {
        for (List<String> h : headerRows) {
            if (sameHeader(h, row)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return true when every non-blank cell of the row is a header word (top or sub-header): a header repeated
     *     with variations, never a data row (data rows hold names, contents, serial numbers that are no header
     *     words)
     */
    static boolean onlyHeaderWords(List<String> row) {
        for (String c : row) {
            if (ChineseText.isBlank(c)) {
                continue;
            }
            if (c.length() > MAX_HEADER_LENGTH) {
                return false;
            }
            String n = headerKey(c);
            if (top(n) != Role.EXTRA) {
                continue;
            }
            boolean sub = false;
            for (Role g : List.of(Role.NAME, Role.AUDIENCE_WORDS, Role.METHOD_WORDS, Role.LEVEL_WORDS)) {
                if (sub(g, n) != Role.EXTRA) {
                    sub = true;
                }
            }
            if (!sub) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameHeader(List<String> headerKeys, List<String> row) {
        int n = Math.max(headerKeys.size(), row.size());
        for (int i = 0; i < n; i++) {
            String h = i < headerKeys.size() ? headerKeys.get(i) : "";
            String c = i < row.size() ? row.get(i) : "";
            if (c.length() > MAX_HEADER_LENGTH || !h.equals(headerKey(c))) {
                return false;
            }
        }
        return true;
    }

    boolean has(Role r) {
        for (Column c : columns) {
            if (c.role == r) {
                return true;
            }
        }
        return false;
    }
}
