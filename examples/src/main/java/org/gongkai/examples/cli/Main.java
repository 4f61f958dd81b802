package org.gongkai.examples.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.gongkai.domain.Domain;
import org.gongkai.domain.Domains;

/**
 * The command line of Gongkai ({@code java -jar examples/target/gongkai.jar}). For now {@code demo} lists the 26
 * pilot domains with their issuing departments and the name variants the library resolves.
 */
public final class Main {
    private Main() {
    }

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length == 0 || !args[0].equals("demo")) {
            System.err.println("usage: gongkai demo");
            System.exit(2);
        }
        for (Domain d : Domains.standard().all()) {
            out.printf("%-32s %s / %s; issuer: %s%s; aliases: %s%n", d.code(), d.name(), d.englishName(),
                    d.issuer().orElse("(not confirmed)"), d.issuerConfirmed() ? "" : " (unconfirmed)",
                    d.aliases().isEmpty() ? "-" : String.join("、", d.aliases()));
        }
    }
}
