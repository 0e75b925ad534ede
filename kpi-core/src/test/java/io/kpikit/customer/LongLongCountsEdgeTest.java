package io.kpikit.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** The per-customer order table: counts up to Long.MAX_VALUE and a serial form that rejects corrupt data. */
class LongLongCountsEdgeTest {

    @Test
    void aCountMayReachLongMaxButNotPassIt() {
        LongLongCounts c = new LongLongCounts();
        c.add(42, Long.MAX_VALUE - 1);
        assertEquals(Long.MAX_VALUE - 1, c.add(42, 1));
        assertEquals(Long.MAX_VALUE, c.get(42));
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> c.add(42, 1));
        assertEquals("count of key 42 must fit a long, overflowed adding 1 to " + Long.MAX_VALUE, e.getMessage());
    }

    @Test
    void keepsEveryKeyAcrossGrowth() {
        LongLongCounts c = new LongLongCounts();
        for (long k = 0; k < 1000; k++) {
            c.add(k * 7919, k + 1);
        }
        assertEquals(1000, c.size());
        for (long k = 0; k < 1000; k++) {
            assertEquals(k + 1, c.get(k * 7919));
        }
        assertEquals(0, c.get(-1));
    }

    @Test
    void roundTripsThroughSerialisationIncludingEmpty() throws Exception {
        assertEquals(0, read(write(new LongLongCounts())).size());
        LongLongCounts c = new LongLongCounts();
        c.add(7, 3);
        c.add(-9, 1);
        LongLongCounts back = read(write(c));
        assertEquals(2, back.size());
        assertEquals(3, back.get(7));
        assertEquals(1, back.get(-9));
    }

    @Test
    void rejectsANegativeSizeInTheStream() throws Exception {
        LongLongCounts c = new LongLongCounts();
        c.add(7, 3);
        byte[] corrupt = replace(write(c), entry(1, 7, 3), entry(-1, 7, 3));
        InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> read(corrupt));
        assertEquals("size must be in [0, 536870912], was -1", e.getMessage());
    }

    @Test
    void rejectsANonPositiveCountInTheStream() throws Exception {
        LongLongCounts c = new LongLongCounts();
        c.add(7, 3);
        for (long bad : new long[] {0, -3}) {
            byte[] corrupt = replace(write(c), entry(1, 7, 3), entry(1, 7, bad));
            InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> read(corrupt));
            assertEquals("count must be > 0, was " + bad + " (key 7)", e.getMessage());
        }
    }

    /** The serial form of a table with one entry: its size, then key and count. */
    private static byte[] entry(int size, long key, long count) {
        return ByteBuffer.allocate(20).putInt(size).putLong(key).putLong(count).array();
    }

    private static byte[] replace(byte[] data, byte[] from, byte[] to) {
        int at = -1;
        for (int i = 0; i + from.length <= data.length && at < 0; i++) {
            boolean match = true;
            for (int j = 0; j < from.length && match; j++) {
                match = data[i + j] == from[j];
            }
            if (match) {
                at = i;
            }
        }
        if (at < 0) {
            throw new AssertionError("pattern not found in the serial form");
        }
        byte[] out = data.clone();
        System.arraycopy(to, 0, out, at, to.length);
        return out;
    }

    private static byte[] write(LongLongCounts c) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(c);
        }
        return bytes.toByteArray();
    }

    private static LongLongCounts read(byte[] data) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
            return (LongLongCounts) in.readObject();
        }
    }
}
