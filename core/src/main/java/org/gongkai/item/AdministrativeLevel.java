package org.gongkai.item;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.gongkai.data.UnknownLabelException;
import org.gongkai.internal.ChineseText;

/**
 * 公开层级: the level of government that publishes an item. Grassroots catalogs use 县级 and 乡级 (and 村级 for
 * village affairs); the column headers vary a great deal (区级, 区县级, 镇(街)级, 乡、村级, 嘎查(社区)级 …).
 */
public enum AdministrativeLevel {
    /** 省级. */
    PROVINCE("省级", "省", "自治区", "直辖市"),
    /** 市级 (a prefecture; note that in a prefecture with no counties, such as 东莞, 市级 is the top local tier). */
    CITY("市级", "市", "州", "地", "地市", "盟", "州市", "地区"),
    /** 县级 (also 区级, 旗级 and their combinations). */
    COUNTY("县级", "县", "区", "区县", "县区", "县(区)", "县(市、区)", "县(市)", "旗", "县市", "市辖区", "市县"),
    /** 乡级 (also 镇级, 街道级, 苏木级). */
    TOWNSHIP("乡级", "乡", "镇", "乡镇", "镇街", "镇(街)", "镇街乡", "街道", "街", "苏木", "乡镇(街道)", "乡(镇)",
            "镇(街道)", "乡镇街道", "乡(镇、街道)"),
    /** 村级 (also 社区级, 嘎查级: village and residents' committees). */
    VILLAGE("村级", "村", "社区", "嘎查", "嘎查(社区)", "村(社区)", "乡(村)", "村居", "居", "村(居)");

    private static final Labels<AdministrativeLevel> LABELS =
            Labels.of("公开层级 (AdministrativeLevel)", AdministrativeLevel.class, e -> e.labels);
    private final String[] labels;

    AdministrativeLevel(String label, String... bases) {
        String[] all = new String[bases.length * 2 + 1];
        all[0] = label;
        for (int i = 0; i < bases.length; i++) {
            all[1 + 2 * i] = bases[i];
            all[2 + 2 * i] = bases[i] + "级";
        }
        this.labels = all;
    }

    /** @return the exact Chinese label the standard uses */
    public String label() {
        return labels[0];
    }

    /**
     * @param text one level as written (县级, 区级, 镇(街)級, 乡 …)
     * @return the level
     * @throws UnknownLabelException naming the text when it is no level
     */
    public static AdministrativeLevel fromLabel(CharSequence text) {
        return find(text).orElseThrow(() -> new UnknownLabelException("公开层级 (AdministrativeLevel)",
                String.valueOf(text)));
    }

    /**
     * @param text one level as written
     * @return the level, if the text names one; a place name in front is allowed (东阳市级 → 市级)
     */
    public static Optional<AdministrativeLevel> find(CharSequence text) {
        Optional<AdministrativeLevel> exact = LABELS.find(text);
        if (exact.isPresent()) {
            return exact;
        }
        String n = ChineseText.normalize(text);
        if (n.endsWith("级")) {
            n = n.substring(0, n.length() - 1);
        }
        if (n.length() >= 2) {
            char last = n.charAt(n.length() - 1);
            switch (last) {
                case '省': return Optional.of(PROVINCE);
                case '市': case '州': case '盟': return Optional.of(CITY);
                case '县': case '区': case '旗': return Optional.of(COUNTY);
                case '乡': case '镇': return Optional.of(TOWNSHIP);
                case '村': return Optional.of(VILLAGE);
                default: return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a cell or header that names one or more levels: "县级/乡级", "乡、村级", "區級, 鎮街、村級",
     * "州级县级" (merged cells).
     *
     * @param text the cell text
     * @return the levels named, in enum order
     * @throws UnknownLabelException naming the part that is no level
     */
    public static Set<AdministrativeLevel> parseAll(CharSequence text) {
        String n = ChineseText.normalize(text);
        EnumSet<AdministrativeLevel> out = EnumSet.noneOf(AdministrativeLevel.class);
        StringBuilder token = new StringBuilder();
        int depth = 0;
        for (int i = 0; i <= n.length(); i++) {
            char c = i < n.length() ? n.charAt(i) : '/';
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            boolean separator = depth == 0 && (c == '/' || c == ',' || c == '、' || c == '|' || c == ';'
                    || c == '和' || c == '及');
            if (separator) {
                addToken(token, out, text);
            } else {
                token.append(c);
                if (c == '级' && depth == 0) {
                    addToken(token, out, text);
                }
            }
        }
        if (out.isEmpty()) {
            throw new UnknownLabelException("公开层级 (AdministrativeLevel)", String.valueOf(text));
        }
        return Sets.immutableEnumSet(out);
    }

    private static void addToken(StringBuilder token, Set<AdministrativeLevel> out, CharSequence whole) {
        if (token.length() == 0) {
            return;
        }
        String t = token.toString();
        token.setLength(0);
        out.add(find(t).orElseThrow(() -> new UnknownLabelException("公开层级 (AdministrativeLevel)",
                t + "\" in \"" + whole)));
    }
}
