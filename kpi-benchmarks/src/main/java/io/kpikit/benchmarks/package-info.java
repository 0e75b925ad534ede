/**
 * JMH benchmarks for kpikit's hot paths; see the module README for how to run them.
 */
package io.kpikit.benchmarks;
