package io.kpikit.json.review;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.kpikit.review.ReviewInputException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns validation errors of the review input records into Jackson errors whose path ends at
 * the offending value, so that {@link io.kpikit.json.KpiJson#pointer} gives
 * {@code /budget/lines/3/actual} rather than {@code /budget/lines/3}.
 */
final class ReviewJsonErrors {

    /**
     * The message of a {@code requireNonNull} in the review records: a component name, or a
     * list component and an index for a null element ({@code "kpis/0"}).
     */
    private static final Pattern NULL_COMPONENT = Pattern.compile("([A-Za-z]+)(?:/(\\d{1,9}))?");

    private ReviewJsonErrors() {
    }

    /**
     * Refines a failed record construction: a {@link ReviewInputException} gives the segments of
     * its path, a {@link NullPointerException} from {@code requireNonNull} names the missing
     * component (or list element), and
     * a core message starting with a component name ({@code "count must be >= 0, was -5"})
     * names that component. Anything else keeps the record's own path.
     */
    static JsonMappingException refine(ValueInstantiationException e) {
        Throwable cause = e.getCause();
        Class<?> type = e.getType() == null ? null : e.getType().getRawClass();
        List<String> field = null;
        String message = cause == null ? e.getOriginalMessage() : cause.getMessage();
        if (cause instanceof ReviewInputException) {
            field = ((ReviewInputException) cause).path();
        } else if (cause instanceof NullPointerException && cause.getMessage() != null) {
            Matcher m = NULL_COMPONENT.matcher(cause.getMessage());
            if (m.matches()) {
                field = m.group(2) == null ? List.of(m.group(1)) : List.of(m.group(1), m.group(2));
                message = cause.getMessage() + (m.group(2) == null ? " is required, was missing or null"
                        : " must not be null, was null");
            }
        } else if (cause instanceof IllegalArgumentException && type != null && type.isRecord()
                && cause.getMessage() != null) {
            String first = cause.getMessage().split(" ", 2)[0];
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals(first)) {
                    field = List.of(first);
                }
            }
        }
        if (field == null) {
            return e;
        }
        return at(e.getPath(), field, message, e);
    }

    /**
     * Returns an error at {@code base} followed by {@code segments}, each one whole segment (a
     * name containing {@code /} stays one segment; {@link io.kpikit.json.KpiJson#pointer}
     * escapes it); an all-digit segment is written as an array index, which reads the same.
     */
    static JsonMappingException at(Collection<JsonMappingException.Reference> base, List<String> segments,
            String message, Throwable cause) {
        JsonMappingException out = new JsonMappingException(null, message, cause);
        List<JsonMappingException.Reference> refs = new ArrayList<>(base);
        for (String segment : segments) {
            refs.add(segment.matches("\\d{1,9}")
                    ? new JsonMappingException.Reference(null, Integer.parseInt(segment))
                    : new JsonMappingException.Reference(null, segment));
        }
        for (int i = refs.size() - 1; i >= 0; i--) {
            out.prependPath(refs.get(i));
        }
        return out;
    }
}
