package org.gongkai.validation.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.gongkai.calendar.CalendarCoverageException;
import org.gongkai.calendar.CoverageWarning;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.deadline.DeadlinePhrases;
import org.gongkai.deadline.DeadlineRule;
import org.gongkai.deadline.PublicationCheck;
import org.gongkai.item.DisclosureAttribute;
import org.gongkai.item.InformationRecord;
import org.gongkai.item.NonDisclosureGround;
import org.gongkai.validation.RuleCode;

/**
 * The rules on one piece of government information (its lifecycle), each written once.
 */
public final class RecordRules {
    /** Art. 26: 自该政府信息形成或者变更之日起20个工作日内及时公开 (read by the deadline package, one arithmetic). */
    static final DeadlineRule ART26 = DeadlinePhrases.parse("自该政府信息形成或者变更之日起20个工作日内");

    private RecordRules() {
    }

    /**
     * @param r the record
     * @param ctx the context (calendar and date: the rules that need them are skipped when absent)
     * @param sink where findings go (paths are the record's properties)
     */
    public static void check(InformationRecord r, RuleContext ctx, Sink sink) {
        if (!r.documentNumber().isBlank() && !FieldRules.documentNumber(r.documentNumber())) {
            sink.report(RuleCode.DOCUMENT_NUMBER_INVALID, null, -1, "documentNumber", r.documentNumber());
        }
        if (!r.indexNumber().isBlank() && !FieldRules.indexNumber(r.indexNumber())) {
            sink.report(RuleCode.INDEX_NUMBER_INVALID, null, -1, "indexNumber", r.indexNumber());
        }
        Optional<DisclosureAttribute> attribute = r.attribute();
        if (attribute.isEmpty()) {
            sink.report(RuleCode.RECORD_ATTRIBUTE_MISSING, null, -1, "attribute", "");
        } else {
            switch (attribute.get()) {
                case PROACTIVE -> proactive(r, ctx, sink);
                case ON_REQUEST -> {
                    // no rule: the Regulation requires a ground only to withhold (Art. 36(三) "告知申请人不予公开并说明
                    // 理由"); 依申请公开 information is disclosed when asked (Art. 13 ¶2)
                }
                case WITHHELD -> withheld(r, ctx, sink);
                default -> throw new AssertionError(attribute.get());
            }
        }
        // Art. 12 ¶1 (指南和目录应当及时更新) and Art. 53(二) (不及时更新公开的政府信息内容…): a repealed record is not
        // current. A repeal is a change (变更), which Art. 26 gives 20 working days to publish.
        if (r.listedAsCurrent() && r.repealedOn().isPresent()) {
            repealed(r, r.repealedOn().get(), ctx, sink);
        }
    }

    private static void repealed(InformationRecord r, LocalDate repealedOn, RuleContext ctx, Sink sink) {
        if (ctx.asOf() == null) {
            sink.report(RuleCode.REPEALED_STILL_CURRENT, null, -1, "listedAsCurrent", "repealed " + repealedOn
                    + " (no validation date: Art. 26's 20 working days of grace not checked)");
            return;
        }
        if (!ctx.asOf().isAfter(repealedOn)) {
            return;
        }
        try {
            LocalDate graceEnds = ctx.calendar().plusWorkingDays(repealedOn, 20);
            if (ctx.asOf().isAfter(graceEnds)) {
                sink.report(RuleCode.REPEALED_STILL_CURRENT, null, -1, "listedAsCurrent", "repealed " + repealedOn
                        + " (Art. 26's 20 working days ended " + graceEnds + ")");
            }
        } catch (DateTimeException | ArithmeticException e) { // CalendarCoverageException included
            sink.report(RuleCode.REPEALED_STILL_CURRENT, null, -1, "listedAsCurrent", "repealed " + repealedOn
                    + " (Art. 26's 20 working days of grace not computable: " + e.getMessage() + ")");
        }
    }

    private static void proactive(InformationRecord r, RuleContext ctx, Sink sink) {
        if (r.containsWithheldParts()) {
            sink.report(RuleCode.PROACTIVE_RECORD_HAS_WITHHELD_PARTS, null, -1, "containsWithheldParts", "true");
        }
        Optional<LocalDate> start = r.formedOrChangedOn();
        if (start.isEmpty()) {
            return;
        }
        WorkingDayCalendar calendar = ctx.calendar();
        try {
            DeadlineRule rule = ART26;
            if (!r.statutoryDeadline().isBlank()) {
                // Art. 26: 法律、法规对政府信息公开的期限另有规定的，从其规定 — the caller states the law's period
                rule = DeadlinePhrases.parse(r.statutoryDeadline());
                if (rule.dueDate(start.get(), calendar).isEmpty()) {
                    sink.report(RuleCode.RECORD_DEADLINE_NOT_COMPUTABLE, null, -1, "statutoryDeadline",
                            r.statutoryDeadline() + " (the stated statutory period gives no date from "
                                    + start.get() + ")");
                    return;
                }
            }
            deadline(r, rule, start.get(), calendar, ctx, sink);
            rule.dueDate(start.get(), calendar).flatMap(due -> CoverageWarning.near(calendar, due))
                    .ifPresent(w -> sink.report(RuleCode.CALENDAR_DATA_ENDS_SOON, null, -1, "formedOn", w));
        } catch (CalendarCoverageException e) {
            // the State Council has not published that year's holidays yet (or the calendar does not reach back)
            sink.report(RuleCode.RECORD_DEADLINE_NOT_COMPUTABLE, null, -1, "formedOn",
                    start.get() + " (no working-day data for " + e.uncoveredDate() + ")");
        } catch (DateTimeException | ArithmeticException e) {
            // reliability audit D6: dates near the ends of LocalDate's range; reported, never thrown
            sink.report(RuleCode.RECORD_DEADLINE_NOT_COMPUTABLE, null, -1, "formedOn",
                    start.get() + " (the deadline falls outside the representable dates: " + e.getMessage() + ")");
        }
    }

