package org.gongkai.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** {@code convert IN OUT}: a catalog between a published table (CSV, HTML …) and JSON, by the files' extensions. */
final class ConvertCommand extends Leaf {
    ConvertCommand() {
        super("convert", "a catalog between a table (CSV, HTML …) and JSON, losslessly", """
                usage: gongkai convert IN OUT [--format FORMAT] [--domain NAME] [--force] [--drop-catalog-fields]

                Converts a catalog between a published table and Gongkai's JSON, by the files' extensions: IN may
                be .json or any table format the reader knows (.csv, .html, .htm, …); OUT is .json, .csv, .html or .xlsx.
                Every table of IN is read (an HTML page with a table per domain gives one catalog). Nothing is
                lost: extra columns, raw deadline and channel texts, 同上, merged cells and the specific-group
                descriptions are kept, and reading OUT back gives the same items. A row that cannot be read as an
                item stops the conversion (exit 2, naming file, row and column) rather than being dropped. A table
                has no place for a catalog's publisher, levels and provenance: converting such a JSON catalog to
                a table is refused unless --drop-catalog-fields is given.
                  --format FORMAT        IN's format (default: from its extension)
                  --domain NAME          the domain of tables that do not say theirs (no 领域 column, no title)
                  --force                replace OUT when it exists (a directory is never replaced)
                  --drop-catalog-fields  write a table even though the catalog's publisher, levels or provenance
                                         are lost
                OUT is written to a temporary file beside it and moved into place only when the conversion
                succeeds; it gets the permissions new files get (the umask).

                example: gongkai convert catalog.html catalog.json""",
                Set.of("--force", "--drop-catalog-fields"), Set.of("--format", "--domain"), Set.of());
    }

    @Override
    int execute(Args args, PrintStream out, PrintStream err) throws UsageException {
        args.expect("IN", "OUT");
        String in = args.positional().get(0);
        String outName = args.positional().get(1);
        String from = CatalogFiles.format(args.command(), in, args.option("--format"));
        String to = CatalogFiles.format(args.command(), outName, null);
        if (!CatalogFiles.WRITABLE.contains(to)) {
            throw new UsageException(args.command() + ": cannot write " + to + " (OUT may be "
                    + String.join(", ", CatalogFiles.WRITABLE) + ")");
        }
        if (from.equals(to)) {
            throw new UsageException(args.command() + ": IN and OUT are both " + from
                    + "; convert turns a table into JSON, JSON into a table, or one table format into another");
        }
        Path target = Path.of(outName).toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new UsageException(args.command() + ": " + outName + " is a directory; give a file name");
        }
        if (Files.exists(target) && !args.flag("--force")) {
            throw new UsageException(args.command() + ": " + outName + " exists; give --force to replace it");
        }
        CatalogFiles.Read read = CatalogFiles.read(args.command(), Path.of(in), from, args.option("--domain"));
        if (read.rejected() > 0) {
            StringBuilder sb = new StringBuilder(args.command() + ": " + read.rejected()
                    + " row(s) could not be read as items; nothing written, so that nothing is lost:");
            read.tables().forEach(t -> t.problems().stream().filter(p -> p.severity().name().equals("ERROR"))
                    .forEach(p -> sb.append("\n  ").append(p)));
            throw new UsageException(sb.toString());
        }
        if (!to.equals(CatalogFiles.JSON)) {
            List<String> lost = CatalogFiles.notInATable(read.catalog());
            boolean onlyFields = lost.stream().noneMatch(l -> l.startsWith("item "));
            if (!lost.isEmpty() && !(onlyFields && args.flag("--drop-catalog-fields"))) {
                throw new UsageException(args.command() + ": a " + to + " table cannot hold " + String.join("; ", lost)
                        + (onlyFields ? "; give --drop-catalog-fields to write it without them" : "")
                        + "; nothing written");
            }
        }
        Path dir = target.getParent();
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current()
                .nextLong()) + ".tmp");
        try {
            // CREATE_NEW through newOutputStream: the file gets the umask's permissions (createTempFile's are 0600)
            OutputStream os = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            CatalogFiles.write(read.catalog(), os, to);
            if (Files.exists(target) && !args.flag("--force")) {
                throw new FileAlreadyExistsException(outName + " appeared while converting; give --force");
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
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
        read.tables().forEach(t -> t.problems().forEach(p -> err.println("gongkai " + args.command() + ": " + p)));
        err.println("gongkai " + args.command() + ": " + read.catalog().items().size() + " items written to "
                + outName);
        return Main.OK;
    }
}
