package org.gongkai.examples.cli;

import java.io.PrintStream;
import java.util.Optional;
import java.util.Set;
import org.gongkai.domain.Domain;
import org.gongkai.domain.Domains;

/** {@code domain TEXT}: the canonical name of the domain a catalog's text names, or exit 1. */
final class DomainCommand extends Leaf {
    DomainCommand() {
        super("domain", "the canonical domain name of a text, or exit 1", """
                usage: gongkai domain TEXT [--extensions] [--code]

                Resolves a domain (试点领域) name as catalogs write it (a variant, a Traditional spelling, a title
                such as 南海区救灾生产领域基层政务公开标准目录) to the canonical name of one of the 26 standard
                domains of 国办发〔2019〕54号, printed on stdout. Exit 1 (and a message on stderr) when the text
                names no domain, or two equally well.

                  --extensions  also resolve the domains added after the 26 (统计, 自然资源 …)
                  --code        print the domain's code (e.g. fiscal-budget) after the name, tab-separated

                example: gongkai domain '(八)財政預決算'   →  财政预决算""",
                Set.of("--extensions", "--code"), Set.of(), Set.of());
    }

    @Override
    int execute(Args args, PrintStream out, PrintStream err) throws UsageException {
        args.expect("TEXT");
        String text = args.positional().get(0);
        Domains domains = args.flag("--extensions")
                ? Domains.standard().withOverlay(Domains.knownExtensions()) : Domains.standard();
        Optional<Domain> found = domains.lookup(text);
        if (found.isEmpty()) {
            err.println("domain: '" + text + "' names no " + (args.flag("--extensions") ? "known" : "standard")
                    + " domain" + (args.flag("--extensions") ? "" : " (try --extensions for the domains added after the 26)"));
            return 1;
        }
        out.println(args.flag("--code") ? found.get().name() + "\t" + found.get().code() : found.get().name());
        return 0;
    }
}
