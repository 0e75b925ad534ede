package io.kpikit.json.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void padsEachColumnToItsWidestCellLeftOrRight() {
        Table t = new Table().left("channel").right("spend").row("SEM", "1,600,000.00").row("short video", "880.00");
        assertEquals(""
                + "  channel             spend\n"
                + "  -----------  ------------\n"
                + "  SEM          1,600,000.00\n"
                + "  short video        880.00\n", t.render("  "));
    }

    @Test
    void aRuleIsDashesUnderEveryColumnAndNullCellsAreEmpty() {
        Table t = new Table().left("a").right("bb").row("x", "1").rule().row("total", null);
        assertEquals(""
                + "a      bb\n"
                + "-----  --\n"
                + "x       1\n"
                + "-----  --\n"
                + "total    \n", t.render(""));
    }

    @Test
    void wideCharactersCountTwoColumnsAndCombiningMarksNone() {
        assertEquals(4, Table.width("抖音"));
        assertEquals(3, Table.width("e\u0301te"));
        assertEquals(4, Table.width("ＡＢ"));
        Table t = new Table().left("channel").right("n").row("抖音", "1").row("SEM", "22");
        String[] lines = t.render("").split("\n");
        // "抖音" takes 4 columns, padded with 3 spaces to the width of "channel", then the gap and " 1"
        assertEquals("抖音" + " ".repeat(3 + 2 + 1) + "1", lines[2]);
        for (String line : lines) {
            assertEquals(11, Table.width(line), line);
        }
    }

    @Test
    void controlCharactersAreEscapedSoACellStaysOnOneLine() {
        assertEquals("a\\u000Ab\\u001B[2J\\u202Ec", Table.clean("a\nb\u001b[2J\u202ec"));
        assertEquals("plain", Table.clean("plain"));
        String out = new Table().left("name").row("two\nlines").render("");
        assertEquals(3, out.lines().count(), out);
        assertTrue(out.contains("two\\u000Alines"), out);
    }

    @Test
    void rejectsARowOfTheWrongLengthAndColumnsAfterRows() {
        Table t = new Table().left("a").right("b");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.row("only one"));
        assertEquals("a row must have 2 cells, was 1", e.getMessage());
        t.row("x", "y");
        assertThrows(IllegalStateException.class, () -> t.right("c"));
        assertTrue(!t.isEmpty());
        assertTrue(new Table().left("a").rule().isEmpty());
    }
}
