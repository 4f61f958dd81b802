package org.gongkai.json.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys of one kind of JSON object, numbered, so that a reader notes each key it has met in a bit set and
 * rejects a key given twice with its JSON Pointer (reliability audit D12: Jackson otherwise keeps the last value
 * silently, unless the host's parser enables strict duplicate detection, which Spring Boot's does not).
 */
public final class KeyIndex {
    private final Map<String, Integer> index = new HashMap<>();

    private KeyIndex(List<String> keys) {
        if (keys.size() > 64) {
            throw new IllegalArgumentException("at most 64 keys");
        }
        for (int i = 0; i < keys.size(); i++) {
            index.put(keys.get(i), i);
        }
    }

    /**
     * @param keys the object's keys (at most 64)
     * @return the index
     */
    public static KeyIndex of(List<String> keys) {
        return new KeyIndex(keys);
    }

    /**
     * Notes a key (the parser stands on its value).
     *
     * @param p the parser
     * @param key the key just read
     * @param seen the keys met so far in this object
     * @return {@code seen} with this key
     * @throws JsonFault when the key was met before in this object
     */
    public long mark(JsonIn p, String key, long seen) throws JsonFault {
        Integer i = index.get(key);
        if (i == null) {
            return seen; // an unknown key: reported (or skipped) by the reader
        }
        long bit = 1L << i;
        if ((seen & bit) != 0) {
            throw JsonCodec.fail(p, "the key \"" + key + "\" is given twice");
        }
        return seen | bit;
    }
}
