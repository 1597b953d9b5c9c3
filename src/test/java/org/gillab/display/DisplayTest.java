package org.gillab.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DisplayTest {
    private record Shown(MimeBundle bundle, String displayId, boolean update) {}

    private final List<Shown> shown = new ArrayList<>();
    private final DisplaySink sink = new DisplaySink() {
        @Override
        public void show(MimeBundle bundle, String displayId) {
            shown.add(new Shown(bundle, displayId, false));
        }

        @Override
        public void update(MimeBundle bundle, String displayId) {
            shown.add(new Shown(bundle, displayId, true));
        }
    };
    private Supplier<DisplaySink> previous;

    @BeforeEach
    void installSink() {
        previous = Display.installSinkLookup(() -> sink);
    }

    @AfterEach
    void restoreSink() {
        Display.installSinkLookup(previous);
    }

    record Run(String label, int workers, double seconds) {}

    /** A bean: private fields behind public getters. */
    public static final class Settings {
        public int getWorkers() {
            return 4;
        }

        public boolean isFreeThreaded() {
            return true;
        }

        public java.time.Duration getSwitchInterval() {
            return java.time.Duration.ofMillis(5);
        }
    }

    @Test
    void displayReturnsAHandleWhoseUpdateReplacesTheSameOutput() {
        DisplayHandle handle = Display.display("first");
        handle.update("second");
        Display.updateDisplay(handle, "third");
        Display.updateDisplay(handle.id(), "fourth");
        assertEquals(List.of(false, true, true, true), shown.stream().map(Shown::update).toList());
        assertEquals(List.of(handle.id()), shown.stream().map(Shown::displayId).distinct().toList());
        assertEquals(List.of("first", "second", "third", "fourth"), shown.stream().map(s -> s.bundle().plainText()).toList());
        assertNotEquals(handle.id(), Display.display("another").id(), "every display has its own id");
    }

    @Test
    void theHelpersMakeValuesAndShowNothingUntilDisplayed() {
        List<MimeBundle> values = List.of(Display.html("<i>x</i>"), Display.markdown("# T"), Display.svg("<svg/>"),
                Display.png(new byte[] {1, 2}), Display.json(Map.of("a", 1)), Display.latex("$x^2$"));
        assertTrue(shown.isEmpty(), "a helper alone shows nothing, as IPython's HTML(...) does not");
        assertEquals(List.of("text/html", "text/markdown", "image/svg+xml", "image/png", "application/json", "text/latex"),
                values.stream().map(v -> List.copyOf(v.data().keySet()).get(1)).toList());
        assertTrue(values.stream().allMatch(v -> v.data().containsKey(MimeBundle.TEXT)));
        assertEquals(Base64.getEncoder().encodeToString(new byte[] {1, 2}), values.get(3).data().get("image/png"));

        Display.display(values.get(0));
        assertEquals("<i>x</i>", shown.get(0).bundle().data().get("text/html"));
    }

    @Test
    void selectedTypesKeepTextAndAcceptAnyTypeForStrings() {
        Display.display("{\"x\": 1}", "application/vnd.custom+json");
        assertEquals(List.of("text/plain", "application/vnd.custom+json"), List.copyOf(shown.get(0).bundle().data().keySet()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Display.display(42, "text/html"));
        assertTrue(e.getMessage().contains("Renderers.register"));
        e = assertThrows(IllegalArgumentException.class, () -> Display.display("a", "b"));
        assertTrue(e.getMessage().startsWith("'b' is not a MIME type"), e.getMessage());
    }

    @Test
    void mapsListsRecordsAndBeansShowTheirJsonForm() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("workers", new int[] {1, 2});
        nested.put("runs", List.of(new Run("2 threads", 2, 1.5)));
        nested.put("mode", java.time.DayOfWeek.MONDAY);
        Display.display(nested, "application/json");
        assertEquals(Map.of("workers", List.of(1, 2), "runs", List.of(Map.of("label", "2 threads", "workers", 2, "seconds", 1.5)),
                "mode", "MONDAY"), shown.get(0).bundle().data().get("application/json"));
        assertEquals(String.valueOf(nested), shown.get(0).bundle().plainText(), "text/plain stays the value's text");

        Display.display(new Settings(), "application/json");
        assertEquals(Map.of("freeThreaded", true, "switchInterval", "PT0.005S", "workers", 4),
                shown.get(1).bundle().data().get("application/json"));
        assertEquals(List.of("a", "b"), Display.json(new String[] {"a", "b"}).data().get("application/json"));
    }

    @Test
    void aValueWithoutAJsonFormIsAClearError() {
        Object opaque = new Object() {};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Display.display(Map.of("x", opaque), "application/json"));
        assertTrue(e.getMessage().contains("has no JSON form") && e.getMessage().contains("record or a bean"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Display.json(Thread.currentThread()));
        assertTrue(e.getMessage().contains("a java.lang.Thread has no JSON form"), e.getMessage());
        List<Object> itself = new ArrayList<>();
        itself.add(itself);
        e = assertThrows(IllegalArgumentException.class, () -> Display.json(itself));
        assertTrue(e.getMessage().contains("contain itself"), e.getMessage());
        assertTrue(shown.isEmpty());
    }
}
