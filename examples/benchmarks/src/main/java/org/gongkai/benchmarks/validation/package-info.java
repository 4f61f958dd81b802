/** JMH benchmarks of the validation module: the facade beside a hand-written bound and Hibernate Validator. */
package org.gongkai.benchmarks.validation;
