package org.gillab.lab;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;

/**
 * plotly.js as shipped in the webjar org.webjars.npm:plotly.js-dist (packed into our jar), gzipped
 * and base64-encoded for embedding in a notebook output: 11.2 MB of JavaScript become about 2.6 MB
 * of text, which the browser inflates with DecompressionStream. Packed once per JVM, on first use
 * or by {@link Chart#warmUp()}.
 */
final class PlotlyLibrary {
    private static final String POM = "META-INF/maven/org.webjars.npm/plotly.js-dist/pom.properties";

    private PlotlyLibrary() {}

    /** The version of the bundled plotly.js, e.g. "3.3.1". */
    static String version() {
        return Packed.VERSION;
    }

    /** The gzipped plotly.js, base64-encoded. */
    static String gzipBase64() {
        return Packed.BASE64;
    }

    /** Class initialisation makes the packing lazy, once, and safe when warm-up and a chart race. */
    private static final class Packed {
        static final String VERSION = readVersion();
        static final String BASE64 = Base64.getEncoder().encodeToString(gzip(readScript()));
    }

    private static String readVersion() {
        try (InputStream in = resource(POM)) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The minified build when the webjar has one (smaller, quicker to parse), else the plain one. */
    private static byte[] readScript() {
        String folder = "META-INF/resources/webjars/plotly.js-dist/" + Packed.VERSION + "/";
        String name = PlotlyLibrary.class.getClassLoader().getResource(folder + "plotly.min.js") != null
                ? "plotly.min.js" : "plotly.js";
        try (InputStream in = resource(folder + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = PlotlyLibrary.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is missing from the class path: the jar must be built with "
                    + "the org.webjars.npm:plotly.js-dist dependency (mvn package)");
        }
        return in;
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4);
        try (GZIPOutputStream zip = new GZIPOutputStream(out, 1 << 16)) {
            zip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen writing to memory
        }
        return out.toByteArray();
    }
}
