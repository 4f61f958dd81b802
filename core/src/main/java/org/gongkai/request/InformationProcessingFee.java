package org.gongkai.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The information-processing fee (信息处理费) an agency may charge when the number or frequency of requests clearly
 * exceeds a reasonable range (Regulation Art. 42 ¶1), computed as 国办函〔2020〕109号《政府信息公开信息处理费管理办法》
 * sets it: "可以按件计收，也可以按量计收，均按照超额累进方式计算收费金额 … 对每件申请可以根据实际情况选择适用其中一种
 * 标准，但不得同时按照两种标准重复计算" (Art. 3). One fee has one {@link Basis}; there is no way to combine both.
 *
 * <ul>
 *   <li>By request ({@link #byRequests}, Art. 4): "同一申请人一个自然月内累计申请10件以下（含10件）的，不收费"; "11—30件
 *       （含30件）的部分：100元/件"; "31件以上的部分：以10件为一档，每增加一档，收费标准提高100元/件". Read as: 31–40 at
 *       200 元/件, 41–50 at 300 元/件, and so on.</li>
 *   <li>By pages ({@link #byPages}, Art. 5): "30页以下（含30页）的，不收费"; "31—100页（含100页）的部分：10元/页";
 *       "101—200页（含200页）的部分：20元/页"; "201页以上的部分：40元/页".</li>
 * </ul>
 *
 * <p>Counts are limited to {@link #MAX_COUNT} so that amounts stay exact in a {@code long}.
 *
 * @param basis by request or by pages
 * @param count the requests of one applicant in one natural month, or the pages of one request
 * @param amountYuan the total fee, in yuan
 * @param tiers the tiers the count reaches, in order, each with its part of the amount (the free tier included)
 */
public record InformationProcessingFee(Basis basis, int count, long amountYuan, List<Tier> tiers) {
    /** The largest count accepted. */
    public static final int MAX_COUNT = 1_000_000;

    /** The two bases of 国办函〔2020〕109号 Art. 3. */
    public enum Basis {
        /** 按件计收 (Art. 4): requests of the same applicant in one natural month. */
        REQUESTS,
        /** 按量计收 (Art. 5): pages of one request provided on paper, by e-mail or as copied data. */
        PAGES
    }

    /**
     * One tier of an excess-progressive scale.
     *
     * @param from the first request or page of the tier (1-based)
     * @param to the last one counted in it (the count itself for the last tier reached)
     * @param rateYuan the rate in yuan per request or page
     * @param amountYuan {@code (to - from + 1) * rateYuan}
     */
    public record Tier(int from, int to, long rateYuan, long amountYuan) {
        /**
         * @param from the first of the tier, at least 1
         * @param to the last counted, not before {@code from}
         * @param rateYuan the rate, not negative
         * @param amountYuan the tier's amount, equal to {@code (to - from + 1) * rateYuan}
         * @throws IllegalArgumentException when the numbers do not agree
         */
        public Tier {
            if (from < 1 || to < from || rateYuan < 0 || amountYuan != (long) (to - from + 1) * rateYuan) {
                throw new IllegalArgumentException("tier " + from + "-" + to + " at " + rateYuan + " = "
                        + amountYuan);
            }
        }
    }

    /**
     * @param basis the basis
     * @param count the count, 0 to {@link #MAX_COUNT}
     * @param amountYuan the amount, the sum of the tiers' amounts
     * @param tiers the tiers reached
     * @throws IllegalArgumentException when the count is out of range or the amount is not the tiers' sum
     */
    public InformationProcessingFee {
        Objects.requireNonNull(basis, "basis");
        tiers = List.copyOf(tiers);
        if (count < 0 || count > MAX_COUNT) {
            throw new IllegalArgumentException("a count of " + count + "; 0 to " + MAX_COUNT + " accepted");
        }
        long sum = 0;
        for (Tier t : tiers) {
            sum += t.amountYuan();
        }
        if (sum != amountYuan) {
            throw new IllegalArgumentException("the amount " + amountYuan + " is not the tiers' sum " + sum);
        }
    }

    /**
     * The total fee for the requests one applicant made in one natural month (按件计收). The fee of the n-th request of
     * the month alone is {@code byRequests(n).amountYuan() - byRequests(n - 1).amountYuan()}.
     *
     * @param requests requests of the same applicant in one natural month, 0 to {@link #MAX_COUNT}
     * @return the fee with its tiers
     * @throws IllegalArgumentException when the count is negative or above {@link #MAX_COUNT}
     */
    public static InformationProcessingFee byRequests(int requests) {
        check(requests);
        List<Tier> tiers = new ArrayList<>();
        long total = 0;
        total += tier(tiers, 1, 10, 0, requests);
        total += tier(tiers, 11, 30, 100, requests);
        long rate = 200;
        for (int from = 31; from <= requests; from += 10, rate += 100) {
            total += tier(tiers, from, from + 9, rate, requests);
        }
        return new InformationProcessingFee(Basis.REQUESTS, requests, total, tiers);
    }

    /**
     * The fee for one request provided in the given number of pages (按量计收).
     *
     * @param pages the pages provided, 0 to {@link #MAX_COUNT}
     * @return the fee with its tiers
     * @throws IllegalArgumentException when the count is negative or above {@link #MAX_COUNT}
     */
    public static InformationProcessingFee byPages(int pages) {
        check(pages);
        List<Tier> tiers = new ArrayList<>();
        long total = 0;
        total += tier(tiers, 1, 30, 0, pages);
        total += tier(tiers, 31, 100, 10, pages);
        total += tier(tiers, 101, 200, 20, pages);
        total += tier(tiers, 201, MAX_COUNT, 40, pages);
        return new InformationProcessingFee(Basis.PAGES, pages, total, tiers);
    }

    private static void check(int count) {
        if (count < 0 || count > MAX_COUNT) {
            throw new IllegalArgumentException("a count of " + count + "; 0 to " + MAX_COUNT + " accepted");
        }
    }

    private static long tier(List<Tier> tiers, int from, int to, long rate, int count) {
        if (count < from) {
            return 0;
        }
        int last = Math.min(to, count);
        Tier t = new Tier(from, last, rate, (long) (last - from + 1) * rate);
        tiers.add(t);
        return t.amountYuan();
    }
}
