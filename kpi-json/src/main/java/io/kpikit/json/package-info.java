/**
 * JSON binding for kpikit: a Jackson module for the core types, the review document and
 * report, and the {@code kpi} command line. The module arrives with the kpi-json issue; this
 * package is reserved for it.
 */
package io.kpikit.json;
