package org.gongkai.examples.cli;

import java.io.PrintStream;
import java.util.Set;
import org.gongkai.deadline.DeadlinePhrases;

/** {@code deadline parse TEXT}: a deadline phrase (公开时限) as a JSON object. */
final class DeadlineParseCommand extends Leaf {
    DeadlineParseCommand() {
        super("parse", "a deadline phrase (公开时限) as JSON", """
                usage: gongkai deadline parse TEXT

                Reads a deadline phrase as catalogs write it and prints the rule as a JSON object:
                  kind            WORKING_DAYS_AFTER, CALENDAR_DAYS_AFTER, IMMEDIATE, STANDING, PUBLICITY_PERIOD,
                                  FIXED_DATE, PERIODIC, COMPOUND, SAME_AS_ABOVE, UNRECOGNIZED or ON_REQUEST
                  amount, unit, trigger {kind, text}   for the windows (N working days / N days, months …)
                  direction       for the windows: AFTER the trigger, or BEFORE the event (会议召开3日前)
                  article         for ON_REQUEST (依申请公开): the article that sets the reply period (Art. 33)
                  parts           for COMPOUND: one object of this shape per part, with its scope
                  reason          for UNRECOGNIZED: why the text was not read
                  fallbackClause  true when the phrase defers to other laws (法律、法规另有规定的，从其规定)
                  source          the input text
                  canonical       the canonical phrase
                  note            the caveats after the rule, when there are any
                  partial         true when text carrying a number, a time word or a trigger was not read
                  unread          that text, piece by piece (always present, empty when nothing is left)
                Never fails on a text: what is not read is UNRECOGNIZED (exit 0 all the same).

                example: gongkai deadline parse 信息形成或者变更之日起20个工作日内""",
                Set.of(), Set.of(), Set.of());
    }

    @Override
    int execute(Args args, PrintStream out, PrintStream err) throws UsageException {
        args.expect("TEXT");
        out.println(Json.write(DeadlineJson.of(DeadlinePhrases.read(args.positional().get(0)))));
        return 0;
    }
}
