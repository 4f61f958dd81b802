package org.gongkai.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;

/** {@code convert IN OUT}: a catalog from CSV to JSON or back, by the files' extensions, losing nothing. */
final class ConvertCommand extends Leaf {
    ConvertCommand() {
        super("convert", "a catalog from CSV to JSON or back, losslessly", """
                usage: gongkai convert IN OUT

                Converts a catalog between a CSV table (.csv) and Gongkai's JSON (.json), by the files'
                extensions. Nothing is lost: extra columns, raw deadline and channel texts, 同上 and the
                specific-group descriptions are kept, and reading OUT back gives the same catalog. A CSV row that
                cannot be read as an item stops the conversion (exit 2, naming file, row and column) rather than
                being dropped. OUT is replaced only when the conversion succeeds.

                example: gongkai convert catalog.csv catalog.json""",
                Set.of(), Set.of(), Set.of());
    }

    @Override
    int execute(Args args, PrintStream out, PrintStream err) throws UsageException {
        args.expect("IN", "OUT");
        String in = args.positional().get(0);
        String outName = args.positional().get(1);
        CatalogFiles.Format from = CatalogFiles.format(args.command(), in, null);
        CatalogFiles.Format to = CatalogFiles.format(args.command(), outName, null);
        if (from == to) {
            throw new UsageException(args.command() + ": IN and OUT are both " + from.name().toLowerCase()
                    + "; convert turns CSV into JSON and JSON into CSV");
        }
        CatalogFiles.Read read = CatalogFiles.read(args.command(), Path.of(in), from);
        if (read.rejected() > 0) {
            StringBuilder sb = new StringBuilder(args.command() + ": " + read.rejected()
                    + " row(s) could not be read as items; nothing written, so that nothing is lost:");
            read.csv().get().problems().stream().filter(p -> p.severity().name().equals("ERROR"))
                    .forEach(p -> sb.append("\n  ").append(p));
            throw new UsageException(sb.toString());
        }
        Path target = Path.of(outName).toAbsolutePath();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(target.getParent(), ".gongkai-", ".tmp");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                CatalogFiles.write(read.catalog(), os, to);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException(args.command() + ": cannot write " + outName + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is left behind; the error above is what matters
                }
            }
        }
        read.csv().ifPresent(s -> s.problems().forEach(p -> err.println("gongkai " + args.command() + ": " + p)));
        err.println("gongkai " + args.command() + ": " + read.catalog().items().size() + " items written to "
                + outName);
        return Main.OK;
    }
}
