package io.kpikit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.kpikit.core.Figure;
import io.kpikit.core.Money;
import io.kpikit.core.PointChange;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.junit.jupiter.api.Test;

/** Serialise then read gives an equal value, scale and currency and reason included. */
class KpiModuleProperties {

    /** Decimals of any sign, from tiny to Money-sized, with scales from -3 to 20. */
    private static final Gen<BigDecimal> DECIMALS = longs().all()
            .zip(longs().between(0, 999_999), integers().between(-3, 20),
                    (hi, lo, scale) -> new BigDecimal(BigInteger.valueOf(hi).multiply(BigInteger.valueOf(1_000_000))
                            .add(BigInteger.valueOf(lo)), scale))
            .mix(longs().between(-3, 3).zip(integers().between(0, 4), BigDecimal::valueOf));

    /** Reasons with quotes, backslashes, control characters and non-Latin text. */
    private static final Gen<String> REASONS = strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 12);

    private static final Gen<Ratio> RATIOS = DECIMALS.zip(DECIMALS, booleans().all(), REASONS,
            (n, d, domainUndefined, reason) -> domainUndefined ? Ratio.undefined(n, d, reason) : Ratio.of(n, d));

    @Test
    void moneyRoundTripsWithItsScaleAndCurrency() {
        Gen<String> currencies = Generate.pick(List.of("CNY", "USD", "JPY", "EUR", "BHD", "XAU"));
        qt().forAll(DECIMALS, currencies).checkAssert((amount, code) -> {
            Money m = Money.of(amount, code);
            Money back = JsonTesting.readRaw(JsonTesting.write(m), Money.class);
            assertEquals(m, back);
            assertEquals(m.currency(), back.currency());
            // plain notation keeps a non-negative scale; a negative one (1E+3) becomes 0 (1000)
            assertEquals(Math.max(0, amount.scale()), back.amount().scale());
        });
    }

    @Test
    void ratiosRoundTripDefinedAndUndefined() {
        qt().forAll(RATIOS).checkAssert(r -> {
            Ratio back = JsonTesting.readRaw(JsonTesting.write(r), Ratio.class);
            assertEquals(r, back);
            assertEquals(r.isDefined(), back.isDefined());
            assertEquals(r.undefinedReason(), back.undefinedReason());
            assertEquals(Math.max(0, r.numerator().scale()), back.numerator().scale());
        });
    }

    @Test
    void figuresRoundTrip() {
        Gen<Figure> figures = DECIMALS.zip(booleans().all(), REASONS,
                (v, undefined, reason) -> undefined ? Figure.undefined(reason) : Figure.of(v));
        qt().forAll(figures).checkAssert(f -> {
            Figure back = JsonTesting.readRaw(JsonTesting.write(f), Figure.class);
            assertEquals(f, back);
            assertEquals(f.undefinedReason(), back.undefinedReason());
        });
    }

    @Test
    void pointChangesRoundTripWithTheirDerivedChanges() {
        qt().forAll(RATIOS, RATIOS).checkAssert((before, after) -> {
            PointChange p = PointChange.between(before, after);
            PointChange back = JsonTesting.readRaw(JsonTesting.write(p), PointChange.class);
            assertEquals(p, back);
            assertEquals(p.points(), back.points());
            assertEquals(p.relative(), back.relative());
        });
    }
}
