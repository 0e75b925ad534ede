/**
 * JMH benchmark of repeat purchase from orders ({@code io.kpikit.customer.OrderAccumulator}); see the module README.
 */
package io.kpikit.benchmarks.customer;
