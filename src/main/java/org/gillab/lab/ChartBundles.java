package org.gillab.lab;

import java.util.Base64;
import java.util.Map;
import org.gillab.display.MimeBundle;

/** Puts a chart's four representations into one display bundle. */
final class ChartBundles {
    /** The MIME type JupyterLab's plotly extension and VS Code draw natively. */
    static final String PLOTLY = "application/vnd.plotly.v1+json";

    private ChartBundles() {}

    static MimeBundle of(ChartSpec spec, ChartHtml session) {
        return of(PlotlyFigure.of(spec), ChartImage.png(spec), ChartSummary.of(spec), session);
    }

    /** @param png the picture, or null when the figure has none */
    static MimeBundle of(Map<String, Object> figure, byte[] png, String summary, ChartHtml session) {
        String pngBase64 = png == null ? null : Base64.getEncoder().encodeToString(png);
        MimeBundle bundle = MimeBundle.text(summary)
                .with("text/html", session.html(figure, pngBase64, summary))
                .with(PLOTLY, figure);
        if (pngBase64 != null) {
            bundle.with("image/png", pngBase64)
                    .withMetadata("image/png", Map.of("width", ChartSpec.WIDTH, "height", ChartSpec.HEIGHT));
        }
        return bundle;
    }
}
