package org.gongkai.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.item.NonDisclosureGround;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.ReplyType;
import org.gongkai.request.RequestEvent;

/**
 * From a request's outcome to its one row of table 三 (国办公开办函〔2021〕30号), so that a year's requests fill the
 * table without the caller choosing rows.
 *
 * <p>The mapping of a reply ({@link #forReply}):
 * <ul>
 *   <li>Art. 36(2) 予以公开 → (一). Art. 36(1) 已主动公开 → (一) as well: the format has no row of its own for it
 *       and the applicant obtains the information (practice; no text of the format found that says so).</li>
 *   <li>Art. 37 部分公开 → (二) ("区分处理的，只计这一情形，不计其他情形"), whatever the grounds of the withheld part.</li>
 *   <li>Art. 36(3) 不予公开 → (三)1–8 by ground: Art. 14's three kinds → 1, 2, 3; Art. 15 → 4; Art. 16 ¶1 → 5;
 *       Art. 16 ¶2 process information → 6, case files → 7; 行政查询事项 → 8. With several grounds, the first row in
 *       printed order counts (the format counts each request once, by the (七)总计 sum rule; which of several
 *       grounds to count is not said: this order is a convention).</li>
 *   <li>Art. 36(4) 信息不存在 and Art. 36(5) 不属于本机关负责公开 → (四)1 本机关不掌握相关政府信息 (practice); Art. 38
 *       → (四)2 没有现成信息需要另行制作; still unclear after the supplement → (四)3.</li>
 *   <li>Art. 39 ¶1 → (五)1; Art. 36(6) 重复申请 → (五)2; Art. 39 ¶2 → (五)3; Art. 35 不予处理 → (五)4; confirmation
 *       or reissue of information obtained → (五)5.</li>
 *   <li>Art. 36(7) 依照有关法律、行政法规的规定办理 → (六)3 其他 (practice: no row names it).</li>
 * </ul>
 * A request without a reply by the end of the year counts in (六)1 when its supplement was due and not received by
 * then (Art. 30 视为放弃申请), in (六)2 when its fee was due and not paid by then (Art. 42), else in 四 (carried to
 * next year).
 */
public final class Table3Rows {
    private Table3Rows() {
    }

