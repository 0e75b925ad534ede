/**
 * JSON binding for kpikit: {@link io.kpikit.json.KpiModule}, the Jackson module for the
 * {@code io.kpikit.core} value types, and {@link io.kpikit.json.KpiJson}, the strict mapper
 * and the helpers that turn an error into a JSON Pointer and a one-line message.
 *
 * <p>The serializers live in {@code io.kpikit.json.ser} and the deserializers in
 * {@code io.kpikit.json.deser}, one class per type and direction. The shapes are listed in
 * the kpi-json README. Validation stays in {@link io.kpikit.core}: a deserializer calls the
 * core factory and wraps its exception with the type name and the path of the value. The
 * null policy and vocabulary are those of {@link io.kpikit.core}.
 */
package io.kpikit.json;
