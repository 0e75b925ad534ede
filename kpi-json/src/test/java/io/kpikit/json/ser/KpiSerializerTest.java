package io.kpikit.json.ser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kpikit.core.Ratio;
import io.kpikit.json.JsonTesting;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class KpiSerializerTest {

    @Test
    void computesThePlainLengthWithoutBuildingTheString() {
        String[] samples = {"0", "-0.05", "9500000.00", "1E+3", "-1.5E+2", "0.001", "123.456", "1E-7"};
        for (String s : samples) {
            BigDecimal d = new BigDecimal(s);
            assertEquals(d.toPlainString().length(), KpiSerializer.plainLength(d), s);
        }
        // 1E+999999999 would be a string of a billion characters
        assertEquals(1_000_000_000L, KpiSerializer.plainLength(new BigDecimal("1E+999999999")));
    }

    @Test
    void writesPlainUpToTheLimitAndExponentNotationBeyond() {
        // numerator of 256 characters: "0." then 254 digits
        BigDecimal atLimit = new BigDecimal("0." + "0".repeat(253) + "1");
        BigDecimal beyond = new BigDecimal("0." + "0".repeat(254) + "1");
        assertEquals(256, atLimit.toPlainString().length());
        String a = JsonTesting.write(Ratio.undefined(atLimit, BigDecimal.ONE, "r"));
        String b = JsonTesting.write(Ratio.undefined(beyond, BigDecimal.ONE, "r"));
        assertEquals("{\"value\":null,\"numerator\":" + atLimit.toPlainString()
                + ",\"denominator\":1,\"reason\":\"r\"}", a);
        assertEquals("{\"value\":null,\"numerator\":1E-255,\"denominator\":1,\"reason\":\"r\"}", b);
        // both read back equal
        assertEquals(Ratio.undefined(beyond, BigDecimal.ONE, "r"), JsonTesting.readRaw(b, Ratio.class));
        assertEquals(Ratio.undefined(atLimit, BigDecimal.ONE, "r"), JsonTesting.readRaw(a, Ratio.class));
    }
}
