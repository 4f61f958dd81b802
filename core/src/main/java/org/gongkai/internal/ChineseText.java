package org.gongkai.internal;

/**
 * Normalises Chinese text as real catalogs write it, for matching only (the original text is always kept by the
 * caller): drops whitespace (ASCII, U+3000, NBSP and other Unicode spaces, from PDF and Word line wraps), folds
 * full-width ASCII forms to half width, unifies bracket and punctuation variants, and maps the Traditional
 * characters seen on mirror hosts to Simplified ones.
 *
 * <p>Backed by a 64K lookup table built once; {@link #normalize(CharSequence)} allocates one char array and one
 * string. Not part of the public API.
 */
public final class ChineseText {
    private static final char DROP = '\u0000';
    private static final char[] MAP = buildMap();

    /**
     * Traditional → Simplified pairs for the characters that appear in disclosure catalogs (domain names, deadline
     * phrases, channels, levels, audiences, attributes).
     */
    private static final String T2S =
            "變变個个內内時时實实開开擬拟現现狀状調调結结後后啟启動动欄栏進进況况發发邀邀請请週周"
            + "該该資资訊讯會会與与產产業业農农補补貼贴財财預预決决務务稅税義义養养戶户籍籍國国徵征償偿"
            + "環环護护態态共共導导標标準准錄录領领區区鄉乡鎮镇級级縣县縣县選选擇择項项設设築筑權权責责"
            + "單单體体員员關关於于為为衛卫醫医療疗藥药監监規规劃划劃划執执綜综維维貧贫災灾極极鞏巩攜携"
            + "脫脱堅坚興兴傳传廣广電电視视紙纸媒媒閱阅點点處处視视戶户現现場场區区單单業业欄栏屏屏準准"
            + "推推網网站站號号傳传報报紙纸聽听證证議议廳厅辦办據据條条規规則则法法範范圍围對对應应設设"
            + "時时間间內内給给將将計计劃划經经濟济歲岁險险業业創创動动勞劳數数據据統统濟济護护區区軍军"
            + "屬属於于與与給给據据內内統统書书長长張张門门問问題题東东陽阳興兴縣县寧宁遼辽漢汉慶庆陝陕"
            + "蘇苏貴贵雲云龍龙齊齐為为無无並并後后從从雙双歷历壓压厲厉參参團团園园圖图場场壞坏聲声"
            + "處处備备復复夠够夢梦獎奖婦妇學学寶宝實实審审寫写導导將将對对專专尋寻層层屆届屬属嶺岭"
            + "幣币幫帮幹干庫库廠厂廢废廣广歸归彈弹徑径從从復复徵征總总惡恶愛爱態态慣惯憲宪應应懷怀"
            + "戰战戲戏戶户擔担據据擴扩擊击攔拦擁拥敗败數数斷断於于時时書书會会條条來来東东構构樣样"
            + "標标樂乐機机權权檢检歡欢歲岁歷历殘残氣气漢汉滿满濟济災灾無无煙烟燈灯營营爭争獨独環环"
            + "產产畫画當当療疗盡尽監监盤盘眾众確确礙碍禮礼禍祸稅税種种穩稳積积筆笔節节範范築筑簡简"
            + "糧粮約约紅红級级紀纪納纳純纯紙纸組组細细終终經经結结絕绝給给統统絲丝網网綜综線线練练"
            + "縣县總总績绩織织繼继續续罰罚職职聯联聽听腦脑臨临舉举艦舰藝艺節节萬万葉叶處处號号衛卫"
            + "補补製制複复見见規规視视親亲覺觉觀观計计訂订討讨訓训記记許许設设訪访證证評评詞词試试"
            + "話话誌志認认誤误說说請请諸诸論论謀谋講讲謝谢證证議议護护讀读變变讓让豐丰負负財财貢贡"
            + "貨货質质費费資资賠赔賣卖賴赖購购趙赵趕赶車车軍军軟软輕轻較较載载輔辅輸输轉转辦办農农"
            + "迴回這这連连進进運运過过達达違违遞递遠远適适選选遷迁遺遗邊边郵邮鄉乡醫医釋释針针鐘钟"
            + "銀银錄录錢钱鎮镇長长門门開开閒闲間间閱阅隊队陽阳陰阴階阶際际險险隨随隱隐雜杂離离難难"
            + "電电靜静頁页項项順顺須须預预領领頭头題题額额顏颜風风飛飞飯饭館馆驗验體体齡龄點点黨党"
            + "啓启衆众僅仅億亿價价儲储兒儿黃黄團团圍围據据舊旧獲获療疗藥药幾几勵励勢势區区協协卻却"
            + "厭厌縮缩擬拟壯壮嚴严麼么羣群"
            + "對对象象屬属類类別别編编碼码備备註注職职稱称題题條条階阶態态狀状載载層层覽览廳厅務务內内辦办擬拟衆众"
            + "兩两臺台檯台";

