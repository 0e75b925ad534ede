package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.Money;
import java.io.StringReader;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathCsvTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    private static PathSet read(String csv) {
        return PathCsv.read(new StringReader(csv), CNY);
    }

    private static String error(String csv) {
        return assertThrows(IllegalArgumentException.class, () -> read(csv)).getMessage();
    }

    @Test
    void readsTheCommonExportFormat() {
        PathSet p = read("path,total_conversions,total_conversion_value,total_null\n"
                + "Search > Email,3,300.10,7\n"
                + "\n"
                + " Social  >  Search ,0.5,20.05,12\n");
        assertEquals(2, p.size());
        assertEquals(List.of("Search", "Email"), p.path(0));
        assertEquals(List.of("Social", "Search"), p.path(1));
        assertEquals(List.of("Search", "Email", "Social"), p.channels());
        assertEquals(3.5, p.totalConversions());
        assertEquals(19, p.totalNulls());
        assertEquals(Money.parse("CNY 320.15"), p.totalValue());
        assertEquals(0.5, p.conversions(1));
        assertEquals(12, p.nulls(1));
        assertFalse(p.hasTouchAges());
    }

    @Test
    void valueAndNullColumnsAreOptionalAndMayComeInAnyOrder() {
        PathSet p = read("total_conversions,path\n2,A > B\n");
        assertEquals(List.of("A", "B"), p.path(0));
        assertEquals(0, p.totalNulls());
        assertEquals(Money.parse("CNY 0.00"), p.totalValue());
        PathSet q = read("total_null,path,total_conversions\n4,A,1\n");
        assertEquals(4, q.nulls(0));
    }

    @Test
    void anySeparatorAndQuotedFields() {
        PathSet p = PathCsv.read(new StringReader("path,total_conversions\n\"a, b|c \"\"x\"\"\",1\n"), CNY, "|");
        assertEquals(List.of("a, b", "c \"x\""), p.path(0));
        assertEquals(List.of("a", "b"), PathCsv.read(new StringReader("path,total_conversions\na->b,1\n"), CNY, "->").path(0));
    }

    @Test
    void errorsNameTheLine() {
        String header = "path,total_conversions,total_conversion_value,total_null\n";
        assertEquals("line 3: path must not be empty, was \" \"", error(header + "A,1,1,0\n ,1,1,0\n"));
        // " > " is matched exactly: "A" | " " | "B", and the middle name is blank
        assertEquals("line 2: channel must not be blank, was \" \" in path \"A >   > B\" (path 0)",
                error(header + "A >   > B,1,1,0\n"));
        assertEquals("line 2: total_conversions must be a number, was \"x\"", error(header + "A,x,1,0\n"));
        assertEquals("line 2: total_conversions must be >= 0, was -1", error(header + "A,-1,1,0\n"));
        assertEquals("line 2: total_null must be a finite number, was \"NaN\"", error(header + "A,1,1,NaN\n"));
        assertEquals("line 2: total_conversion_value must be >= 0, was -5", error(header + "A,1,-5,0\n"));
        assertEquals("line 2: total_conversion_value must be a number, was \"1e\"", error(header + "A,1,1e,0\n"));
        assertEquals("line 2: value must be 0 on a path without conversions, was 5 (path 0)", error(header + "A,0,5,1\n"));
        assertEquals("line 2: row must have 4 fields, was 3", error(header + "A,1,1\n"));
        assertEquals("line 1: column must be one of path, total_conversions, total_conversion_value, total_null, was \"x\"",
                error("path,total_conversions,x\n"));
        assertEquals("line 1: header must have columns path and total_conversions, was \"path\"", error("path\n"));
        assertEquals("line 2: quoted field must be closed, was \"\"A,1\"", error("path,total_conversions\n\"A,1\n"));
        assertEquals("separator must not be empty, was \"\"",
                assertThrows(IllegalArgumentException.class,
                        () -> PathCsv.read(new StringReader(header), CNY, "")).getMessage());
    }

    @Test
    void anEmptyFileIsAnError() {
        assertEquals("line 1: header must name the columns path,total_conversions,total_conversion_value,total_null, was empty",
                error(""));
        assertEquals(0, read("path,total_conversions\n").size());
    }
}
