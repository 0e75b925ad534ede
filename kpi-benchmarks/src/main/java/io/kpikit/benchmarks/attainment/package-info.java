/**
 * JMH benchmark of attainment and the weighted scorecard over many KPIs; see the module README.
 */
package io.kpikit.benchmarks.attainment;
