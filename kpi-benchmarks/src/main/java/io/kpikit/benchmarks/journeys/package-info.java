/**
 * JMH benchmark of journeys to paths ({@code io.kpikit.attribution.JourneyAccumulator}); see the module README.
 */
package io.kpikit.benchmarks.journeys;