    private static void deadline(InformationRecord r, DeadlineRule rule, LocalDate start, WorkingDayCalendar calendar,
            RuleContext ctx, Sink sink) {
        // Art. 26: the 20th working day after formation or change (that day is day zero) is the last day, unless a
        // law or regulation sets another period (the rule passed in).
        Optional<LocalDate> published = r.publishedOn();
        if (published.isPresent()) {
            PublicationCheck check = r.publicationCheck(rule, calendar);
            if (check.status() == PublicationCheck.Status.LATE) {
                sink.report(RuleCode.RECORD_PUBLISHED_LATE, null, -1, "publishedOn", published.get() + " (due "
                        + check.dueDate().orElseThrow() + ", " + check.workingDaysLate() + " working days late)");
            }
        } else if (ctx.asOf() != null) {
            Optional<LocalDate> due = rule.dueDate(start, calendar);
            if (due.isPresent() && ctx.asOf().isAfter(due.get())) {
                sink.report(RuleCode.RECORD_PUBLICATION_OVERDUE, null, -1, "publishedOn",
                        "unpublished on " + ctx.asOf() + " (due " + due.get() + ", "
                                + calendar.workingDaysBetween(due.get(), ctx.asOf()) + " working days overdue)");
            }
        }
    }

    /** 依申请公开和不予公开的政府信息要说明法定事由. */
    private static boolean groundGiven(InformationRecord r, Sink sink) {
        if (r.grounds().isEmpty() && r.groundText().isBlank()) {
            sink.report(RuleCode.RECORD_GROUND_MISSING, null, -1, "grounds", "");
            return false;
        }
        return true;
    }

    private static void withheld(InformationRecord r, RuleContext ctx, Sink sink) {
        if (groundGiven(r, sink)) {
            Set<NonDisclosureGround> grounds = effectiveGrounds(r, sink);
            if (!grounds.isEmpty()) {
                overrides(r, grounds, sink);
            }
        }
        // Art. 18: 对本行政机关不予公开的政府信息进行定期评估审查. The period is a policy (default one year).
        if (ctx.asOf() != null) {
            Optional<LocalDate> last = r.withholdingReviewedOn().or(r::formedOrChangedOn);
            if (last.isPresent() && reviewOverdue(last.get(), ctx)) {
                sink.report(RuleCode.WITHHELD_NOT_REVIEWED, null, -1, "withholdingReviewedOn",
                        r.withholdingReviewedOn().map(d -> "last reviewed " + d)
                                .orElse("never reviewed since " + last.get()));
            }
        }
    }

    private static boolean reviewOverdue(LocalDate last, RuleContext ctx) {
        try {
            return ctx.asOf().isAfter(last.plus(ctx.withholdingReviewPeriod()));
        } catch (DateTimeException | ArithmeticException e) {
            return false; // the review falls due beyond the last representable date: not yet overdue (audit D6)
        }
    }

    /** The grounds set, or the one the text names; reports grounds outside Art. 14–16 and unreadable text. */
    private static Set<NonDisclosureGround> effectiveGrounds(InformationRecord r, Sink sink) {
        Set<NonDisclosureGround> grounds = r.grounds();
        if (grounds.isEmpty()) {
            Optional<NonDisclosureGround> named = NonDisclosureGround.find(r.groundText().strip());
            if (named.isEmpty()) {
                sink.report(RuleCode.RECORD_GROUND_UNRECOGNIZED, null, -1, "groundText", r.groundText());
                return Set.of();
            }
            grounds = EnumSet.of(named.get());
        }
        for (NonDisclosureGround g : grounds) {
            if (!g.statutory()) {
                sink.report(RuleCode.RECORD_GROUND_NOT_STATUTORY, null, -1, "grounds", g.label());
            }
        }
        return grounds;
    }

    private static void overrides(InformationRecord r, Set<NonDisclosureGround> grounds, Sink sink) {
        boolean allProcess = true;
        boolean allThirdParty = true;
        for (NonDisclosureGround g : grounds) {
            allProcess &= g.category() == NonDisclosureGround.Category.DISCRETIONARY_UNLESS_LAW_REQUIRES;
            allThirdParty &= g == NonDisclosureGround.THIRD_PARTY_RIGHTS;
        }
        // Art. 16 ¶2: 法律、法规、规章规定上述信息应当公开的，从其规定.
        if (allProcess && !r.lawRequiringDisclosure().isBlank()) {
            sink.report(RuleCode.RECORD_DISCRETIONARY_GROUND_OVERRIDDEN_BY_LAW, null, -1, "grounds",
                    r.lawRequiringDisclosure());
        }
        // Art. 15: 第三方同意公开或者行政机关认为不公开会对公共利益造成重大影响的，予以公开.
        if (allThirdParty && (r.thirdPartyConsented() || r.publicInterestOverride())) {
            sink.report(RuleCode.RECORD_THIRD_PARTY_OVERRIDE, null, -1, "grounds",
                    r.thirdPartyConsented() ? "third party consented" : "public interest override");
        }
    }
}
