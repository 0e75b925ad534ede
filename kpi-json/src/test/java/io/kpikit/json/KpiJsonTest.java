package io.kpikit.json;

import static io.kpikit.json.JsonTesting.MAPPER;
import static io.kpikit.json.JsonTesting.json;
import static io.kpikit.json.JsonTesting.read;
import static io.kpikit.json.JsonTesting.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import io.kpikit.core.Money;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KpiJsonTest {

    /** A document fragment: budget lines as amounts. */
    record Lines(List<Money> lines) {
    }

    /** A nested document, as the review document will be. */
    record Review(Lines budget) {
    }

    @Test
    void theLiteralNullIsRejectedRatherThanReturnedAsANullReference() {
        rejects("null", Money.class, "", "document must be a Money, was null");
        rejects("  null  ", Review.class, "", "document must be a Review, was null");
        // a null inside a document is the field's business, not the reader's
        assertNull(read("{'budget':null}", Review.class).budget());
    }

    @Test
    void readsMoneyInsideRecordsKeepingTheScale() {
        Review r = read("{'budget':{'lines':[{'amount':9500000.00,'currency':'CNY'},{'amount':12.30,'currency':'CNY'}]}}",
                Review.class);
        assertEquals("9500000.00", r.budget().lines().get(0).amount().toPlainString());
        assertEquals("12.30", r.budget().lines().get(1).amount().toPlainString());
    }

    @Test
    void pointsAtTheListElementWithAnUnknownCurrency() {
        JacksonException e = rejects("{'lines':[{'amount':1,'currency':'CNY'},{'amount':1,'currency':'XXY'}]}",
                Lines.class, "/lines/1", "invalid Money: currency must be an ISO 4217 code, was \"XXY\"");
        assertTrue(KpiJson.describe(e).startsWith("/lines/1: invalid Money: currency must be an ISO 4217 code"),
                KpiJson.describe(e));
        assertTrue(KpiJson.describe(e).endsWith("(line 1, column 69)"), KpiJson.describe(e));
    }

    @Test
    void pointsThroughNestedObjectsArraysAndFields() {
        String lines = "{'amount':1,'currency':'CNY'},".repeat(3);
        rejects("{'budget':{'lines':[" + lines + "{'amount':'2','currency':'CNY'}]}}", Review.class,
                "/budget/lines/3/amount", "Money.amount must be a JSON number, was a string");
        rejects("{'budget':{'lines':[" + lines + "{'amount':2,'currency':'CNY','memo':'x'}]}}", Review.class,
                "/budget/lines/3/memo", "Unrecognized field \"memo\"");
        rejects("{'budget':{'lines':[],'total':1}}", Review.class, "/budget/total", "Unrecognized field \"total\"");
    }

    @Test
    void escapesMapKeysInThePointerAsRfc6901Says() throws Exception {
        String text = json("{'kol/a~b':{'amount':1,'currency':'XXY'}}");
        JacksonException e = assertThrows(JacksonException.class,
                () -> MAPPER.readValue(text, new TypeReference<Map<String, Money>>() { }));
        assertEquals("/kol~1a~0b", KpiJson.pointer(e));
    }

    @Test
    void rejectsADuplicateKeyAtTheKey() {
        rejects("{'lines':[{'amount':1,'currency':'CNY','amount':2}]}", Lines.class, "/lines/0/amount",
                "Duplicate field 'amount'");
    }

    @Test
    void rejectsNaNAndInfinityLiterals() {
        rejects("{'lines':[{'amount':NaN,'currency':'CNY'}]}", Lines.class, "/lines/0/amount", "Non-standard token 'NaN'");
        rejects("{'lines':[{'amount':-Infinity,'currency':'CNY'}]}", Lines.class, "/lines/0/amount",
                "Non-standard token '-Infinity'");
    }

    @Test
    void rejectsAnAbsurdExponent() {
        rejects("{'lines':[{'amount':1e999999999,'currency':'CNY'}]}", Lines.class, "/lines/0/amount",
                "Money.amount must have an exponent within ±9999, was 1E+999999999");
    }

    @Test
    void rejectsNestingDeeperThan64() {
        String deep = "[".repeat(100) + "]".repeat(100);
        JacksonException e = rejects(json(deep), Object.class, "/0".repeat(KpiJson.MAX_NESTING_DEPTH));
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertInstanceOf(StreamConstraintsException.class, root);
        assertTrue(e.getOriginalMessage().contains("nesting depth (65) exceeds the maximum allowed (64"),
                e.getOriginalMessage());
        // 64 levels are fine
        assertEquals(List.of(List.of()), JsonTesting.readRaw("[".repeat(2) + "]".repeat(2), Object.class));
        JsonTesting.readRaw("[".repeat(64) + "]".repeat(64), Object.class);
        // inside a document the pointer leads to the array that went too deep
        rejects("{'budget':{'lines':[" + deep.substring(3) + "]}}", Review.class, "/budget/lines/0",
                "Money must be a JSON object, was an array");
    }

    @Test
    void rejectsANumberLongerThanTheLimit() {
        String digits = "1".repeat(KpiJson.MAX_NUMBER_LENGTH + 1);
        rejects("{'lines':[{'amount':" + digits + ",'currency':'CNY'}]}", Lines.class, "/lines/0/amount",
                "Number value length (257) exceeds the maximum allowed (256");
        rejects("{'lines':[{'amount':0." + digits + ",'currency':'CNY'}]}", Lines.class, "/lines/0/amount",
                "exceeds the maximum allowed (256");
    }

    @Test
    void rejectsATenMegabyteString() {
        String huge = "x".repeat(10 << 20);
        rejects("{'lines':[{'amount':1,'currency':'" + huge + "'}]}", Lines.class, "/lines/0/currency",
                "String value length");
    }

    @Test
    void rejectsTrailingContentAndAnEmptyDocument() {
        rejects("{'lines':[]} {}", Lines.class, "", "Trailing token");
        rejects("", Lines.class, "", "No content to map");
    }

    @Test
    void readsFromAStreamWithTheSameRules() throws Exception {
        byte[] bytes = json("{'lines':[{'amount':1.50,'currency':'CNY'}]}").getBytes(StandardCharsets.UTF_8);
        Lines lines = KpiJson.read(MAPPER, new ByteArrayInputStream(bytes), Lines.class);
        assertEquals("1.50", lines.lines().get(0).amount().toPlainString());
        byte[] deep = ("[".repeat(65) + "]".repeat(65)).getBytes(StandardCharsets.UTF_8);
        JacksonException e = assertThrows(JacksonException.class,
                () -> KpiJson.read(MAPPER, new ByteArrayInputStream(deep), Object.class));
        assertEquals("/0".repeat(64), KpiJson.pointer(e));
    }

    /** A stream that records whether it was closed. */
    static final class CloseRecorder extends ByteArrayInputStream {

        boolean closed;

        CloseRecorder(String json) {
            super(json.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void leavesTheCallersStreamOpenAfterAValueAndAfterAnError() throws Exception {
        // the javadoc promises the stream is not closed: the caller opened it, the caller closes it
        CloseRecorder ok = new CloseRecorder(json("{'lines':[{'amount':1.50,'currency':'CNY'}]}"));
        assertEquals(1, KpiJson.read(MAPPER, ok, Lines.class).lines().size());
        assertFalse(ok.closed, "closed after a value");
        CloseRecorder bad = new CloseRecorder(json("{'lines':[{'amount':1.50,'currency':'XXY'}]}"));
        assertThrows(JacksonException.class, () -> KpiJson.read(MAPPER, bad, Lines.class));
        assertFalse(bad.closed, "closed after an error");
    }

    @Test
    void configuresTheDocumentedLimitsAndFeatures() {
        StreamReadConstraints c = MAPPER.getFactory().streamReadConstraints();
        assertEquals(64, c.getMaxNestingDepth());
        assertEquals(256, c.getMaxNumberLength());
        assertEquals(1 << 20, c.getMaxStringLength());
        assertEquals(64L << 20, c.getMaxDocumentLength());
        assertTrue(MAPPER.isEnabled(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS));
        assertTrue(MAPPER.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        assertTrue(MAPPER.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
        assertTrue(MAPPER.getRegisteredModuleIds().contains(KpiModule.class.getName()));
    }

    @Test
    void hasNoDefaultTypingSoClassNamesInTheInputAreJustStrings() throws Exception {
        assertNull(MAPPER.getDeserializationConfig().getDefaultTyper(MAPPER.constructType(Object.class)));
        Object read = JsonTesting.read("['java.lang.ProcessBuilder',['touch','/tmp/pwned']]", Object.class);
        assertEquals(List.of("java.lang.ProcessBuilder", List.of("touch", "/tmp/pwned")), read);
    }

    @Test
    void neverTruncatesAFractionIntoAnIntegerNorCoercesStrings() {
        record Count(long visits) {
        }
        rejects("{'visits':1.5}", Count.class, "/visits", "Cannot coerce Floating-point value (1.5)");
        rejects("{'visits':'15'}", Count.class, "/visits", "Cannot coerce String value (\"15\")");
        rejects("{'visits':null}", Count.class, "/visits", "Cannot map `null` into type `long`");
    }

    @Test
    void describesTheDocumentItselfWhenThereIsNoPointer() {
        JacksonException e = rejects(json("{'amount':1}"), Money.class, "");
        assertTrue(KpiJson.describe(e).startsWith("(document): Money is missing the required field \"currency\""),
                KpiJson.describe(e));
    }
}
