package io.kpikit.json.deser;

import static io.kpikit.json.JsonTesting.json;
import static io.kpikit.json.JsonTesting.read;
import static io.kpikit.json.JsonTesting.rejects;
import static io.kpikit.json.JsonTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kpikit.core.Figure;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FigureDeserializerTest {

    @Test
    void roundTripsADefinedFigureWithItsScale() {
        Figure cagr = Figure.of(new BigDecimal("0.1000"));
        String text = write(cagr);
        assertEquals(json("{'value':0.1000}"), text);
        Figure back = read(text, Figure.class);
        assertEquals(cagr, back);
        assertEquals(4, back.toBigDecimal().scale());
    }

    @Test
    void roundTripsAnUndefinedFigureWithItsReason() {
        Figure r2 = Figure.undefined("y is constant: R² is 0/0");
        String text = write(r2);
        assertEquals(json("{'value':null,'reason':'y is constant: R² is 0/0'}"), text);
        assertEquals(r2, read(text, Figure.class));
        assertEquals(r2, read("{'reason':'y is constant: R² is 0/0'}", Figure.class));
    }

    @Test
    void rejectsBothOrNeitherOfValueAndReason() {
        rejects("{'value':0.1,'reason':'x'}", Figure.class, "/reason",
                "Figure.reason must be absent when the value is given, was \"x\"");
        rejects("{}", Figure.class, "/value", "Figure.value is missing; give a number, or null with a reason");
        rejects("{'value':null}", Figure.class, "/value", "Figure.value is null without a reason");
        rejects("{'value':'0.1'}", Figure.class, "/value", "Figure.value must be a JSON number, was a string");
    }

    @Test
    void wrapsTheCoreRejectionOfAValueBeyondTheDoubleRange() {
        rejects("{'value':1e400}", Figure.class, "", "invalid Figure: value must fit a double, was 1E+400");
    }
}
