/**
 * Jackson deserializers for kpikit: one class per {@code io.kpikit.core} value type, each with a
 * shared {@code INSTANCE}, and {@link io.kpikit.json.deser.ShapeDeserializer}, which reads every
 * other readable kpikit type from its {@link io.kpikit.json.shape.Shape};
 * {@link io.kpikit.json.KpiModule} registers them all.
 *
 * <p>They are strict whatever the mapper's configuration:
 * {@link io.kpikit.json.deser.KpiObjectDeserializer} rejects unknown, duplicate, missing and
 * mistyped fields, reads numbers exactly as {@link java.math.BigDecimal}, and builds each value
 * through its core factory, turning a core {@link java.lang.IllegalArgumentException} into a
 * Jackson exception that names the type and keeps the path of the offending value. Validation
 * lives in {@link io.kpikit.core}, never here; fields that are derived (a ratio's value, a
 * change's points) are recomputed and compared, never trusted. The shapes are listed in the
 * kpi-json README; nulls and naming follow {@link io.kpikit.core}.
 */
package io.kpikit.json.deser;
