/**
 * JMH benchmark of CSV path parsing ({@code io.kpikit.attribution.PathCsv}); see the module README.
 */
package io.kpikit.benchmarks.csv;