    /**
     * @param type the kind of reply
     * @param grounds the grounds of a {@link ReplyType#WITHHELD} reply (ignored for the other kinds)
     * @return the result row that counts the reply
     * @throws IllegalArgumentException when a withheld reply gives no ground
     */
    public static Table3Row forReply(ReplyType type, Collection<NonDisclosureGround> grounds) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(grounds, "grounds");
        return switch (type) {
            case DISCLOSED, ALREADY_PROACTIVELY_DISCLOSED -> Table3Row.DISCLOSED;
            case PARTIAL_DISCLOSURE -> Table3Row.PARTIALLY_DISCLOSED;
            case WITHHELD -> withheld(grounds);
            case DOES_NOT_EXIST, NOT_THIS_AGENCY -> Table3Row.UNABLE_NOT_HELD;
            case NEEDS_PROCESSING -> Table3Row.UNABLE_WOULD_NEED_CREATION;
            case STILL_UNCLEAR_AFTER_SUPPLEMENT -> Table3Row.UNABLE_STILL_UNCLEAR;
            case NOT_A_DISCLOSURE_REQUEST -> Table3Row.NOT_PROCESSED_PETITION;
            case REPEATED_REQUEST -> Table3Row.NOT_PROCESSED_REPEATED;
            case PUBLICATION_ROUTE_GIVEN -> Table3Row.NOT_PROCESSED_PUBLICATION;
            case EXCESSIVE_NOT_PROCESSED -> Table3Row.NOT_PROCESSED_EXCESSIVE;
            case CONFIRMATION_NOT_PROCESSED -> Table3Row.NOT_PROCESSED_CONFIRMATION;
            case SPECIAL_PROCEDURE -> Table3Row.OTHER;
        };
    }

    /**
     * @param ground a ground of withholding
     * @return its row under (三) 不予公开
     */
    public static Table3Row forGround(NonDisclosureGround ground) {
        return switch (Objects.requireNonNull(ground, "ground")) {
            case STATE_SECRET -> Table3Row.WITHHELD_STATE_SECRET;
            case PROHIBITED_BY_LAW -> Table3Row.WITHHELD_PROHIBITED_BY_LAW;
            case SECURITY_AND_STABILITY -> Table3Row.WITHHELD_SECURITY_AND_STABILITY;
            case THIRD_PARTY_RIGHTS -> Table3Row.WITHHELD_THIRD_PARTY_RIGHTS;
            case INTERNAL_PERSONNEL, INTERNAL_LOGISTICS, INTERNAL_WORKFLOW, INTERNAL_AFFAIRS ->
                    Table3Row.WITHHELD_INTERNAL_AFFAIRS;
            case PROCESS_DISCUSSION_RECORD, PROCESS_DRAFT, PROCESS_CONSULTATION_LETTER, PROCESS_REQUEST_REPORT,
                    PROCESS_INFORMATION -> Table3Row.WITHHELD_PROCESS_INFORMATION;
            case ENFORCEMENT_CASE_FILE -> Table3Row.WITHHELD_ENFORCEMENT_CASE_FILE;
            case ADMINISTRATIVE_QUERY -> Table3Row.WITHHELD_ADMINISTRATIVE_INQUIRY;
        };
    }

    private static Table3Row withheld(Collection<NonDisclosureGround> grounds) {
        Table3Row first = null;
        for (NonDisclosureGround g : grounds) {
            Table3Row row = forGround(g);
            if (first == null || row.ordinal() < first.ordinal()) {
                first = row;
            }
        }
        if (first == null) {
            throw new IllegalArgumentException("a withheld reply (Art. 36(3)) counts in table 三 by its ground; "
                    + "none given");
        }
        return first;
    }

    /**
     * Where a request stands in table 三 at the end of a report year.
     *
     * @param request the request, received on or before {@code yearEnd}
     * @param grounds the grounds of its reply when it is {@link ReplyType#WITHHELD}
     * @param yearEnd the last day of the report year (normally 12月31日)
     * @return a result row, or {@link Table3Row#CARRIED_TO_NEXT_YEAR} when still open at {@code yearEnd}
     * @throws IllegalArgumentException when the request was received after {@code yearEnd}, or a withheld reply
     *     gives no ground
     */
    public static Table3Row atYearEnd(DisclosureRequest request, Collection<NonDisclosureGround> grounds,
            LocalDate yearEnd) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(yearEnd, "yearEnd");
        if (request.receivedOn().isAfter(yearEnd)) {
            throw new IllegalArgumentException("received " + request.receivedOn() + ", after the year ending "
                    + yearEnd);
        }
        Optional<RequestEvent.Replied> reply = request.reply().filter(r -> !r.date().isAfter(yearEnd));
        if (reply.isPresent()) {
            return forReply(reply.get().type(), grounds);
        }
        Optional<RequestEvent.SupplementRequested> sreq = request.supplementRequested()
                .filter(s -> !s.date().isAfter(yearEnd));
        boolean supplied = request.supplementReceived().filter(s -> !s.date().isAfter(yearEnd)).isPresent();
        if (sreq.isPresent() && !supplied && sreq.get().supplyBy().isPresent()
                && sreq.get().supplyBy().get().isBefore(yearEnd)) {
            return Table3Row.OTHER_NOT_SUPPLEMENTED;
        }
        Optional<RequestEvent.FeeNotified> fee = request.feeNotified().filter(f -> !f.date().isAfter(yearEnd));
        boolean paid = request.feePaid().filter(f -> !f.date().isAfter(yearEnd)).isPresent();
        if (fee.isPresent() && !paid && fee.get().payBy().isPresent() && fee.get().payBy().get().isBefore(yearEnd)) {
            return Table3Row.OTHER_FEE_NOT_PAID;
        }
        return Table3Row.CARRIED_TO_NEXT_YEAR;
    }
}
