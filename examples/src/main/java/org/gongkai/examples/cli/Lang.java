package org.gongkai.examples.cli;

import java.util.Locale;

/** {@code --lang zh|en}: the language of reports. */
final class Lang {
    private Lang() {
    }

    /**
     * @param command the command, for messages
     * @param value the option's value, or null (Chinese)
     * @return the locale
     * @throws UsageException for another value
     */
    static Locale of(String command, String value) throws UsageException {
        if (value == null || value.equals("zh")) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        if (value.equals("en")) {
            return Locale.ENGLISH;
        }
        throw new UsageException(command + ": --lang '" + value + "' is neither zh nor en");
    }
}
