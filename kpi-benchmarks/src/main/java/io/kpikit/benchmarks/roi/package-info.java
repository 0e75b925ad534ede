/**
 * JMH benchmark of ROI by channel ({@code io.kpikit.roi.ChannelSpendAccumulator}); see the module README.
 */
package io.kpikit.benchmarks.roi;
