package org.gongkai.examples.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code validate FILE...}: check catalog files against the standard. */
final class ValidateCommand extends Leaf {
    ValidateCommand() {
        super("validate", "check catalog files (tables as published, or JSON) against the standard", """
                usage: gongkai validate FILE... [--format FORMAT] [--domain NAME] [--lang zh|en] [--json]
                       gongkai validate - --format FORMAT        (reads standard input)

                Reads each catalog — a published table (.csv, .html, .htm, and the other formats the reader
                knows) in any real layout: one- or two-row headers, reordered and extra columns, merged cells,
                several tables per file (one per domain), UTF-8, GBK or GB18030; or Gongkai's JSON — and validates
                it: each table read (title, domain and where it came from, rows read, kept and rejected), the
                items per domain, the violations with their codes, locations and messages, and the coverage of
                the bundled standard guides.
                  --format FORMAT  the files' format: json, csv, html … (default: from each file's extension)
                  --domain NAME    the domain of tables that do not say theirs (no 领域 column, no title naming
                                   one, no sheet or file name naming one)
                  --lang zh|en     the report's language (default zh)
                  --json           {"valid": …, "files": [report, …]} instead of text
                Exit 0 when no file has an ERROR violation or a rejected row, 1 otherwise, 2 when a file cannot be
                read as a catalog (the message names file, line and column).""",
                Set.of("--json"), Set.of("--format", "--lang", "--domain"), Set.of());
    }

    @Override
    int execute(Args args, PrintStream out, PrintStream err) throws UsageException {
        if (args.positional().isEmpty()) {
            throw new UsageException(args.command() + ": missing argument FILE");
        }
        Locale locale = Lang.of(args.command(), args.option("--lang"));
        List<CatalogReport> reports = new ArrayList<>();
        for (String file : args.positional()) {
            CatalogFiles.Read read;
            if (file.equals("-")) {
                if (args.option("--format") == null) {
                    throw new UsageException(args.command() + ": reading standard input (-) needs --format");
                }
                String format = CatalogFiles.format(args.command(), "-", args.option("--format"));
                read = CatalogFiles.read(args.command(), System.in, "-", format, args.option("--domain"));
            } else {
                String format = CatalogFiles.format(args.command(), file, args.option("--format"));
                read = CatalogFiles.read(args.command(), Path.of(file), format, args.option("--domain"));
            }
            reports.add(new CatalogReport(read, locale, null, null));
        }
        boolean valid = reports.stream().allMatch(CatalogReport::valid);
        if (args.flag("--json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("valid", valid);
            List<Object> files = new ArrayList<>();
            reports.forEach(r -> files.add(r.model()));
            json.put("files", files);
            out.println(Json.write(json));
        } else {
            for (int i = 0; i < reports.size(); i++) {
                if (i > 0) {
                    out.println();
                    out.println("----");
                }
                out.println(reports.get(i).text());
            }
        }
        return valid ? Main.OK : Main.NO;
    }
}
