/**
 * JMH benchmarks of Gongkai. Each benchmark class measures a library path beside its comparison (a naive
 * implementation or a plain-library baseline) so that both are measured in one run on the same machine.
 * Run all: {@code java -jar examples/benchmarks/target/benchmarks.jar}.
 */
package org.gongkai.benchmarks;
