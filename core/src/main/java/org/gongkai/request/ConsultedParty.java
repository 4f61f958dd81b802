package org.gongkai.request;

/** Whom an agency consults before replying; the time it takes is not counted in the reply period (Art. 33 ¶3). */
public enum ConsultedParty {
    /**
     * A third party whose rights disclosure may harm (Art. 32): "第三方应当自收到征求意见书之日起15个工作日内提出意见。
     * 第三方逾期未提出意见的，由行政机关依照本条例的规定决定是否公开".
     */
    THIRD_PARTY("第三方", 15),
    /** Another administrative agency (Art. 33 ¶3 "其他机关"); the Regulation sets it no period. */
    OTHER_AGENCY("其他机关", 0),
    /**
     * An agency that made the information together with the leading one (Art. 34): "被征求意见机关应当自收到征求意见书
     * 之日起15个工作日内提出意见，逾期未提出意见的视为同意公开".
     */
    CO_PRODUCING_AGENCY("共同制作机关", 15);

    private final String label;
    private final int answerWorkingDays;

    ConsultedParty(String label, int answerWorkingDays) {
        this.label = label;
        this.answerWorkingDays = answerWorkingDays;
    }

    /** @return the Chinese label */
    public String label() {
        return label;
    }

    /**
     * @return the working days the consulted party has to answer, counted from its receipt of the letter (15 under
     *     Art. 32 and Art. 34); 0 when the Regulation sets none
     */
    public int answerWorkingDays() {
        return answerWorkingDays;
    }

    /** @return true when silence past the period counts as consent to disclosure (Art. 34 "视为同意公开") */
    public boolean silenceIsConsent() {
        return this == CO_PRODUCING_AGENCY;
    }
}
