package org.gillab.lab;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gillab.display.JsonText;

/**
 * The text/html of a chart: its PNG in an img (what GitHub, untrusted notebooks and script-less
 * viewers show) and a script that swaps it for the interactive Plotly chart once plotly.js is on the
 * page. One instance per kernel session: its first chart also carries plotly.js itself, so a
 * notebook holds the library once however many charts it has; later charts queue until it is there,
 * whatever order outputs are rendered in. Sending it again after a restart in the same page is
 * harmless: the loader sees window.Plotly and only draws.
 */
final class ChartHtml {
    /** The session of this JVM, i.e. of this kernel. */
    static final ChartHtml SESSION = new ChartHtml();

    private final AtomicBoolean librarySent = new AtomicBoolean();

    /**
     * @param figure    the Plotly figure {data, layout, config}
     * @param pngBase64 the chart's picture, or null when there is none (then a note takes its place)
     * @param summary   the text alternative of the picture
     */
    String html(Map<String, Object> figure, String pngBase64, String summary) {
        String id = "gillab-chart-" + UUID.randomUUID();
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"gillab-chart\" id=\"").append(id).append("\" style=\"max-width:")
                .append(ChartSpec.WIDTH + 20).append("px\">");
        if (pngBase64 != null) {
            html.append("<img src=\"data:image/png;base64,").append(pngBase64).append("\" width=\"").append(ChartSpec.WIDTH)
                    .append("\" alt=\"").append(Html.escape(summary)).append("\" style=\"max-width:100%;height:auto\">");
        } else {
            html.append("<p>").append(Html.escape(summary)).append(" (interactive chart: shown where scripts run)</p>");
        }
        html.append("</div>\n");
        if (librarySent.compareAndSet(false, true)) {
            html.append("<script>\n").append(libraryLoader()).append("</script>\n");
        }
        html.append("<script>\n").append(drawer(id, figure)).append("</script>\n");
        return html.toString();
    }

    /** Whether this session's outputs already carry plotly.js. */
    boolean librarySent() {
        return librarySent.get();
    }

    private static String libraryLoader() {
        return """
                /* plotly.js %s (MIT licence), gzipped; put on the page once for the GIL Lab charts */
                (function () {
                  function flush() {
                    var waiting = window.gillabPlotlyQueue || [];
                    window.gillabPlotlyQueue = [];
                    waiting.forEach(function (draw) { draw(); });
                  }
                  if (window.Plotly && window.Plotly.newPlot) { flush(); return; }
                  if (window.gillabPlotlyLoading || typeof DecompressionStream === "undefined") { return; }
                  window.gillabPlotlyLoading = true;
                  var packed = atob("%s");
                  var bytes = new Uint8Array(packed.length);
                  for (var i = 0; i < packed.length; i++) { bytes[i] = packed.charCodeAt(i); }
                  new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text()
                    .then(function (source) {
                      var script = document.createElement("script");
                      // define, module and exports hidden: with RequireJS on the page (classic Notebook)
                      // plotly.js would register an AMD module instead of setting window.Plotly.
                      script.textContent = "(function (define, module, exports) {\\n" + source + "\\n}).call(window);";
                      document.head.appendChild(script);  // runs it, synchronously
                      script.remove();                      // and frees 11 MB of page text
                      flush();
                    })
                    .catch(function (error) { console.warn("GIL Lab: plotly.js did not load, charts stay pictures", error); })
                    .finally(function () { window.gillabPlotlyLoading = false; });
                })();
                """.formatted(PlotlyLibrary.version(), PlotlyLibrary.gzipBase64());
    }

    private static String drawer(String id, Map<String, Object> figure) {
        return """
                (function () {
                  var figure = %s;
                  var tries = 0;
                  function draw() {
                    var host = document.getElementById("%s");
                    if (!host) {  // output not attached to the page yet
                      if (++tries < 100) { setTimeout(draw, 50); }
                      return;
                    }
                    if (host.getAttribute("data-drawn")) { return; }
                    host.setAttribute("data-drawn", "true");
                    var plot = document.createElement("div");
                    host.appendChild(plot);
                    window.Plotly.newPlot(plot, figure.data, figure.layout, figure.config).then(function () {
                      var picture = host.querySelector("img");
                      if (picture) { picture.remove(); }
                    });
                  }
                  if (window.Plotly && window.Plotly.newPlot) { draw(); }
                  else { (window.gillabPlotlyQueue = window.gillabPlotlyQueue || []).push(draw); }
                })();
                """.formatted(scriptSafeJson(figure), id);
    }

    /** JSON that cannot end the script element it sits in. */
    private static String scriptSafeJson(Object value) {
        return JsonText.of(value).replace("</", "<\\/").replace("<!--", "<\\!--");
    }
}
