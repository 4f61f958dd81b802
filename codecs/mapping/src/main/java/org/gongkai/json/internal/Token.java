package org.gongkai.json.internal;

/** The JSON tokens the mapping reads, named as in Jackson (both majors map their own tokens onto these). */
public enum Token {
    START_OBJECT, END_OBJECT, START_ARRAY, END_ARRAY, FIELD_NAME, VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT,
    VALUE_TRUE, VALUE_FALSE, VALUE_NULL,
    /** Anything else (an embedded object of a binary format): never valid in Gongkai's format. */
    OTHER
}
