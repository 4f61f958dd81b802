package org.gongkai.codecs.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.Versioned;
import com.fasterxml.jackson.core.util.VersionUtil;

/**
 * The version of gongkai-codecs, reported by {@link GongkaiModule#version()} (Jackson's convention: one
 * {@code PackageVersion} per module).
 */
public final class PackageVersion implements Versioned {
    /** The version of this module. */
    public static final Version VERSION = VersionUtil.parseVersion("0.1.0-SNAPSHOT", "org.gongkai", "gongkai-codecs");

    /** Creates the version holder (Jackson instantiates it reflectively in some tools). */
    public PackageVersion() {
    }

    /** @return {@link #VERSION} */
    @Override
    public Version version() {
        return VERSION;
    }
}
