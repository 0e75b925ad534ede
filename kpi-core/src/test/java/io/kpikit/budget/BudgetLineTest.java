package io.kpikit.budget;

import static io.kpikit.budget.SeedBudget.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BudgetLineTest {

    @Test
    void carriesItsFieldsAndTags() {
        BudgetLine kol = BudgetLine.of("kol", "KOL seeding", "online/kol", LineKind.COST, cny("1500000"),
                cny("1320000")).withTag("mix", "experimental").withTag("channel", "kol");
        assertEquals(CategoryPath.of("online/kol"), kol.path());
        assertEquals(Map.of("channel", "kol", "mix", "experimental"), kol.tags());
        assertEquals(Optional.of("experimental"), kol.tag("mix"));
        assertEquals(Optional.empty(), kol.tag("region"));
        assertEquals(Optional.of("proven"), kol.withTag("mix", "proven").tag("mix"));
        // 1,320,000 - 1,500,000 = -180,000 = -12%
        assertEquals(cny("-180000"), kol.variance().variance());
        assertEquals(cny("1400000"), kol.withActual(cny("1400000")).actual());
    }

    @Test
    void negativeBudgetIsRejectedNamingTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BudgetLine.of("sem", "SEM", "online/sem", LineKind.COST, cny("-5.00"), cny("0")));
        assertEquals("budget must be >= 0, was CNY -5.00 (line \"sem\")", e.getMessage());
        IllegalArgumentException r = assertThrows(IllegalArgumentException.class,
                () -> BudgetLine.of("s", "Sales", "sales", LineKind.REVENUE, cny("-1"), cny("0")));
        assertEquals("budget must be >= 0, was CNY -1 (line \"s\")", r.getMessage());
    }

    @Test
    void negativeActualIsAllowed() {
        BudgetLine refunded = BudgetLine.of("sem", "SEM", "online/sem", LineKind.COST, cny("100"), cny("-30"));
        assertEquals(cny("-130"), refunded.variance().variance());
    }

    @Test
    void invalidFieldsAreRejected() {
        assertEquals("line id must be non-blank, was \" \"", assertThrows(IllegalArgumentException.class,
                () -> BudgetLine.of(" ", "x", "a", LineKind.COST, cny("1"), cny("1"))).getMessage());
        assertEquals("name must be non-blank, was \"\" (line \"a\")", assertThrows(IllegalArgumentException.class,
                () -> BudgetLine.of("a", "", "a", LineKind.COST, cny("1"), cny("1"))).getMessage());
        assertEquals("path must be non-empty segments separated by '/' with no leading or trailing '/', was \"a/\"",
                assertThrows(IllegalArgumentException.class,
                        () -> BudgetLine.of("a", "a", "a/", LineKind.COST, cny("1"), cny("1"))).getMessage());
        CurrencyMismatchException c = assertThrows(CurrencyMismatchException.class,
                () -> BudgetLine.of("a", "a", "a", LineKind.COST, cny("1"), Money.of("1", "USD")));
        assertEquals("currency mismatch: CNY and USD (budget and actual of line \"a\")", c.getMessage());
        BudgetLine ok = BudgetLine.of("a", "a", "a", LineKind.COST, cny("1"), cny("1"));
        assertEquals("tag key and value must be non-blank, was \"mix\"=\" \" (line \"a\")",
                assertThrows(IllegalArgumentException.class, () -> ok.withTag("mix", " ")).getMessage());
        assertThrows(NullPointerException.class, () -> ok.withTag(null, "x"));
    }
}
