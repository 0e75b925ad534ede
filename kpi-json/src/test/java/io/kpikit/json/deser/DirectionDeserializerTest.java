package io.kpikit.json.deser;

import static io.kpikit.json.JsonTesting.read;
import static io.kpikit.json.JsonTesting.rejects;
import static io.kpikit.json.JsonTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kpikit.core.Direction;
import io.kpikit.json.KpiModule;
import org.junit.jupiter.api.Test;

class DirectionDeserializerTest {

    @Test
    void writesAndReadsTheConstantName() throws Exception {
        assertEquals("\"LOWER_IS_BETTER\"", write(Direction.LOWER_IS_BETTER));
        assertEquals(Direction.HIGHER_IS_BETTER, read("'HIGHER_IS_BETTER'", Direction.class));
        // the name is written even where the mapper would write enum indexes
        JsonMapper byIndex = JsonMapper.builder().enable(SerializationFeature.WRITE_ENUMS_USING_INDEX)
                .addModule(new KpiModule()).build();
        assertEquals("\"LOWER_IS_BETTER\"", byIndex.writeValueAsString(Direction.LOWER_IS_BETTER));
    }

    @Test
    void rejectsIndexesOtherCasesAndUnknownNames() {
        rejects("0", Direction.class, "", "Direction must be a JSON string, one of [HIGHER_IS_BETTER, LOWER_IS_BETTER], was a number");
        rejects("'higher_is_better'", Direction.class, "",
                "Direction must be one of [HIGHER_IS_BETTER, LOWER_IS_BETTER], was \"higher_is_better\"");
        rejects("''", Direction.class, "", "was \"\"");
    }
}
