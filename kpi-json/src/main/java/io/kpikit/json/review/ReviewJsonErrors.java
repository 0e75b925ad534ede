package io.kpikit.json.review;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.kpikit.review.ReviewInputException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Turns validation errors of the review input records into Jackson errors whose path ends at
 * the offending value, so that {@link io.kpikit.json.KpiJson#pointer} gives
 * {@code /budget/lines/3/actual} rather than {@code /budget/lines/3}.
 */
final class ReviewJsonErrors {

    private ReviewJsonErrors() {
    }

    /**
     * Refines a failed record construction: a {@link ReviewInputException} names its field, a
     * {@link NullPointerException} from {@code requireNonNull} names the missing component, and
     * a core message starting with a component name ({@code "count must be >= 0, was -5"})
     * names that component. Anything else keeps the record's own path.
     */
    static JsonMappingException refine(ValueInstantiationException e) {
        Throwable cause = e.getCause();
        Class<?> type = e.getType() == null ? null : e.getType().getRawClass();
        String field = null;
        String message = cause == null ? e.getOriginalMessage() : cause.getMessage();
        if (cause instanceof ReviewInputException) {
            field = ((ReviewInputException) cause).field();
        } else if (cause instanceof NullPointerException && cause.getMessage() != null
                && cause.getMessage().matches("[A-Za-z]+(/[A-Za-z0-9]+)*")) {
            field = cause.getMessage();
            message = field + " is required, was missing or null";
        } else if (cause instanceof IllegalArgumentException && type != null && type.isRecord()
                && cause.getMessage() != null) {
            String first = cause.getMessage().split(" ", 2)[0];
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals(first)) {
                    field = first;
                }
            }
        }
        if (field == null) {
            return e;
        }
        return at(e.getPath(), field, message, e);
    }

    /**
     * Returns an error at {@code base} followed by the segments of {@code field}; an all-digit
     * segment is an array index.
     */
    static JsonMappingException at(Collection<JsonMappingException.Reference> base, String field, String message,
            Throwable cause) {
        JsonMappingException out = new JsonMappingException(null, message, cause);
        List<JsonMappingException.Reference> refs = new ArrayList<>(base);
        if (!field.isEmpty()) {
            for (String segment : field.split("/", -1)) {
                refs.add(segment.matches("\\d{1,9}")
                        ? new JsonMappingException.Reference(null, Integer.parseInt(segment))
                        : new JsonMappingException.Reference(null, segment));
            }
        }
        for (int i = refs.size() - 1; i >= 0; i--) {
            out.prependPath(refs.get(i));
        }
        return out;
    }
}
