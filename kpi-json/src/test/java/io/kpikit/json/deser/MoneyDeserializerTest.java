package io.kpikit.json.deser;

import static io.kpikit.json.JsonTesting.json;
import static io.kpikit.json.JsonTesting.read;
import static io.kpikit.json.JsonTesting.rejects;
import static io.kpikit.json.JsonTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kpikit.core.Money;
import io.kpikit.json.KpiJson;
import io.kpikit.json.KpiModule;
import org.junit.jupiter.api.Test;

class MoneyDeserializerTest {

    @Test
    void readsTheBudgetWithItsScaleAndWritesItBackVerbatim() {
        String text = json("{'amount':9500000.00,'currency':'CNY'}");
        Money m = read(text, Money.class);
        assertEquals(Money.of("9500000.00", "CNY"), m);
        assertEquals(2, m.amount().scale());
        assertEquals("9500000.00", m.amount().toPlainString());
        assertEquals(text, write(m));
    }

    @Test
    void keepsTheScaleOf12point3And12point30ThoughTheyAreEqual() {
        Money a = read("{'amount':12.3,'currency':'USD'}", Money.class);
        Money b = read("{'amount':12.30,'currency':'USD'}", Money.class);
        assertEquals(a, b); // equality is numeric
        assertEquals(1, a.amount().scale());
        assertEquals(2, b.amount().scale());
        assertEquals(json("{'amount':12.3,'currency':'USD'}"), write(a));
        assertEquals(json("{'amount':12.30,'currency':'USD'}"), write(b));
    }

    @Test
    void readsIntegersNegativesAndExponentsExactly() {
        assertEquals("-5", read("{'amount':-5,'currency':'JPY'}", Money.class).amount().toPlainString());
        // 9.5E+6 is 9500000 with scale -5; it is written back in plain notation
        Money m = read("{'amount':9.5E+6,'currency':'CNY'}", Money.class);
        assertEquals(Money.of("9500000", "CNY"), m);
        assertEquals(json("{'amount':9500000,'currency':'CNY'}"), write(m));
        // 0.1 + 0.2 as doubles would be 0.30000000000000004; read as decimals it is exact
        Money small = read("{'amount':0.30000000000000000001,'currency':'CNY'}", Money.class);
        assertEquals("0.30000000000000000001", small.amount().toPlainString());
    }

    @Test
    void rejectsAnAmountGivenAsAString() {
        JacksonException e = rejects("{'amount':'12.30','currency':'CNY'}", Money.class, "/amount",
                "Money.amount must be a JSON number, was a string");
        assertInstanceOf(MismatchedInputException.class, e);
    }

    @Test
    void rejectsAnUnknownCurrencyKeepingTheCoreCause() {
        JacksonException e = rejects("{'amount':1,'currency':'XXY'}", Money.class, "",
                "invalid Money: currency must be an ISO 4217 code, was \"XXY\"");
        ValueInstantiationException v = assertInstanceOf(ValueInstantiationException.class, e);
        assertEquals(Money.class, v.getType().getRawClass());
        assertInstanceOf(IllegalArgumentException.class, v.getCause());
    }

    @Test
    void rejectsMissingNullAndMistypedFields() {
        rejects("{'amount':1}", Money.class, "", "Money is missing the required field \"currency\"");
        rejects("{'currency':'CNY'}", Money.class, "", "Money is missing the required field \"amount\"");
        rejects("{'amount':null,'currency':'CNY'}", Money.class, "/amount", "Money.amount must not be null");
        rejects("{'amount':1,'currency':156}", Money.class, "/currency",
                "Money.currency must be a JSON string, was a number");
        rejects("{'amount':true,'currency':'CNY'}", Money.class, "/amount",
                "Money.amount must be a JSON number, was a boolean");
        rejects("[1,'CNY']", Money.class, "", "Money must be a JSON object, was an array");
        rejects("'CNY 1.00'", Money.class, "", "Money must be a JSON object, was a string");
    }

    @Test
    void rejectsAnUnknownFieldNamingTheTypeAndTheField() {
        JacksonException e = rejects("{'amount':1,'currency':'CNY','amout':2}", Money.class, "/amout",
                "Unrecognized field \"amout\"");
        assertInstanceOf(UnrecognizedPropertyException.class, e);
        assertTrue(e.getOriginalMessage().contains("io.kpikit.core.Money"), e.getOriginalMessage());
    }

    @Test
    void rejectsAmountsBeyondTheCoreLimitsWithTheCoreMessage() {
        // 41 digits before the point: Money allows 40
        rejects("{'amount':1" + "0".repeat(40) + ",'currency':'CNY'}", Money.class, "",
                "invalid Money: amount must have at most 40 digits before the decimal point");
        // 65 decimals: Money allows 64
        rejects("{'amount':0." + "0".repeat(64) + "1,'currency':'CNY'}", Money.class, "",
                "invalid Money: amount must have at most 64 decimal places");
    }

    @Test
    void rejectsAnAbsurdExponentBeforeAnyArithmetic() {
        rejects("{'amount':1e999999999,'currency':'CNY'}", Money.class, "/amount",
                "Money.amount must have an exponent within ±9999, was 1E+999999999");
        rejects("{'amount':1e-10000,'currency':'CNY'}", Money.class, "/amount",
                "Money.amount must have an exponent within ±9999");
    }

    @Test
    void staysStrictInAMapperThatIsNot() throws Exception {
        // a plain mapper: no duplicate detection in the parser, NaN allowed, unknown properties ignored
        ObjectMapper lax = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addModule(new KpiModule()).build();
        MismatchedInputException dup = assertThrows(MismatchedInputException.class,
                () -> lax.readValue(json("{'amount':1,'amount':2,'currency':'CNY'}"), Money.class));
        assertTrue(dup.getOriginalMessage().contains("Money has the field \"amount\" twice"), dup.getMessage());
        assertEquals("/amount", KpiJson.pointer(dup));
        MismatchedInputException nan = assertThrows(MismatchedInputException.class,
                () -> lax.readValue(json("{'amount':NaN,'currency':'CNY'}"), Money.class));
        assertTrue(nan.getOriginalMessage().contains("Money.amount must be a finite number, was NaN"), nan.getMessage());
        assertThrows(UnrecognizedPropertyException.class,
                () -> lax.readValue(json("{'amount':1,'currency':'CNY','note':'x'}"), Money.class));
    }
}