    private ChineseText() {
    }

    private static char[] buildMap() {
        char[] m = new char[65536];
        for (int c = 0; c < m.length; c++) {
            m[c] = (char) c;
        }
        // whitespace of every kind is dropped
        for (char c : new char[] {' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u1680', '\u2028', '\u2029',
            '\u202F', '\u205F', '\u3000', '\uFEFF', '\u200B'}) {
            m[c] = DROP;
        }
        for (char c = '\u2000'; c <= '\u200A'; c++) {
            m[c] = DROP;
        }
        // full-width ASCII → half width
        for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
            m[c] = (char) (c - 0xFEE0);
        }
        // punctuation variants
        m['，'] = ',';
        m['、'] = '、';
        m['；'] = ';';
        m['：'] = ':';
        m['（'] = '(';
        m['）'] = ')';
        m['【'] = '[';
        m['】'] = ']';
        m['〔'] = '〔';
        m['﹝'] = '〔';
        m['﹞'] = '〕';
        m['［'] = '[';
        m['］'] = ']';
        m['。'] = '。';
        m['．'] = '.';
        m['“'] = '"';
        m['”'] = '"';
        m['‘'] = '\'';
        m['’'] = '\'';
        m['—'] = '-';
        m['－'] = '-';
        m['～'] = '~';
        for (int i = 0; i + 1 < T2S.length(); i += 2) {
            m[T2S.charAt(i)] = T2S.charAt(i + 1);
        }
        return m;
    }

    /**
     * @param c a character
     * @return its normalised form, or {@code '\0'} when it is dropped (whitespace)
     */
    public static char fold(char c) {
        return MAP[c];
    }

    /**
     * @param text any text, or null
     * @return the text normalised for matching ("" for null)
     */
    public static String normalize(CharSequence text) {
        if (text == null) {
            return "";
        }
        int n = text.length();
        int first = 0;
        for (char c; first < n && (c = text.charAt(first)) != DROP && MAP[c] == c; ) {
            first++;
        }
        if (first == n) {
            return text.toString(); // already normalised: the common case, without a copy
        }
        char[] out = new char[n];
        int k = 0;
        for (int i = 0; i < first; i++) {
            out[k++] = text.charAt(i);
        }
        for (int i = first; i < n; i++) {
            char c = MAP[text.charAt(i)];
            if (c != DROP) {
                out[k++] = c;
            }
        }
        return new String(out, 0, k);
    }

    /**
     * @param c a character
     * @return true when {@link #normalize} drops it (whitespace)
     */
    public static boolean isSpace(char c) {
        return MAP[c] == DROP;
    }

    /**
     * @param text any text, or null
     * @return true when the text is null or holds only whitespace
     */
    public static boolean isBlank(CharSequence text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (MAP[text.charAt(i)] != DROP) {
                return false;
            }
        }
        return true;
    }
}
