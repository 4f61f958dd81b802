package org.gongkai.benchmarks.deadline;

import java.util.concurrent.TimeUnit;
import org.gongkai.deadline.DeadlinePhrases;
import org.gongkai.deadline.DeadlineRule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parsing the 69 distinct real 公开时限 phrases of the reference catalogs (deadline-phrases.md, exactly as found):
 * the library's scanner beside a naive regex-per-call reader, in the same run. One operation = one phrase, so the
 * throughput score is phrases per second. Run:
 * {@code java -jar examples/benchmarks/target/benchmarks.jar DeadlinePhrasesBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DeadlinePhrasesBenchmark {

    /** The 69 reference phrases. */
    static final String[] PHRASES = {
        "信息形成或者变更之日起20个工作日内",
        "同上",
        "信息形成之日起20个工作日内",
        "及时公开",
        "形成或者变更之日起20个工作日内予以公开",
        "制定或获取信息之日起10个工作日内",
        "制定或获取信息之日起10个工作日内,公示7个工作日",
        "制 定 或 获 取 信 息之日起 10 个 工作日内",
        "制定或获取备案政策之日起10个工作日内",
        "制定或获取扶持补贴政策之日起10个工作日内",
        "制定或获取文件之日起10个工作日内",
        "制定或获取扶持政策措施之日起10个工作日内",
        "制定或获取指南之日起10个工作日内",
        "信息形成或變更之日起3個工作日內",
        "信息形成或變更之日起20個工作日內",
        "信息形成或者变更之日起20个工作日内。法律、法规对政府信息公开的期限另有规定的,从其规定。",
        "信息形成或者变更之日起 20 个工作日内。法律、法规对政府信息公开的期限另有规定的,从其规定。",
        "信息形成或变更之日起20个工作日内",
        "按进展情况及时公开",
        "提前一周發通知邀請",
        "自该政府信息形成或者变更之日起20个工作日内及时公开",
        "在實地啟動擬征收土地工作時,在村公示欄公開。",
        "擬征收土地現狀調查結束後5個工作日內,在村公示欄公開。",
        "自收到申請之日起20個工作日內公開",
        "信息形成或 者变更之日 起20个工作 日内予以公",
        "信息形成或 者变更之日 起20个工作 日内予以公 开;征求意 见期限不得 少于30…",
        "分配结果确定后20个工作日内",
        "信息形成之后20个工作日内",
        "信息形成或者变更之日起20个工作日内予以公开;",
        "20个工作日",
        "信息形成20个工 作日内公开",
        "自該信息形成或者變更之日起20個工作日內",
        "自该信息形成或者变更之日起20个工作日内",
        "公开事项信息形成或变更之日起20个工作日内公开",
        "执法决定信息在决定作出之日起7个工作日内公开,其他相关信息形成或变更之日起20个工作日内公开",
        "永久公開",
        "信息形成或者变更之日起20个工作日内公开",
        "信息形成或变更之日起20个工作日内公开",
        "自制作或获取该信息之日起20个工作日内公开",
        "自制作或獲取該信息之日起20個工作日內公開",
        "信息形成(变更)20个工作日内",
        "信息形成(變更)20個工作日內",
        "按進展情況及時公開",
        "重大决策作出后及时公开",
        "信息形成(变更)5个工作日内",
        "公开事项 信息形成 或变更之 日起20个 工作日内 公开",
        "主动公开信息内容发生变化的,医疗卫生机构应当自该信息形式或者变更之日起20个工作日内予以调整。法律、法规、规章对更新期限另有规定的,从其规定。",
        "自信息形成或者变更之日起20个工作日内予以公开",
        "信息形成或变更之日起20 个工作日内",
        "实时公开",
        "1.除处罚决定外其他内容:长期公开(动态调整); 2.处罚决定:20个工作日内。",
        "信息形成 20 个工作日内公开;其中行政许可、行政处罚事项应自作出行政决定之日起 7 个工作日内公示",
        "信息形成20个工作日内公开;其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示",
        "信息形成或变更之日起5个工作日内",
        "本级人民代表大会或其常务委员会批准后20日内",
        "自该政府信息形成或者变更之日起5个工作日内;长期公示",
        "1年",
        "6个月",
        "6月底前",
        "信息形成后,20个工作日内公开内公开",
        "信息形成后,7个工作日内公开",
        "信息形成后,7个工作日内公开内公开",
        "1月31日前",
        "1个月",
        "15个工作日",
        "15个工作日内公开",
        "每年1月31日前",
        "收到征地批准文件之日起10个工作日内,在政府网…",
        "自该信息形成或者变更之日起20个工作日内予以公开,法律法规另有规定的除外。"
    };

    /**
     * The library: DeadlinePhrases.parse over all 69 phrases.
     *
     * @param bh JMH's sink for each parsed rule, so the parse is not optimised away
     */
    @Benchmark
    @OperationsPerInvocation(69)
    public void gongkaiScanner(Blackhole bh) {
        for (String p : PHRASES) {
            DeadlineRule r = DeadlinePhrases.parse(p);
            bh.consume(r);
        }
    }

    /**
     * The comparison: a regex-per-call reader over the same phrases.
     *
     * @param bh JMH's sink for each parsed rule, so the parse is not optimised away
     */
    @Benchmark
    @OperationsPerInvocation(69)
    public void naiveRegexPerCall(Blackhole bh) {
        for (String p : PHRASES) {
            bh.consume(NaiveRegexDeadlineParser.parse(p));
        }
    }
}
