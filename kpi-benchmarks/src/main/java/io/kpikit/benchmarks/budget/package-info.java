/**
 * JMH benchmark of budget actuals from postings ({@code io.kpikit.budget.PostingAccumulator}); see the module README.
 */
package io.kpikit.benchmarks.budget;
