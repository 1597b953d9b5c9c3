package org.gillab.cli;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * The index.html that {@code render} writes beside the notebooks it rendered: for each, its title, its
 * first chart as a thumbnail, the parameters it ran with, and links to its HTML and .ipynb. The
 * thumbnails are embedded (PNG data URIs), so the page needs nothing but the files it links to.
 */
final class RenderIndex {
    static final String FILE_NAME = "index.html";
    /** Thumbnail width in pixels: shown at half that, sharp on high-density screens. */
    private static final int THUMBNAIL_WIDTH = 480;

    /**
     * One rendered notebook.
     *
     * @param executed the executed notebook, or null when rendering it failed
     * @param injected the literal of each parameter render set, by name
     */
    record Entry(String name, Notebook executed, List<NotebookParameters.Declaration> declared, Map<String, String> injected) {}

    private final List<Entry> entries = new ArrayList<>();

    void add(Entry entry) {
        entries.add(entry);
    }

    /** Writes DIR/index.html and returns its path. */
    Path write(Path directory) throws IOException {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>GIL Lab notebooks</title>
                <style>
                body { font-family: sans-serif; margin: 2em auto; max-width: 60em; color: #222 }
                li { display: flex; gap: 1.5em; align-items: flex-start; margin-bottom: 1.5em }
                ul { list-style: none; padding: 0 }
                img, .none { width: 240px; flex: none; border: 1px solid #ddd }
                .none { height: 135px; display: flex; align-items: center; justify-content: center; color: #888 }
                h2 { font-size: 1.1em; margin: 0 0 0.4em }
                code { font-size: 0.9em } .set { font-weight: bold } .default { color: #666 } span.default { font-size: 0.8em }
                .failed { color: #b00 }
                </style></head><body>
                <h1>GIL Lab notebooks</h1>
                <ul>
                """);
        for (Entry entry : entries) {
            html.append(item(entry));
        }
        html.append("</ul>\n</body></html>\n");
        Path index = directory.resolve(FILE_NAME);
        Files.writeString(index, html, StandardCharsets.UTF_8);
        return index;
    }

    private static String item(Entry entry) throws IOException {
        String name = escape(entry.name());
        Optional<byte[]> chart = entry.executed() == null ? Optional.empty() : entry.executed().firstPng();
        String picture = chart.isEmpty() ? "<div class=\"none\">no chart</div>"
                : "<img alt=\"the first chart\" src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(thumbnail(chart.get())) + "\">";
        if (entry.executed() == null) {
            return "<li>%s<div><h2>%s</h2><p class=\"failed\">failed: render's output says why</p>%s</div></li>%n"
                    .formatted(picture, name, parameters(entry));
        }
        return "<li><a href=\"%1$s.html\">%2$s</a><div><h2><a href=\"%1$s.html\">%3$s</a></h2>"
                .formatted(name, picture, escape(entry.executed().title()))
                + "<p><a href=\"%1$s.html\">%1$s.html</a> · <a href=\"%1$s.ipynb\">%1$s.ipynb</a></p>%2$s</div></li>%n"
                .formatted(name, parameters(entry));
    }

    /** Every declared parameter: the value render set, or the notebook's default. */
    private static String parameters(Entry entry) {
        if (entry.declared().isEmpty()) {
            return "<p class=\"default\">no parameters</p>";
        }
        StringBuilder list = new StringBuilder("<p>");
        for (NotebookParameters.Declaration declaration : entry.declared()) {
            String set = entry.injected().get(declaration.name());
            list.append(set != null
                    ? "<code class=\"set\">" + escape(declaration.name() + " = " + set) + "</code>"
                    : "<code class=\"default\">" + escape(declaration.name() + " = " + declaration.initializer()) + "</code> <span class=\"default\">(default)</span>")
                    .append("<br>");
        }
        return list.append("</p>").toString();
    }

    /** The picture scaled to {@link #THUMBNAIL_WIDTH} (area averaging keeps a chart's text legible). */
    private static byte[] thumbnail(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        if (image == null || image.getWidth() <= THUMBNAIL_WIDTH) {
            return png;
        }
        int height = Math.max(1, image.getHeight() * THUMBNAIL_WIDTH / image.getWidth());
        BufferedImage small = new BufferedImage(THUMBNAIL_WIDTH, height, BufferedImage.TYPE_INT_RGB);
        small.getGraphics().drawImage(image.getScaledInstance(THUMBNAIL_WIDTH, height, Image.SCALE_AREA_AVERAGING), 0, 0, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(small, "png", out);
        return out.toByteArray();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
