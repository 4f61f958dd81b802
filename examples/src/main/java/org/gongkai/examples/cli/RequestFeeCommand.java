package org.gongkai.examples.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.request.InformationProcessingFee;

/**
 * {@code request fee}: the information-processing fee (信息处理费, Art. 42; 国办函〔2020〕109号) by requests or by
 * pages, as a JSON object.
 */
final class RequestFeeCommand extends Leaf {

    RequestFeeCommand() {
        super("fee", "the information-processing fee of Art. 42 (国办函〔2020〕109号) as JSON", """
                usage: gongkai request fee --requests N
                       gongkai request fee --pages P

                Computes the information-processing fee (信息处理费) of 国办函〔2020〕109号, excess-progressive:
                  --requests N  the total for N requests of one applicant in one natural month (按件计收, Art. 4):
                                1-10 free, 11-30 at 100 元/件, then each further step of 10 requests 100 元/件 more
                  --pages P     the fee of one request provided in P pages (按量计收, Art. 5): up to 30 free,
                                31-100 at 10 元/页, 101-200 at 20 元/页, beyond 200 at 40 元/页
                One basis per request, never both (Art. 3). Prints
                  {"basis": "REQUESTS"|"PAGES", "count", "amountYuan", "tiers": [{"from", "to", "rate", "amount"}]}
                N and P from 0 to 1000000.

                example: gongkai request fee --requests 52   →  "amountYuan": 7800""",
                Set.of(), Set.of("--requests", "--pages"), Set.of());
    }

    @Override
    int execute(Args args, PrintStream out, PrintStream err) throws UsageException {
        args.expect();
        String cmd = args.command();
        String requests = args.option("--requests");
        String pages = args.option("--pages");
        if ((requests == null) == (pages == null)) {
            throw new UsageException(cmd + ": give either --requests N or --pages P (one basis per request, "
                    + "国办函〔2020〕109号 Art. 3)");
        }
        int count = requests != null ? Inputs.integer(cmd, "--requests", requests)
                : Inputs.integer(cmd, "--pages", pages);
        if (count < 0 || count > InformationProcessingFee.MAX_COUNT) {
            throw new UsageException(cmd + ": " + (requests != null ? "--requests" : "--pages") + " " + count
                    + " is outside 0.." + InformationProcessingFee.MAX_COUNT);
        }
        InformationProcessingFee fee = requests != null ? InformationProcessingFee.byRequests(count)
                : InformationProcessingFee.byPages(count);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("basis", fee.basis());
        json.put("count", fee.count());
        json.put("amountYuan", fee.amountYuan());
        List<Map<String, Object>> tiers = new ArrayList<>();
        for (InformationProcessingFee.Tier t : fee.tiers()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", t.from());
            m.put("to", t.to());
            m.put("rate", t.rateYuan());
            m.put("amount", t.amountYuan());
            tiers.add(m);
        }
        json.put("tiers", tiers);
        out.println(Json.write(json));
        return Main.OK;
    }
}
