package org.gongkai.validation;

/**
 * How serious a {@link Violation} is. A report with no {@link #ERROR} is valid.
 */
public enum Severity {
    /** The standard or the Regulation clearly requires the opposite: the item, catalog or record must be fixed. */
    ERROR,
    /** Probably a defect, or a good practice of the standard not followed; a clerk should look, nothing blocks. */
    WARNING
}
