/**
 * Deadline rules (公开时限): the structured {@link org.gongkai.deadline.DeadlineRule}, its Chinese phrases both
 * ways ({@link org.gongkai.deadline.DeadlinePhrases}), due dates on the working-day calendar, the publication check
 * ({@link org.gongkai.deadline.PublicationCheck}) and the Regulation Art. 26 check.
 */
package org.gongkai.deadline;
