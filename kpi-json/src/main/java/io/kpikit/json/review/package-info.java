/**
 * JSON binding of the annual review: {@link io.kpikit.json.review.ReviewDocuments} reads a review
 * document into {@link io.kpikit.review.ReviewDocument}, {@link io.kpikit.json.review.ReviewReports}
 * writes a {@link io.kpikit.review.ReviewReport}.
 *
 * <p>Both use copies of {@link io.kpikit.json.KpiJson#mapper()}, so the strictness rules of
 * {@link io.kpikit.json} apply; errors carry the JSON Pointer of the offending value. The
 * document's JSON Schema is {@code schema/review-document.schema.json} in the repository.
 */
package io.kpikit.json.review;
