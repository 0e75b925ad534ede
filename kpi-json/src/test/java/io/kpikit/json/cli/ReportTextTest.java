package io.kpikit.json.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.json.review.ReviewDocuments;
import io.kpikit.review.ReviewReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text summary of reports with undefined figures, a currency without decimals and wide characters. */
class ReportTextTest {

    /** SEM: 1,000 JPY spent, 4,200 earned; 抖音: nothing spent, nothing earned, no new customers. */
    private static final String CHANNELS = "{\"organisation\": \"Acme\", \"period\": {\"label\": \"FY2024\", \"year\": 2024},"
            + " \"currency\": \"JPY\", \"channels\": ["
            + "{\"name\": \"SEM\", \"spend\": {\"amount\": 1000, \"currency\": \"JPY\"},"
            + " \"revenue\": {\"amount\": 4200, \"currency\": \"JPY\"}},"
            + "{\"name\": \"抖音\", \"spend\": {\"amount\": 0, \"currency\": \"JPY\"},"
            + " \"revenue\": {\"amount\": 0, \"currency\": \"JPY\"}, \"newCustomers\": 0}]}";

    private static String text(String json) throws IOException {
        ReviewReport report = ReviewReport.of(ReviewDocuments.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Path.of(".")));
        return ReportText.format(report);
    }

    @Test
    void undefinedFiguresAreNaAndTheWarningsSayWhyOnce() throws IOException {
        String text = text(CHANNELS);
        // JPY has no minor unit: amounts without decimals; SEM ROAS 4,200 / 1,000 = 1:4.2, ROI 3,200 / 1,000
        assertTrue(text.contains("\n  SEM            1,000          4,200  1:4.2  320.0%       100.0%         100.0%  "), text);
        // 抖音: ROAS and ROI are 0/0, CAC 0 / 0 customers; shares are 0 / 1,000 and 0 / 4,200
        assertTrue(text.contains("\n  抖音               0              0    n/a     n/a         0.0%           0.0%"
                + "              0        n/a\n"), text);
        // the core warned about ROAS and CAC; ROI's reason is added under "Also undefined", once
        assertTrue(text.endsWith("\nWarnings (2)\n"
                + "  roi / 抖音: roas is undefined: cost is 0\n"
                + "  roi / 抖音: cac is undefined: new customers is zero: CAC of JPY 0 spend is undefined\n"
                + "\nAlso undefined (the reasons of the other n/a figures)\n"
                + "  roi / 抖音: roi is undefined: cost is 0\n"), text);
    }

    @Test
    void tablesStayAlignedWithWideCharacters() throws IOException {
        List<List<String>> tables = ReviewCommandTest.tables(text(CHANNELS));
        assertEquals(1, tables.size());
        int width = Table.width(tables.get(0).get(0));
        for (String line : tables.get(0)) {
            assertEquals(width, Table.width(line), line);
        }
    }

    @Test
    void aZeroBudgetLeavesTheRatesUndefinedAndTheStatusUnplanned() throws IOException {
        String json = "{\"organisation\": \"Acme\", \"period\": {\"label\": \"FY2024\", \"year\": 2024}, \"currency\": \"CNY\","
                + " \"budget\": {\"lines\": [{\"path\": \"events\", \"kind\": \"COST\","
                + " \"budget\": {\"amount\": 0, \"currency\": \"CNY\"}, \"actual\": {\"amount\": 5, \"currency\": \"CNY\"}}]}}";
        String text = text(json);
        // variance 5 - 0 = 5.00; variance % and execution are x/0
        assertTrue(text.lines().anyMatch(l -> l.matches("  total +0\\.00 +5\\.00 +5\\.00 +n/a +n/a +unfavourable"
                + " +unplanned +")), text);
        assertTrue(text.contains("\n  budget / events: budget is zero: variance % and execution rate are undefined,"
                + " status UNPLANNED\n"), text);
    }

    @Test
    void namesWithControlCharactersCannotBreakTheLayout() throws IOException {
        String text = text("{\"organisation\": \"Acme\\u001b[2J\\nCorp\", \"period\": {\"label\": \"FY\\r2024\", \"year\": 2024},"
                + " \"currency\": \"CNY\"}");
        assertTrue(text.startsWith("Annual review: Acme\\u001B[2J\\u000ACorp\nPeriod:        FY\\u000D2024 (2024-01-01"), text);
        assertTrue(!text.contains("\u001b") && !text.contains("\r"), text);
    }
}
