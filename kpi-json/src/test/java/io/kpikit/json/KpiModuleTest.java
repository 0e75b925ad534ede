package io.kpikit.json;

import static io.kpikit.json.JsonTesting.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kpikit.core.Direction;
import io.kpikit.core.Figure;
import io.kpikit.core.Money;
import io.kpikit.core.PointChange;
import io.kpikit.core.Ratio;
import org.junit.jupiter.api.Test;

class KpiModuleTest {

    @Test
    void isFoundByFindAndRegisterModules() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertTrue(mapper.getRegisteredModuleIds().contains(KpiModule.class.getName()),
                mapper.getRegisteredModuleIds().toString());
        String text = json("{'amount':9500000.00,'currency':'CNY'}");
        assertEquals(text, mapper.writeValueAsString(Money.of("9500000.00", "CNY")));
        assertEquals(Money.of("9500000.00", "CNY"), mapper.readValue(text, Money.class));
    }

    @Test
    void registersEveryCoreValueTypeInBothDirections() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new KpiModule());
        Object[] values = {Money.of("1.00", "USD"), Ratio.of(1, 4), Figure.undefined("no data"),
            PointChange.between(Ratio.of(1, 5), Ratio.of(1, 4)), Direction.LOWER_IS_BETTER};
        for (Object v : values) {
            assertEquals(v, mapper.readValue(mapper.writeValueAsString(v), v.getClass()), v.toString());
        }
    }

    @Test
    void writesPlainAmountsEvenWhereTheMapperWouldNot() throws Exception {
        // a default mapper writes BigDecimal 9.5E+6 in scientific notation; kpikit's Money never does
        ObjectMapper mapper = new ObjectMapper().registerModule(new KpiModule());
        assertEquals(json("{'amount':9500000,'currency':'CNY'}"),
                mapper.writeValueAsString(Money.of(new java.math.BigDecimal("9.5E+6"), "CNY")));
        // through a token buffer (convertValue) the exact BigDecimal is kept
        Money m = Money.of("12.30", "CNY");
        assertEquals("12.30", mapper.convertValue(m, Money.class).amount().toPlainString());
    }
}
