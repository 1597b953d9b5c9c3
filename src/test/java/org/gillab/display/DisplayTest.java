package org.gillab.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Base64;
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

    @Test
    void displayAndUpdateShareTheId() {
        String id = Display.display("first");
        Display.updateDisplay(id, "second");
        assertEquals(2, shown.size());
        assertEquals(id, shown.get(1).displayId());
        assertTrue(shown.get(1).update());
        assertEquals("second", shown.get(1).bundle().plainText());
    }

    @Test
    void everyHelperCarriesPlainTextAndItsType() {
        Display.html("<i>x</i>");
        Display.markdown("# T");
        Display.svg("<svg/>");
        Display.png(new byte[] {1, 2});
        Display.json(Map.of("a", 1));
        assertEquals(List.of("text/html", "text/markdown", "image/svg+xml", "image/png", "application/json"),
                shown.stream().map(s -> List.copyOf(s.bundle().data().keySet()).get(1)).toList());
        assertTrue(shown.stream().allMatch(s -> s.bundle().data().containsKey(MimeBundle.TEXT)));
        assertEquals(Base64.getEncoder().encodeToString(new byte[] {1, 2}), shown.get(3).bundle().data().get("image/png"));
    }

    @Test
    void selectedTypesKeepTextAndAcceptAnyTypeForStrings() {
        Display.display("{\"x\": 1}", "application/vnd.custom+json");
        assertEquals(List.of("text/plain", "application/vnd.custom+json"), List.copyOf(shown.get(0).bundle().data().keySet()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Display.display(42, "text/html"));
        assertTrue(e.getMessage().contains("Renderers.register"));
    }
}
