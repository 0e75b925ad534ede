/**
 * JMH benchmark of reading a large review document and writing its report
 * ({@code io.kpikit.json.review}); see the module README.
 */
package io.kpikit.benchmarks.json;
