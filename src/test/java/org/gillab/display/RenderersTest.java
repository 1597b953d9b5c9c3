package org.gillab.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RenderersTest {
    interface Shape {}

    static class Polygon implements Shape {}

    static class Square extends Polygon {}

    static class Circle implements Shape {}

    static class Unregistered {
        @Override
        public String toString() {
            return "plain";
        }
    }

    @Test
    void theMostSpecificRegistrationWins() {
        Renderers.register(Shape.class, s -> MimeBundle.text("shape"));
        Renderers.register(Polygon.class, p -> MimeBundle.text("polygon"));
        assertEquals("polygon", Renderers.render(new Square()).plainText(), "superclass before interface");
        assertEquals("shape", Renderers.render(new Circle()).plainText(), "interface when no class matches");
        Renderers.register(Square.class, s -> MimeBundle.text("square").with("text/html", "<b>square</b>"));
        assertEquals("<b>square</b>", Renderers.render(new Square()).data().get("text/html"));
    }

    @Test
    void fallsBackToTextWithArraysShownElementWise() {
        assertEquals("plain", Renderers.render(new Unregistered()).plainText());
        assertEquals("[1, 2, 3]", Renderers.render(new int[] {1, 2, 3}).plainText());
        assertEquals("[[a], [b, c]]", Renderers.render(new String[][] {{"a"}, {"b", "c"}}).plainText());
        assertEquals("null", Renderers.render(null).plainText());
    }
}
