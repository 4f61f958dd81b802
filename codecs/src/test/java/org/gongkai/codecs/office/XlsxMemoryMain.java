package org.gongkai.codecs.office;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.gongkai.codecs.table.CatalogTableReader;
import org.gongkai.codecs.table.PublishedLayout;
import org.gongkai.codecs.table.TableFormats;
import org.gongkai.codecs.table.TableInput;
import org.gongkai.item.AdministrativeLevel;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.ItemName;

/**
 * Writes an .xlsx catalog of N items (streaming) and reads it back (streaming), checking each item against the one
 * generated for its position; run by {@link XlsxMemoryTest} in a JVM with a 64 MiB heap.
 */
public final class XlsxMemoryMain {
    private XlsxMemoryMain() {
    }

    static DisclosureItem item(int n) {
        return DisclosureItem.builder().serialNumber(Integer.toString(n + 1)).domain("义务教育")
                .name(ItemName.of("招生管理", "招生政策 " + n)).content("●随迁子女入学办法 ●招生范围，第" + n + "项")
                .basis("《中华人民共和国政府信息公开条例》").deadlineText("信息形成或者变更之日起20个工作日内")
                .responsibleBody("翔安区教育局").build();
    }

    /**
     * @param args the number of items
     * @throws Exception when the file cannot be written or read
     */
    public static void main(String[] args) throws Exception {
        int size = Integer.parseInt(args[0]);
        Path f = Files.createTempFile("gongkai-mem-", ".xlsx");
        try {
            Iterable<DisclosureItem> items = () -> new Iterator<>() {
                private int n;

                @Override
                public boolean hasNext() {
                    return n < size;
                }

                @Override
                public DisclosureItem next() {
                    if (n >= size) {
                        throw new NoSuchElementException();
                    }
                    return item(n++);
                }
            };
            PublishedLayout layout = new PublishedLayout(true, false, List.of(AdministrativeLevel.COUNTY), false,
                    List.of(), true, true);
            try (OutputStream out = Files.newOutputStream(f)) {
                CatalogXlsxWriter.write(items, "某县义务教育领域基层政务公开标准目录", layout, "义务教育", out);
            }
            long[] seen = new long[2];
            CatalogTableReader.forEach(TableFormats.open(TableInput.of(f), null), CatalogTableReader.Options.defaults(),
                    i -> {
                        if (!i.equals(item((int) seen[0]))) {
                            seen[1]++;
                        }
                        seen[0]++;
                    });
            Runtime rt = Runtime.getRuntime();
            System.out.println("XLSX items=" + seen[0] + " mismatches=" + seen[1] + " bytes=" + Files.size(f)
                    + " maxHeapMiB=" + (rt.maxMemory() >> 20));
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
