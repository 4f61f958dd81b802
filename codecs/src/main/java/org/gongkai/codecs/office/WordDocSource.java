package org.gongkai.codecs.office;

import org.gongkai.codecs.table.TableFormatException;
import org.gongkai.codecs.table.TableInput;
import org.gongkai.codecs.table.TableSource;

/**
 * Word 97–2003 documents ({@code .doc}) are not read: the one Java library for them (POI's HWPF, in the scratchpad
 * artifact) does not read tables reliably (merged cells and nested tables are lost or shifted), and a table read
 * wrongly is worse than none. Opening one gives a clear error saying to save it as {@code .docx}.
 */
public final class WordDocSource {
    private WordDocSource() {
    }

    /**
     * @param input the .doc file
     * @return never
     * @throws TableFormatException always, saying to save the file as .docx
     */
    public static TableSource refuse(TableInput input) {
        throw new TableFormatException(input.name() + " is a Word 97-2003 document (.doc), whose tables are not read "
                + "reliably by any maintained Java library: open it in Word or WPS and save it as .docx (Word "
                + "document), then read the .docx");
    }
}
