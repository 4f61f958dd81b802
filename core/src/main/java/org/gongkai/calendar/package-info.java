/**
 * China's official working-day calendar (工作日): public holidays and adjusted working days from the State
 * Council's annual notices, with O(1) working-day arithmetic.
 */
package org.gongkai.calendar;
