package org.gongkai.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * {@code demo}: the main job on a bundled sample catalog made of real published rows, read as a county publishes it
 * (an HTML page with a table per domain under its title, the domain taken from the title), validated with the
 * facade, reported in Chinese or English, or as JSON.
 */
final class DemoCommand extends Leaf {
    /** The bundled sample: 25 real rows of published catalogs, see NOTICE.md beside it. */
    static final String SAMPLE = "/org/gongkai/examples/demo/sample-catalog.csv";
    /** The same rows as a county publishes them: an HTML page, a table per domain under its title. */
    static final String SAMPLE_PAGE = "/org/gongkai/examples/demo/sample-catalog.html";
    /** The example trigger date of the due dates: fixed, so that the demo prints the same every day. */
    static final LocalDate TRIGGER = LocalDate.of(2025, 9, 26);

    DemoCommand() {
        super("demo", "check a bundled sample catalog of real published rows", """
                usage: gongkai demo [--lang zh|en] [--json]

                Reads the bundled sample catalog (25 rows of real 基层政务公开标准目录 tables from 15 domains, with
                the defects found in them; sources in NOTICE.md beside it) as a county publishes it — an HTML page
                with a table per domain under its title, the domain read from the title — validates it against the
                standard, and prints: each table read, the items per domain, the violations with their codes, locations and messages, the coverage
                of the bundled standard guides, and for each item whose deadline sets a date, the due date when the
                information is formed on 2025-09-26 (a Friday before the 2025 National Day holiday).
                  --lang zh|en  the report's language (default zh)
                  --json        the same report as JSON""",
                Set.of("--json"), Set.of("--lang"), Set.of());
    }

    @Override
    int execute(Args args, PrintStream out, PrintStream err) throws UsageException {
        args.expect();
        Locale locale = Lang.of(args.command(), args.option("--lang"));
        CatalogFiles.Read read;
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE_PAGE)) {
            if (in == null) {
                throw new IllegalStateException("the sample catalog " + SAMPLE_PAGE + " is missing from the jar");
            }
            read = CatalogFiles.read(args.command(), in, "sample-catalog.html", "html", null);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled sample catalog", e);
        }
        CatalogReport report = new CatalogReport(read, locale, TRIGGER, WorkingDayCalendar.official());
        if (args.flag("--json")) {
            out.println(Json.write(report.model()));
        } else {
            out.println(locale.getLanguage().equals("en")
                    ? "Gongkai demo: a catalog of real published rows checked against the standard (国办发〔2019〕54号)"
                    : "Gongkai 演示：用基层政务公开标准（国办发〔2019〕54号）检查一份由真实公开目录行组成的目录");
            out.println();
            out.println(report.text());
        }
        return Main.OK;
    }
}
