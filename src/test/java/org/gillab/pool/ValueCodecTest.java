package org.gillab.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gillab.model.Tuple;
import org.junit.jupiter.api.Test;

class ValueCodecTest {

    private static Object roundTrip(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ValueCodec.write(new DataOutputStream(bytes), value);
        return ValueCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    @Test
    void everyPythonValueComesBackEqualAndOfTheSameKind() throws IOException {
        Map<Object, Object> dict = new LinkedHashMap<>();
        dict.put("b", 2L);
        dict.put("a", Tuple.of(1L, null));
        dict.put(3L, List.of("x"));
        List<Object> values = Arrays.asList(null, true, false, 0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE,
                new BigInteger("123456789012345678901234567890"), new BigInteger("-99999999999999999999999"),
                0.0, -0.0, 1.5, Double.MAX_VALUE, Double.POSITIVE_INFINITY, "", "héllo ☃ \n 𝄞",
                "x".repeat(100_000), List.of(), Tuple.of(), Tuple.of(1L), List.of(List.of(1L), Tuple.of("a", 2.0)), dict,
                new SentSet(List.of(1L, "a", Tuple.of(2L)), false), new SentSet(List.of(), true),
                new SentSet(List.of(new SentSet(List.of(3L), true)), false));
        for (Object value : values) {
            Object back = roundTrip(value);
            assertEquals(value, back);
            if (value != null) {
                assertEquals(value instanceof Tuple, back instanceof Tuple, "tuple kept apart from list: " + value);
            }
        }
    }

    @Test
    void floatsKeepEveryBit() throws IOException {
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits((Double) roundTrip(-0.0)));
        assertTrue(((Double) roundTrip(Double.NaN)).isNaN());
    }

    @Test
    void dictKeepsItsOrder() throws IOException {
        Map<Object, Object> dict = new LinkedHashMap<>();
        for (long i = 10; i > 0; i--) {
            dict.put("k" + i, i);
        }
        assertEquals(List.copyOf(dict.keySet()), List.copyOf(((Map<?, ?>) roundTrip(dict)).keySet()));
    }

    @Test
    void javaNarrowNumbersTravelAsPythonIntAndFloat() throws IOException {
        assertEquals(List.of(1L, 2L, 3L), roundTrip(List.of(1, (short) 2, (byte) 3)));
        assertInstanceOf(Double.class, roundTrip(1.5f));
    }

    @Test
    void aValueThatCannotTravelIsRefusedNamingItsType() {
        var error = assertThrows(UnsendableValueException.class, () -> roundTrip(List.of(1L, new Thread())));
        assertTrue(error.getMessage().contains("java.lang.Thread"), error.getMessage());
    }

    @Test
    void messagesSurviveTheChannel() throws IOException {
        ByteArrayOutputStream pipe = new ByteArrayOutputStream();
        Channel writer = new Channel(new ByteArrayInputStream(new byte[0]), pipe);
        List<Message> sent = List.of(new Message.Ready(42),
                new Message.RunTask(7, 1, "countdown", List.of(25_000_000L, Tuple.of("a"))),
                new Message.TaskFailed(7, "ZeroDivisionError", "division by zero", "Traceback ...",
                        new ReducedValue(new FunctionRef("builtins", "ZeroDivisionError"), List.of("division by zero"),
                                null, null, null)));
        for (Message m : sent) {
            writer.send(m);
        }
        Channel reader = new Channel(new ByteArrayInputStream(pipe.toByteArray()), new ByteArrayOutputStream());
        for (Message m : sent) {
            assertEquals(m, reader.receive());
        }
        assertEquals(null, reader.receive(), "clean end of stream");
    }

    @Test
    void noiseOnThePipeIsACorruptFrameNotAMisreadMessage() {
        Channel reader = new Channel(new ByteArrayInputStream("OpenJDK warning\n".getBytes()), new ByteArrayOutputStream());
        var error = assertThrows(IOException.class, reader::receive);
        assertTrue(error.getMessage().contains("corrupt frame"), error.getMessage());
    }
}
