package io.kpikit.json.deser;

import static io.kpikit.json.JsonTesting.json;
import static io.kpikit.json.JsonTesting.read;
import static io.kpikit.json.JsonTesting.rejects;
import static io.kpikit.json.JsonTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatioDeserializerTest {

    @Test
    void writesTheExecutionRateWithItsInputsAndReadsItBack() {
        // 9,500,000.00 spent of 10,000,000.00 budgeted = 0.95
        Ratio r = Ratio.of(Money.of("9500000.00", "CNY"), Money.of("10000000.00", "CNY"));
        String text = write(r);
        assertEquals(json("{'value':0.95,'numerator':9500000.00,'denominator':10000000.00}"), text);
        Ratio back = read(text, Ratio.class);
        assertEquals(r, back);
        assertEquals(2, back.numerator().scale());
    }

    @Test
    void roundTripsDivisionByZeroWithItsReason() {
        Ratio r = Ratio.of(5, 0);
        String text = write(r);
        assertEquals(json("{'value':null,'numerator':5,'denominator':0,'reason':'division by zero: 5/0'}"), text);
        Ratio back = read(text, Ratio.class);
        assertEquals(r, back);
        assertEquals("division by zero: 5/0", back.undefinedReason().orElseThrow());
    }

    @Test
    void keepsADomainReasonForARatioThatHasAValueNumerically() {
        // attainment against a negative target: 5/-10 exists numerically but means nothing
        Ratio r = Ratio.undefined(BigDecimal.valueOf(5), BigDecimal.valueOf(-10), "target is negative");
        Ratio back = read(write(r), Ratio.class);
        assertEquals(r, back);
        assertFalse(back.isDefined());
        // the reason wins over the arithmetic, with the value absent too
        assertEquals(r, read("{'numerator':5,'denominator':-10,'reason':'target is negative'}", Ratio.class));
    }

    @Test
    void computesTheValueWhenItIsLeftOut() {
        assertEquals(Ratio.of(1, 3), read("{'numerator':1,'denominator':3}", Ratio.class));
        Ratio zero = read("{'numerator':0,'denominator':0}", Ratio.class);
        assertEquals("0/0 is undefined", zero.undefinedReason().orElseThrow());
        assertEquals(zero, read("{'value':null,'numerator':0,'denominator':0}", Ratio.class));
    }

    @Test
    void acceptsAStatedValueOnlyWhenItIsTheQuotient() {
        // 95/100 = 0.95 exactly, however it is spelt
        assertEquals(Ratio.of(95, 100), read("{'value':0.950,'numerator':95,'denominator':100}", Ratio.class));
        rejects("{'value':0.96,'numerator':95,'denominator':100}", Ratio.class, "/value",
                "Ratio.value must equal numerator/denominator = 0.95, was 0.96");
        // 1/3 is 0.3333333333333333333333333333333333 to 34 digits; 0.333 is a hand-rounded value
        rejects("{'value':0.333,'numerator':1,'denominator':3}", Ratio.class, "/value",
                "Ratio.value must equal numerator/denominator = 0.3333333333333333333333333333333333, was 0.333");
    }

    @Test
    void rejectsAValueThatContradictsDefinedness() {
        rejects("{'value':null,'numerator':1,'denominator':2}", Ratio.class, "/value",
                "Ratio.value is null but 1/2 = 0.5; give a reason");
        rejects("{'value':1,'numerator':5,'denominator':0}", Ratio.class, "/value",
                "Ratio.value must be null because 5/0 undefined: division by zero: 5/0, was 1");
        rejects("{'value':0.5,'numerator':1,'denominator':2,'reason':'target is zero'}", Ratio.class, "/value",
                "Ratio.value must be null when a reason is given, was 0.5");
    }

    @Test
    void rejectsMissingAndMistypedFields() {
        rejects("{'value':0.5,'numerator':1}", Ratio.class, "", "Ratio is missing the required field \"denominator\"");
        rejects("{'numerator':'1','denominator':2}", Ratio.class, "/numerator",
                "Ratio.numerator must be a JSON number, was a string");
        rejects("{'numerator':1,'denominator':0,'reason':404}", Ratio.class, "/reason",
                "Ratio.reason must be a JSON string, was a number");
        rejects("{'numerator':1,'denominator':2,'ratio':0.5}", Ratio.class, "/ratio", "Unrecognized field \"ratio\"");
        rejects("{'numerator':1e999999999,'denominator':1}", Ratio.class, "/numerator",
                "Ratio.numerator must have an exponent within ±9999");
    }

    @Test
    void writesExtremeValuesInExponentNotationAndReadsThemBack() {
        // 1e-200 / 1e200 = 1e-400: its plain form would be 402 characters
        Ratio r = Ratio.of(new BigDecimal("1e-200"), new BigDecimal("1e200"));
        String text = write(r);
        assertEquals(json("{'value':1E-400,'numerator':0." + "0".repeat(199) + "1,'denominator':1"
                + "0".repeat(200) + "}"), text);
        assertEquals(r, read(text, Ratio.class));
    }
}
