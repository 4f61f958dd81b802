package org.gongkai.benchmarks.deadline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparison for {@link DeadlinePhrasesBenchmark}: the obvious regex-per-call reader a developer would write
 * first. It normalises with String.replace chains and compiles its patterns on every call. It reads the common
 * classes (working-day and calendar-day windows, 及时/实时, 长期/永久, fixed dates, 同上) into a small description
 * string. Not part of the library.
 */
public final class NaiveRegexDeadlineParser {

    private static final String[][] TRADITIONAL = {
        {"變", "变"}, {"個", "个"}, {"內", "内"}, {"時", "时"}, {"實", "实"}, {"開", "开"}, {"擬", "拟"}, {"現", "现"},
        {"狀", "状"}, {"調", "调"}, {"結", "结"}, {"後", "后"}, {"啟", "启"}, {"動", "动"}, {"欄", "栏"}, {"進", "进"},
        {"況", "况"}, {"發", "发"}, {"請", "请"}, {"該", "该"}, {"獲", "获"},
    };

    private NaiveRegexDeadlineParser() {
    }

    /**
     * @param text a deadline phrase
     * @return a short description of what was read
     */
    public static String parse(String text) {
        String s = text.replaceAll("[\\s\\u3000\\u00A0]+", "");
        for (String[] pair : TRADITIONAL) {
            s = s.replace(pair[0], pair[1]);
        }
        s = s.replace('，', ',').replace('；', ';').replace('（', '(').replace('）', ')').replace("形式或", "形成或");
        boolean fallback = Pattern.compile("另有规定").matcher(s).find();
        if (Pattern.compile("^同上$").matcher(s).matches()) {
            return "SAME";
        }
        Matcher m = Pattern.compile("^(?:自|从)?(.*?)(?:之日起|之日|之后|后|,)*(\\d+)个?工作日").matcher(s);
        if (m.find()) {
            return "WD " + m.group(2) + " " + m.group(1) + (fallback ? " +fallback" : "");
        }
        m = Pattern.compile("(每年)?(\\d+)月(\\d+)日前").matcher(s);
        if (m.find()) {
            return "FIXED " + m.group(2) + "-" + m.group(3);
        }
        m = Pattern.compile("(\\d+)月底前").matcher(s);
        if (m.find()) {
            return "FIXED " + m.group(1) + "-end";
        }
        m = Pattern.compile("^(.*?)(?:之日起|后)?(\\d+)(日|天|个月|年)内?").matcher(s);
        if (m.find()) {
            return "CD " + m.group(2) + " " + m.group(3) + " " + m.group(1);
        }
        if (Pattern.compile("按进展情况").matcher(s).find()) {
            return "IMM AS_PROGRESS";
        }
        if (Pattern.compile("实时").matcher(s).find()) {
            return "IMM REAL_TIME";
        }
        if (Pattern.compile("长期|永久").matcher(s).find()) {
            return "STANDING";
        }
        if (Pattern.compile("及时").matcher(s).find()) {
            return "IMM TIMELY";
        }
        return "UNRECOGNIZED";
    }
}
