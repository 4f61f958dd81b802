package org.gongkai.item;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * 负面清单: a body's published list of what it does not disclose, each entry with its legal ground.
 *
 * @param publisher the publishing body
 * @param entries the entries in order
 */
public record NegativeList(String publisher, List<Entry> entries) {

    /**
     * Copies the entries.
     *
     * @param publisher the publishing body
     * @param entries the entries in order
     */
    public NegativeList {
        publisher = Objects.requireNonNullElse(publisher, "");
        entries = ImmutableList.copyOf(Objects.requireNonNull(entries, "entries"));
    }

    /**
     * One withheld kind of information.
     *
     * @param information what is withheld, as written
     * @param grounds the grounds recognised in the ground text (empty when none is recognised)
     * @param groundText the ground as written (empty when the list gives none)
     */
    public record Entry(String information, Set<NonDisclosureGround> grounds, String groundText) {
        /**
         * Copies the grounds.
         *
         * @param information what is withheld, as written
         * @param grounds the grounds recognised in the ground text (empty when none is recognised)
         * @param groundText the ground as written (empty when the list gives none)
         */
        public Entry {
            information = Objects.requireNonNullElse(information, "");
            grounds = Sets.immutableEnumSet(Objects.requireNonNull(grounds, "grounds"));
            groundText = Objects.requireNonNullElse(groundText, "");
        }
    }
}
