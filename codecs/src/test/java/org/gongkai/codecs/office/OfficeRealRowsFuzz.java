package org.gongkai.codecs.office;

import java.io.ByteArrayInputStream;
import java.util.function.Consumer;
import org.gongkai.codecs.table.CatalogTableReader;
import org.gongkai.codecs.table.TableFormats;
import org.gongkai.codecs.table.TableInput;

/** The whole reading path a fuzz input goes through: format dispatch, the office source, the interpretation. */
final class OfficeRealRowsFuzz {
    private OfficeRealRowsFuzz() {
    }

    /**
     * @param name the file name (its extension chooses the format)
     * @return reads given bytes as that file, every item to nowhere
     */
    static Consumer<byte[]> reader(String name) {
        return in -> CatalogTableReader.forEach(TableFormats.open(TableInput.of(new ByteArrayInputStream(in), name),
                null), CatalogTableReader.Options.defaults(), item -> { });
    }
}
