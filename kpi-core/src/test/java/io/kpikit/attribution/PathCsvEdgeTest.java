package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.Money;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV edge cases of the path reader: byte order mark, quoting at the ends, number forms and limits. */
class PathCsvEdgeTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final String HEADER = "path,total_conversions,total_conversion_value,total_null\n";

    private static PathSet read(String csv) {
        return PathCsv.read(new StringReader(csv), CNY);
    }

    private static String error(String csv) {
        return assertThrows(IllegalArgumentException.class, () -> read(csv)).getMessage();
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsIgnored() {
        assertEquals(List.of("A", "B"), read("\uFEFF" + HEADER + "A > B,1,10,0\n").path(0));
    }

    @Test
    void quotedFieldsAtTheEndOfALineAndEmptyFieldsAtTheStart() {
        assertEquals(List.of("A", "B"), read("total_conversions,path\n1,\"A > B\"\n").path(0));
        assertEquals("line 2: a quoted field must be followed by a comma, was \"\"A\"x,1\"",
                error("path,total_conversions\n\"A\"x,1\n"));
        assertEquals("line 2: total_null must be a number, was \"\"", error("total_null,path,total_conversions\n,A,1\n"));
    }

    @Test
    void aValueColumnMayComeFirst() {
        assertEquals(Money.of("10", "CNY"), read("total_conversion_value,path,total_conversions\n10,A,1\n").totalValue());
    }

    @Test
    void javaNumberSuffixesAreNotNumbers() {
        for (String s : new String[] {"1d", "1D", "1f", "1F", "Infinity"}) {
            assertEquals("line 2: total_conversions must be a finite number, was \"" + s + "\"",
                    error(HEADER + "A," + s + ",10,0\n"), s);
        }
    }

    @Test
    void valuesUpToFortyDigitsAndSixtyFourPlacesAreRead() {
        String forty = "1" + "0".repeat(39);
        assertEquals(new BigDecimal(forty), read(HEADER + "A,1," + forty + ",0\n").totalValue().amount()
                .setScale(0, java.math.RoundingMode.UNNECESSARY));
        String limits = "line 2: total_conversion_value must have at most 40 digits and 64 decimal places, was \"";
        assertEquals(limits + forty + "0\"", error(HEADER + "A,1," + forty + "0,0\n"));
        assertEquals(limits + "1E+65\"", error(HEADER + "A,1,1E+65,0\n"));
        String places = "0." + "0".repeat(63) + "1";
        assertEquals(limits + places + "0\"", error(HEADER + "A,1," + places + "0,0\n"));
        // a value of zero on a converting path is fine
        assertEquals(Money.of("0", "CNY"), read(HEADER + "A,1,0,0\n").totalValue());
    }

    @Test
    void readsAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("paths.csv");
        Files.writeString(file, HEADER + "A|B,1,10,0\n", StandardCharsets.UTF_8);
        assertEquals(List.of("A", "B"), PathCsv.read(file, CNY, "|").path(0));
    }
}
