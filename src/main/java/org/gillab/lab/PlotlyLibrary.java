package org.gillab.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Properties;

/**
 * plotly.js as shipped in the webjar org.webjars.npm:plotly.js-dist, gzipped by the build into our
 * classes (pom.xml, antrun's pack-plotly) and base64-encoded here for embedding in a notebook output:
 * 11.2 MB of JavaScript become about 2.7 MB of text, which the browser inflates with
 * DecompressionStream. Encoded once per JVM, on first use or by {@link Chart#warmUp()}.
 */
final class PlotlyLibrary {
    private static final String POM = "META-INF/maven/org.webjars.npm/plotly.js-dist/pom.properties";
    private static final String PACKED = "org/gillab/lab/plotly.js.gz";

    private PlotlyLibrary() {}

    /** The version of the bundled plotly.js, e.g. "3.3.1". */
    static String version() {
        return Packed.VERSION;
    }

    /** The gzipped plotly.js, base64-encoded. */
    static String gzipBase64() {
        return Packed.BASE64;
    }

    /** Class initialisation makes the encoding lazy, once, and safe when warm-up and a chart race. */
    private static final class Packed {
        static final String VERSION = readVersion();
        static final String BASE64 = Base64.getEncoder().encodeToString(readPacked());
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

    private static byte[] readPacked() {
        try (InputStream in = resource(PACKED)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = PlotlyLibrary.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is missing from the class path: the jar must be built with "
                    + "mvn package, which packs plotly.js from the org.webjars.npm:plotly.js-dist dependency");
        }
        return in;
    }
}
