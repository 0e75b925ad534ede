package io.kpikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.kpikit.attainment.GrowthTarget;
import io.kpikit.attainment.Phasing;
import io.kpikit.core.Direction;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import io.kpikit.customer.Cac;
import io.kpikit.roi.Roas;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Keeps the README's "Use it from Java" example compiling and true; edit both together. */
class ReadmeExampleTest {

    @Test
    void readmeExample() {
        // Sales target: grow 20% on last year's 100; this year reached 117.6.
        GrowthTarget sales = GrowthTarget.of(100, 0.20, Direction.HIGHER_IS_BETTER);
        Ratio level = sales.levelAttainment(117.6).ratio();   // 117.6 / 120 = 0.98 ("completion 98%")
        Ratio growth = sales.growthAttainment(117.6);         // 17.6 / 20   = 0.88 (the other reading)

        // Budget execution: 9.5M spent of a 10M budget.
        Ratio execution = Ratio.of(Money.parse("CNY 9500000"), Money.parse("CNY 10000000"));
        String shown = execution.toPercentString(1, RoundingMode.HALF_UP);   // "95.0%"

        // ROAS in the 投入产出比 notation, and CAC rounded to the fen.
        String sem = Roas.of(Money.parse("CNY 4200000"), Money.parse("CNY 1000000")).toNotation();  // "1:4.2"
        Money cac = Cac.blended(Money.parse("CNY 1200000"), 400).value();                          // CNY 3000.00

        // Phase the annual budget into quarters; the parts add up to the cent.
        List<Money> quarters = Phasing.quarters(Money.parse("CNY 10000000.00"));  // 4 × CNY 2500000.00

        // Undefined is a state with a reason, never NaN.
        Ratio none = Ratio.of(0, 0);   // none.isDefined() == false, reason "0/0 is undefined"

        assertEquals(0.98, level.doubleValue(), 1e-15);
        assertEquals(0.88, growth.doubleValue(), 1e-15);
        assertEquals("95.0%", shown);
        assertEquals("1:4.2", sem);
        assertEquals(Money.parse("CNY 3000.00"), cac);
        assertEquals(Collections.nCopies(4, Money.parse("CNY 2500000.00")), quarters);
        assertFalse(none.isDefined());
        assertEquals(Optional.of("0/0 is undefined"), none.undefinedReason());
    }
}
