package org.gongkai.examples.spring;

import jakarta.validation.constraints.NotBlank;
import org.gongkai.validation.constraints.CreditCode;
import org.gongkai.validation.constraints.DeadlinePhrase;
import org.gongkai.validation.constraints.DisclosureAttributeLabel;
import org.gongkai.validation.constraints.DocumentNumber;
import org.gongkai.validation.constraints.KnownDomain;

/**
 * A disclosure item as a business system receives it: plain strings, each checked by one of Gongkai's field
 * constraints. Every Gongkai constraint accepts null (add {@code @NotBlank} to require a value).
 *
 * @param domain the 试点领域 as the clerk wrote it (variants such as 財政預決算 are accepted)
 * @param item the 二级事项
 * @param deadline the 公开时限 phrase, e.g. 信息形成或者变更之日起20个工作日内
 * @param responsibleBodyCreditCode the 统一社会信用代码 of the 公开主体
 * @param basisDocumentNumber the 发文字号 of the document the item is based on, e.g. 国办发〔2019〕54号
 * @param attribute the 公开属性: 主动公开, 依申请公开 or 不予公开
 */
public record ItemRequest(
        @NotBlank @KnownDomain String domain,
        @NotBlank String item,
        @NotBlank @DeadlinePhrase String deadline,
        @CreditCode String responsibleBodyCreditCode,
        @DocumentNumber String basisDocumentNumber,
        @DisclosureAttributeLabel String attribute) {
}
