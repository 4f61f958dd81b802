/**
 * The mapping between Gongkai's values and JSON, free of Jackson; internal to Gongkai (its package is exported only
 * to the two Jackson adapters, gongkai-codecs for Jackson 2 and gongkai-codecs-jackson3 for Jackson 3).
 */
// the qualified export names Gongkai's own modules, which are compiled after this one
@SuppressWarnings("module")
module org.gongkai.json.mapping {
    requires transitive org.gongkai.core;

    exports org.gongkai.json.internal to org.gongkai.codecs, org.gongkai.codecs.jackson3;
}
