package io.kpikit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFieldsTest {

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        CsvFields.split(line, 7, out);
        return out;
    }

    @Test
    void splitsPlainFieldsKeepingSpacesAndEmptyFields() {
        assertEquals(List.of("SEM > feed", " 3", "", "12.50"), split("SEM > feed, 3,,12.50"));
        assertEquals(List.of(""), split(""));
        assertEquals(List.of("a", ""), split("a,"));
    }

    @Test
    void quotedFieldsHoldCommasAndDoubledQuotes() {
        assertEquals(List.of("SEM, brand", "say \"hi\"", "3"), split("\"SEM, brand\",\"say \"\"hi\"\"\",3"));
        assertEquals(List.of("", "x"), split("\"\",x"));
    }

    @Test
    void badQuotingNamesTheLineNumberAndTheLine() {
        IllegalArgumentException open = assertThrows(IllegalArgumentException.class, () -> split("\"abc,1"));
        assertEquals("line 7: quoted field must be closed, was \"\"abc,1\"", open.getMessage());
        IllegalArgumentException after = assertThrows(IllegalArgumentException.class, () -> split("\"a\"b,1"));
        assertEquals("line 7: a quoted field must be followed by a comma, was \"\"a\"b,1\"", after.getMessage());
    }

    @Test
    void rowsSkipBlankLinesCountThemAndCheckTheFieldCount() throws java.io.IOException {
        // line 1 is the header (read by the caller); line 3 is blank, line 5 has 2 fields of 3
        CsvFields.Rows rows = new CsvFields.Rows(new java.io.BufferedReader(
                new java.io.StringReader("a,b,c\n\n  \nd,\"e,f\",g\nh,i\n")), 3);
        List<String> fields = new ArrayList<>(List.of("stale"));
        assertEquals(1, rows.lineNo());
        assertEquals(true, rows.next(fields));
        assertEquals(List.of("a", "b", "c"), fields);
        assertEquals(2, rows.lineNo());
        assertEquals(true, rows.next(fields));
        assertEquals(List.of("d", "e,f", "g"), fields);
        assertEquals(5, rows.lineNo());
        assertEquals("line 6: row must have 3 fields, was 2",
                assertThrows(IllegalArgumentException.class, () -> rows.next(fields)).getMessage());
        assertEquals(false, rows.next(fields));
        assertEquals("columns must be > 0, was 0", assertThrows(IllegalArgumentException.class,
                () -> new CsvFields.Rows(new java.io.BufferedReader(new java.io.StringReader("")), 0)).getMessage());
    }
}
