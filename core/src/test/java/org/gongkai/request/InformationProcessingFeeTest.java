package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongkai.request.InformationProcessingFee.Basis;
import org.gongkai.request.InformationProcessingFee.Tier;
import org.junit.jupiter.api.Test;

/**
 * 国办函〔2020〕109号: Art. 4 按件计收 "10件以下（含10件）的，不收费；11—30件（含30件）的部分：100元/件；31件以上的部分：以10件
 * 为一档，每增加一档，收费标准提高100元/件"; Art. 5 按量计收 "30页以下（含30页）的，不收费；31—100页（含100页）的部分：10元/页；
 * 101—200页（含200页）的部分：20元/页；201页以上的部分：40元/页".
 */
class InformationProcessingFeeTest {

    /** The reference's worked amounts (regulation-verified.md §3.1). */
    @Test
    void referenceWorkedAmountsByRequest() {
        assertThat(InformationProcessingFee.byRequests(10).amountYuan()).isZero();
        assertThat(InformationProcessingFee.byRequests(25).amountYuan()).isEqualTo(15 * 100); // 1,500
        assertThat(InformationProcessingFee.byRequests(35).amountYuan()).isEqualTo(20 * 100 + 5 * 200); // 3,000
        // 52: 20×100 + 10×200 + 10×300 + 2×400 = 7,800
        InformationProcessingFee f = InformationProcessingFee.byRequests(52);
        assertThat(f.amountYuan()).isEqualTo(7_800);
        assertThat(f.basis()).isEqualTo(Basis.REQUESTS);
        assertThat(f.tiers()).containsExactly(new Tier(1, 10, 0, 0), new Tier(11, 30, 100, 2_000),
                new Tier(31, 40, 200, 2_000), new Tier(41, 50, 300, 3_000), new Tier(51, 52, 400, 800));
    }

    @Test
    void referenceWorkedAmountsByPage() {
        assertThat(InformationProcessingFee.byPages(30).amountYuan()).isZero();
        assertThat(InformationProcessingFee.byPages(80).amountYuan()).isEqualTo(50 * 10); // 500
        // 250: 70×10 + 100×20 + 50×40 = 4,700
        InformationProcessingFee f = InformationProcessingFee.byPages(250);
        assertThat(f.amountYuan()).isEqualTo(4_700);
        assertThat(f.tiers()).containsExactly(new Tier(1, 30, 0, 0), new Tier(31, 100, 10, 700),
                new Tier(101, 200, 20, 2_000), new Tier(201, 250, 40, 2_000));
    }

    /** The edges of each tier, worked by hand. */
    @Test
    void tierEdges() {
        assertThat(InformationProcessingFee.byRequests(0).amountYuan()).isZero();
        assertThat(InformationProcessingFee.byRequests(0).tiers()).isEmpty();
        assertThat(InformationProcessingFee.byRequests(11).amountYuan()).isEqualTo(100);
        assertThat(InformationProcessingFee.byRequests(30).amountYuan()).isEqualTo(2_000); // 20×100
        assertThat(InformationProcessingFee.byRequests(31).amountYuan()).isEqualTo(2_200); // + 1×200
        assertThat(InformationProcessingFee.byRequests(40).amountYuan()).isEqualTo(4_000); // + 10×200
        assertThat(InformationProcessingFee.byRequests(41).amountYuan()).isEqualTo(4_300); // + 1×300
        // the 41st request of the month alone costs 300 元
        assertThat(InformationProcessingFee.byRequests(41).amountYuan()
                - InformationProcessingFee.byRequests(40).amountYuan()).isEqualTo(300);
        assertThat(InformationProcessingFee.byPages(31).amountYuan()).isEqualTo(10);
        assertThat(InformationProcessingFee.byPages(100).amountYuan()).isEqualTo(700); // 70×10
        assertThat(InformationProcessingFee.byPages(101).amountYuan()).isEqualTo(720); // + 1×20
        assertThat(InformationProcessingFee.byPages(200).amountYuan()).isEqualTo(2_700); // + 100×20
        assertThat(InformationProcessingFee.byPages(201).amountYuan()).isEqualTo(2_740); // + 1×40
        assertThat(InformationProcessingFee.byPages(1).tiers()).containsExactly(new Tier(1, 1, 0, 0));
    }

    @Test
    void countsOutsideTheLimitAreRefused() {
        assertThatThrownBy(() -> InformationProcessingFee.byRequests(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InformationProcessingFee.byPages(InformationProcessingFee.MAX_COUNT + 1))
                .isInstanceOf(IllegalArgumentException.class);
        // the largest count stays exact: the tier amounts add up to the total (checked by the constructor)
        assertThat(InformationProcessingFee.byRequests(InformationProcessingFee.MAX_COUNT).amountYuan()).isPositive();
    }
}
