/**
 * Jackson serializers for kpikit: one class per {@code io.kpikit.core} value type, each with a
 * shared {@code INSTANCE}, and {@link io.kpikit.json.ser.ShapeSerializer}, which writes every
 * other kpikit type from its {@link io.kpikit.json.shape.Shape};
 * {@link io.kpikit.json.KpiModule} registers them all.
 *
 * <p>{@link io.kpikit.json.ser.KpiSerializer} holds the shared number rule: decimals in plain
 * notation at their own scale. NaN and the infinities cannot be written because the core
 * types cannot hold them; an undefined ratio or figure is written as {@code "value": null}
 * with its reason. The shapes are listed in the kpi-json README. Nulls and naming follow
 * {@link io.kpikit.core}.
 */
package io.kpikit.json.ser;
