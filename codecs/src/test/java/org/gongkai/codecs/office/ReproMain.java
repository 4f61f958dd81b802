package org.gongkai.codecs.office;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/** Replays one fuzz input (tests; run by hand). */
final class ReproMain {
    private ReproMain() {
    }

    public static void main(String[] a) throws Exception {
        List<OfficeFixtures.Table> t = OfficeFixtures.tables(OfficeFixtures.rows()).subList(0, 1);
        byte[] base = OfficeFixtures.xlsx(t);
        String[] parts = {"xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml",
            "xl/styles.xml", "xl/workbook.xml"};
        byte[] in = a[0].equals("base") ? base : Mutator.packaged(base, parts, new Random(Long.parseLong(a[0])));
        Path f = Files.createTempFile("r", ".xlsx");
        Files.write(f, in);
        for (int k = 0; k < 20; k++) {
            long t0 = System.nanoTime();
            try {
                Collect c = new Collect();
                XlsxCells.read(f.toFile(), Limits.defaults(), c);
                long cells = c.tables.stream().flatMap(x -> x.rows().stream()).mapToLong(List::size).sum();
                System.out.println("ok cells " + cells);
            } catch (RuntimeException e) {
                System.out.println(e);
            }
            System.out.println((System.nanoTime() - t0) / 1_000_000 + " ms");
        }
        Files.delete(f);
    }
}
