/**
 * China's official working-day calendar (工作日): the State Council's annual holiday notices (法定节假日 and
 * 调休/补班), bundled for every year the library knows, with O(1) working-day arithmetic, an explicit policy for
 * dates outside the known years, overlays for next year's notice and local rest days, and provenance.
 *
 * <p>Start with {@link org.gongkai.calendar.WorkingDayCalendar#official()}. Counting convention everywhere: the start
 * date is day zero; {@code plusWorkingDays(d, 20)} is the 20th working day strictly after {@code d}.
 */
package org.gongkai.calendar;
