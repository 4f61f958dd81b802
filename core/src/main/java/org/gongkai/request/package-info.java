/**
 * Requests for disclosure (依申请公开) and their reply clock under the Regulation (政府信息公开条例, 2019): the receipt
 * date by channel (Art. 31), supplementation (Art. 30), third-party and other-agency consultation (Art. 32, 33),
 * extension (Art. 33), and the kinds of reply (Art. 36, 37).
 *
 * <p>Build a {@link org.gongkai.request.DisclosureRequest} from its dated events and ask it for its
 * {@link org.gongkai.request.ReplyDeadline} on a {@link org.gongkai.calendar.WorkingDayCalendar}.
 */
package org.gongkai.request;
