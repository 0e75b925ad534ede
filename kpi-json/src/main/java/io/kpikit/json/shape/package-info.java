/**
 * Declarative JSON shapes of kpikit's value and result types: {@link io.kpikit.json.shape.Shape}
 * (named fields with a {@link io.kpikit.json.shape.Codec} and an accessor, and the core factory
 * that rebuilds a value), the codecs in {@link io.kpikit.json.shape.Codecs}, and
 * {@link io.kpikit.json.shape.Shapes#all()}, one list of shapes per core package
 * ({@code RoiShapes}, {@code AttainmentShapes}, ...).
 *
 * <p>One serializer ({@link io.kpikit.json.ser.ShapeSerializer}) and one deserializer
 * ({@link io.kpikit.json.deser.ShapeDeserializer}) are driven by a shape, so every kpikit type
 * is read with the same strictness: unknown, duplicate, missing and mistyped fields are
 * rejected with the JSON Pointer of the offending value, validation stays in core (a core
 * {@link java.lang.IllegalArgumentException} is wrapped with the type name, keeping the cause),
 * and derived figures are recomputed and compared, never trusted. A result is written as its
 * inputs, so it can be rebuilt through its factory, plus its headline derived figures, so a
 * dashboard needs no arithmetic. Every type reads back: a result of large inputs through core's
 * {@code restore} factory (a fitted Markov chain through {@code MarkovChain.restore}, which
 * solves it again from its stored weights); no shape is write-only.
 *
 * <p>Only the classes listed here get a shape; nothing is instantiated from a class named by
 * the input. Nulls and naming follow {@link io.kpikit.core}; the shapes are listed in the
 * kpi-json README.
 */
package io.kpikit.json.shape;
