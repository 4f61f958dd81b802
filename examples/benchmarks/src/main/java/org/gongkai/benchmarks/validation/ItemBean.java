package org.gongkai.benchmarks.validation;

import org.gongkai.item.DisclosureItem;
import org.gongkai.validation.constraints.ValidDisclosureItem;

/** A business system's bean holding a disclosure item, checked through Jakarta Validation. */
public final class ItemBean {
    @ValidDisclosureItem(warnings = true)
    private final DisclosureItem item;

    /**
     * @param item the item
     */
    public ItemBean(DisclosureItem item) {
        this.item = item;
    }

    /** @return the item */
    public DisclosureItem item() {
        return item;
    }
}
