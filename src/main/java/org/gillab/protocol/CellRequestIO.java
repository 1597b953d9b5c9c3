package org.gillab.protocol;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gillab.display.MimeBundle;
import org.gillab.evaluator.CellIO;

/** A cell's way to its front end: every message it sends has the execute_request as parent. */
final class CellRequestIO implements CellIO {
    private final Message request;
    private final Channel iopub;
    private final StdinChannel stdin;
    private final MessageFactory messages;
    private final boolean allowStdin;

    CellRequestIO(Message request, Channel iopub, StdinChannel stdin, MessageFactory messages) {
        this.request = request;
        this.iopub = iopub;
        this.stdin = stdin;
        this.messages = messages;
        this.allowStdin = Boolean.TRUE.equals(request.get("allow_stdin", false));
    }

    @Override
    public void stream(String name, String text) {
        iopub.send(messages.broadcast(request, "stream", Map.of("name", name, "text", text)));
    }

    @Override
    public void display(MimeBundle bundle, String displayId, boolean update) {
        Map<String, Object> content = bundleContent(bundle);
        content.put("transient", Map.of("display_id", displayId));
        iopub.send(messages.broadcast(request, update ? "update_display_data" : "display_data", content));
    }

    @Override
    public String input(String prompt, boolean password) throws IOException {
        if (!allowStdin) {
            throw new IOException("this front end does not accept input (allow_stdin is false), so System.in cannot be read in this cell");
        }
        return stdin.ask(request, prompt, password);
    }

    /** data and metadata of a display_data or execute_result. */
    static Map<String, Object> bundleContent(MimeBundle bundle) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("data", bundle.data());
        content.put("metadata", bundle.metadata());
        return content;
    }
}
