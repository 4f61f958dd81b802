package org.gongkai.codecs.table;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A file format that yields tables: its name (the CLI's {@code --format}), its file extensions, the optional
 * library it needs, and how to open a source.
 *
 * @param name the format's name, lower case ({@code csv}, {@code html}, {@code xlsx} …)
 * @param extensions the file extensions, lower case, without the dot
 * @param requiredClass a class of the optional library the source needs, or empty when it needs none
 * @param artifact the Maven coordinates of that library ({@code org.jsoup:jsoup:1.24.1}), empty when none
 * @param opener opens a source over an input (called only once the library is known to be present)
 */
public record TableFormat(String name, List<String> extensions, String requiredClass, String artifact,
        Function<TableInput, TableSource> opener) {
    /**
     * Copies the list.
     *
     * @param name the format's name
     * @param extensions the file extensions, lower case, without the dot
     * @param requiredClass a class of the optional library, or empty
     * @param artifact the Maven coordinates of that library, or empty
     * @param opener opens a source over an input
     */
    public TableFormat {
        Objects.requireNonNull(name, "name");
        extensions = List.copyOf(extensions);
        requiredClass = Objects.requireNonNullElse(requiredClass, "");
        artifact = Objects.requireNonNullElse(artifact, "");
        Objects.requireNonNull(opener, "opener");
    }

    /** @return true when the library the format needs is on the class path (or it needs none) */
    public boolean available() {
        if (requiredClass.isEmpty()) {
            return true;
        }
        try {
            Class.forName(requiredClass, false, TableFormat.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Opens a source, after checking that the library is present.
     *
     * @param input the file or stream
     * @return the source
     * @throws TableFormatException when the format's library is not on the class path (the message names the Maven
     *     artifact to add)
     */
    public TableSource open(TableInput input) {
        if (!available()) {
            throw new TableFormatException("reading " + name + " needs the library " + artifact + " (class "
                    + requiredClass + " not found): add the Maven dependency " + artifact
                    + " to the application, or convert the file to CSV");
        }
        return opener.apply(input);
    }

    @Override
    public String toString() {
        return name + " " + extensions;
    }
}
