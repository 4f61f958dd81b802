package org.gongkai.request;

/** Whom an agency consults before replying; the time it takes is not counted in the reply period (Art. 33). */
public enum ConsultedParty {
    /** A third party whose rights disclosure may harm (Art. 32); it answers within 15 working days. */
    THIRD_PARTY("第三方"),
    /** Another administrative agency (Art. 33). */
    OTHER_AGENCY("其他机关");

    private final String label;

    ConsultedParty(String label) {
        this.label = label;
    }

    /** @return the Chinese label */
    public String label() {
        return label;
    }
}
