package org.gongkai.json.internal;

/**
 * The read limits of Gongkai's JSON, shared by both Jackson majors and by the writers (which refuse to write what
 * the readers would refuse to read: reliability audit D13).
 */
public final class Limits {
    /** Maximum nesting of objects and arrays. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Maximum length of one string value, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Maximum length of a property name, in characters (extras are keyed by column headers). */
    public static final int MAX_NAME_LENGTH = 1_000;
    /** Maximum length of a number literal. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Maximum document length for whole-document reads by a mapper: 256 MiB. */
    public static final long MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;

    private Limits() {
    }

    /**
     * @param value the string about to be written
     * @param pointer where it would be written
     * @return the error message when the string is longer than the reader accepts, else null
     */
    public static String checkString(String value, String pointer) {
        if (value != null && value.length() > MAX_STRING_LENGTH) {
            return "String value length (" + value.length() + ") exceeds the maximum a Gongkai reader accepts ("
                    + MAX_STRING_LENGTH + ") at " + (pointer.isEmpty() ? "/" : pointer);
        }
        return null;
    }

    /**
     * @param name the property name about to be written
     * @param pointer the object it would be written in
     * @return the error message when the name is longer than the reader accepts, else null
     */
    public static String checkName(String name, String pointer) {
        if (name != null && name.length() > MAX_NAME_LENGTH) {
            return "Name length (" + name.length() + ") exceeds the maximum a Gongkai reader accepts ("
                    + MAX_NAME_LENGTH + ") at " + (pointer.isEmpty() ? "/" : pointer);
        }
        return null;
    }
}
