package org.gongkai.codecs.json;

import org.gongkai.json.internal.JsonIn;

/** Small helpers shared by the Jackson 2 adapter's classes. */
final class JsonFaults {
    private JsonFaults() {
    }

    static String pointerOf(JsonIn in) {
        String ptr = in.pointer();
        return ptr.isEmpty() ? "/" : ptr;
    }
}
