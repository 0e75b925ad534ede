package io.kpikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

/**
 * Checks the equals/hashCode contract of a value type against hand-built values.
 *
 * <p>A value equals itself and an independently built equal value (both ways, with the same
 * hash), never equals {@code null} or an object of another class, and differs from each
 * variant, both ways. Each variant should differ from the value in exactly one field, so
 * that an {@code equals} that forgot a field is caught. Variants are also expected to hash
 * differently: the contract allows collisions, but a hash that ignores a field puts every
 * value differing only in that field into one bucket, so the variants are chosen (and
 * checked) to spread.
 */
public final class ValueContract {

    private ValueContract() {
    }

    /**
     * Asserts the equals/hashCode contract.
     *
     * @param value a value
     * @param equalCopy a different instance, built independently, that must equal {@code value}
     * @param variants values that must not equal {@code value}, each differing in one field
     */
    public static void assertValueSemantics(Object value, Object equalCopy, Object... variants) {
        assertNotSame(value, equalCopy, "the copy must be a separate instance");
        assertEquals(value, value);
        assertEquals(value, equalCopy);
        assertEquals(equalCopy, value);
        assertEquals(value.hashCode(), equalCopy.hashCode(), "equal values must hash alike");
        assertFalse(value.equals(null), "a value never equals null");
        assertNotEquals(value, new Object());
        for (Object variant : variants) {
            assertNotEquals(value, variant, "expected to differ: " + variant);
            assertNotEquals(variant, value, "expected to differ: " + variant);
            assertNotEquals(value.hashCode(), variant.hashCode(), "expected a different hash: " + variant);
        }
    }
}
