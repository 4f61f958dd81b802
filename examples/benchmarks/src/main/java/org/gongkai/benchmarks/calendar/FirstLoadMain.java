package org.gongkai.benchmarks.calendar;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * Prints the time of the first use of the official calendar in this JVM, wall clock and the CPU time of the calling
 * thread (the JMH single-shot benchmark measures the same inside JMH's harness; this is the bare JVM):
 * {@code java -cp examples/benchmarks/target/benchmarks.jar org.gongkai.benchmarks.calendar.FirstLoadMain}.
 */
public final class FirstLoadMain {
    private FirstLoadMain() {
    }

    /**
     * @param args none
     */
    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        LocalDate next = WorkingDayCalendar.official().nextWorkingDay(LocalDate.of(2024, 9, 30));
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        System.out.printf("first load of the official calendar: %.1f ms wall, %.1f ms thread CPU (next working day"
                + " after 2024-09-30: %s)%n", (t1 - t0) / 1e6, (c1 - c0) / 1e6, next);
    }
}
