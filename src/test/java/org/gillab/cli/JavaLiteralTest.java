package org.gillab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JavaLiteralTest {
    private static String literal(String type, Object given) {
        return JavaLiteral.of(type, given).source();
    }

    private static String error(String type, Object given) {
        return assertThrows(IllegalArgumentException.class, () -> JavaLiteral.of(type, given)).getMessage();
    }

    @Test
    void textAndJsonValuesBecomeLiteralsOfTheDeclaredType() {
        assertEquals("3", literal("int", "3"));
        assertEquals("3", literal("int", 3));
        assertEquals("2000000L", literal("long", "2_000_000"));
        assertEquals("2000000L", literal("long", 2_000_000));
        assertEquals("0.5", literal("double", "0.5"));
        assertEquals("5.0", literal("double", 5));
        assertEquals("1.0E7", literal("double", "1e7"));
        assertEquals("true", literal("boolean", "True"));
        assertEquals("false", literal("boolean", false));
        assertEquals("{1, 2, 4}", literal("int[]", "[1, 2, 4]"));
        assertEquals("{1, 2, 4}", literal("int[]", "1,2,4"));
        assertEquals("{1, 2, 4}", literal("int[]", List.of(1, 2, 4)));
        assertEquals("{0.5, 5.0}", literal("double[]", List.of(0.5, 5)));
        assertEquals("{}", literal("int[]", "[]"));
        assertEquals(List.of(1, 2), JavaLiteral.of("int[]", "1, 2").value());
        assertEquals(3L, JavaLiteral.of("long", "3").value());
    }

    @Test
    void stringsAreEscapedSoTheLiteralReadsBackAsTheSameText() {
        assertEquals("\"plain\"", literal("String", "plain"));
        assertEquals("\"say \\\"hi\\\" \\\\ \\n\\t\\001 ✓\"", literal("String", "say \"hi\" \\ \n\t\u0001 ✓"));
        assertEquals("\"3\"", literal("String", 3));
    }

    @Test
    void aValueNotOfTheTypeIsAClearError() {
        assertEquals("'three' is not a whole number", error("int", "three"));
        assertEquals("'2.5' is not a whole number", error("int", 2.5));
        assertTrue(error("int", "3000000000").contains("out of an int's range"));
        assertEquals("'fast' is not a number", error("double", "fast"));
        assertEquals("'NaN' is not a number", error("double", "NaN"));
        assertEquals("'yes' is not a boolean: give true or false", error("boolean", "yes"));
        assertEquals("'x' is not a whole number", error("int[]", "[1, x]"));
        assertEquals("[1, 2] is a list, not an int", error("int", List.of(1, 2)));
        assertTrue(error("Duration", "5").contains("this one is a Duration"));
        assertTrue(error("var", "5").contains("declared with var"));
        assertEquals("no value given", error("int", null));
    }
}
