package org.gillab.protocol;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gillab.evaluator.CellError;
import org.gillab.evaluator.Completion;
import org.gillab.evaluator.CompletenessCheck;
import org.gillab.evaluator.Evaluator;
import org.gillab.evaluator.ExecutionOutcome;
import org.gillab.evaluator.Inspection;

/**
 * Answers the requests of the shell and control channels, each between a busy and an idle status on
 * IOPub. Requests that need JShell are refused on control, because control is served while a cell runs
 * and JShell runs one thing at a time.
 */
final class RequestHandlers {
    private static final Set<String> SHELL_ONLY = Set.of("execute_request", "complete_request", "inspect_request", "is_complete_request");

    private final Evaluator evaluator;
    private final Channel iopub;
    private final StdinChannel stdin;
    private final MessageFactory messages;
    private final Runnable shutdown;
    private final History history = new History();
    private int executionCount;

    /** @param shutdown called after a shutdown_request was answered */
    RequestHandlers(Evaluator evaluator, Channel iopub, StdinChannel stdin, MessageFactory messages, Runnable shutdown) {
        this.evaluator = evaluator;
        this.iopub = iopub;
        this.stdin = stdin;
        this.messages = messages;
        this.shutdown = shutdown;
    }

    /**
     * Handles one request that came on {@code channel}.
     *
     * @return true when it was an execute_request that failed and asked to stop on error, so the
     *         execute requests queued behind it must be aborted
     */
    boolean handle(Channel channel, Message request) {
        String type = request.type();
        status(request, "busy");
        boolean stopQueue = false;
        try {
            if (channel.name().equals("control") && SHELL_ONLY.contains(type)) {
                replyError(channel, request, "WrongChannel", type + " is served on the shell channel, not on control");
            } else {
                stopQueue = dispatch(channel, request);
            }
        } catch (RuntimeException e) {
            KernelLog.warn("failed to handle " + type + ": " + e);
            if (type.endsWith("_request")) {
                replyError(channel, request, e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
            }
        } finally {
            status(request, "idle");
        }
        if (type.equals("shutdown_request")) {
            shutdown.run();
        }
        return stopQueue;
    }

    /** Answers an execute_request that was queued behind a failed cell, without running it. */
    void abort(Channel channel, Message request) {
        status(request, "busy");
        channel.send(messages.reply(request, "execute_reply", Map.of("status", "aborted", "execution_count", executionCount)));
        status(request, "idle");
    }

    /** Tells front ends the kernel process is up (before any request). */
    void starting() {
        iopub.send(messages.broadcast(null, "status", Map.of("execution_state", "starting")));
    }

    private boolean dispatch(Channel channel, Message request) {
        switch (request.type()) {
            case "kernel_info_request" -> channel.send(messages.reply(request, "kernel_info_reply", KernelInfo.content()));
            case "execute_request" -> {
                return execute(channel, request);
            }
            case "complete_request" -> complete(channel, request);
            case "inspect_request" -> inspect(channel, request);
            case "is_complete_request" -> isComplete(channel, request);
            case "history_request" -> history(channel, request);
            case "comm_info_request" -> channel.send(messages.reply(request, "comm_info_reply", Map.of("status", "ok", "comms", Map.of())));
            // no comm targets exist: the protocol says to close a comm we cannot open
            case "comm_open" -> iopub.send(messages.broadcast(request, "comm_close", Map.of("comm_id", request.get("comm_id", ""), "data", Map.of())));
            case "comm_msg", "comm_close" -> { }
            case "interrupt_request" -> {
                evaluator.interrupt();
                channel.send(messages.reply(request, "interrupt_reply", Map.of("status", "ok")));
            }
            case "shutdown_request" -> {
                evaluator.interrupt();
                channel.send(messages.reply(request, "shutdown_reply", Map.of("status", "ok", "restart", Boolean.TRUE.equals(request.get("restart", false)))));
            }
            default -> unknown(channel, request);
        }
        return false;
    }

    private boolean execute(Channel channel, Message request) {
        String code = request.get("code", "");
        boolean silent = Boolean.TRUE.equals(request.get("silent", false));
        boolean storeHistory = !silent && Boolean.TRUE.equals(request.get("store_history", true));
        if (storeHistory) {
            executionCount++;
            history.add(executionCount, code);
        }
        int count = executionCount;
        if (!silent) {
            iopub.send(messages.broadcast(request, "execute_input", Map.of("code", code, "execution_count", count)));
        }
        CellRequestIO io = new CellRequestIO(request, iopub, stdin, messages);
        ExecutionOutcome outcome = evaluator.execute(code, io, storeHistory ? "In [" + count + "]" : "this cell");
        Map<String, Object> reply = new LinkedHashMap<>();
        if (outcome.succeeded()) {
            if (outcome.result() != null && !silent) {
                Map<String, Object> result = CellRequestIO.bundleContent(outcome.result());
                result.put("execution_count", count);
                iopub.send(messages.broadcast(request, "execute_result", result));
            }
            reply.put("status", "ok");
            reply.put("execution_count", count);
            reply.put("user_expressions", Map.of());
            reply.put("payload", List.of());
        } else {
            Map<String, Object> error = errorContent(outcome.error());
            iopub.send(messages.broadcast(request, "error", error));
            reply.putAll(error);
            reply.put("status", "error");
            reply.put("execution_count", count);
        }
        channel.send(messages.reply(request, "execute_reply", reply));
        return !outcome.succeeded() && !Boolean.FALSE.equals(request.get("stop_on_error", true));
    }

    private void complete(Channel channel, Message request) {
        String code = request.get("code", "");
        int cursor = CodePoints.toCharIndex(code, number(request, "cursor_pos", code.codePointCount(0, code.length())));
        Completion completion = evaluator.complete(code, cursor);
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("status", "ok");
        reply.put("matches", completion.matches());
        reply.put("cursor_start", CodePoints.toCodePointIndex(code, completion.start()));
        reply.put("cursor_end", CodePoints.toCodePointIndex(code, completion.end()));
        reply.put("metadata", Map.of());
        channel.send(messages.reply(request, "complete_reply", reply));
    }

    private void inspect(Channel channel, Message request) {
        String code = request.get("code", "");
        int cursor = CodePoints.toCharIndex(code, number(request, "cursor_pos", code.codePointCount(0, code.length())));
        Inspection inspection = evaluator.inspect(code, cursor);
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("status", "ok");
        reply.put("found", inspection.found());
        reply.put("data", inspection.found() ? Map.of("text/plain", inspection.text()) : Map.of());
        reply.put("metadata", Map.of());
        channel.send(messages.reply(request, "inspect_reply", reply));
    }

    private void isComplete(Channel channel, Message request) {
        CompletenessCheck check = evaluator.isComplete(request.get("code", ""));
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("status", check.status());
        if (check.status().equals("incomplete")) {
            reply.put("indent", check.indent());
        }
        channel.send(messages.reply(request, "is_complete_reply", reply));
    }

    private void history(Channel channel, Message request) {
        int n = number(request, "n", 10);
        List<History.Entry> entries = switch (String.valueOf(request.get("hist_access_type", "tail"))) {
            case "range" -> history.range(number(request, "session", 0), number(request, "start", 0), number(request, "stop", 0));
            case "search" -> history.search(request.get("pattern", "*"), n, Boolean.TRUE.equals(request.get("unique", false)));
            default -> history.tail(n);
        };
        boolean withOutput = Boolean.TRUE.equals(request.get("output", false));
        // with output=True each entry is [session, line, [input, output]]; outputs are not kept
        List<Object> wire = entries.stream()
                .map(e -> withOutput ? (Object) List.of(History.SESSION, e.line(), java.util.Arrays.asList(e.code(), null)) : e.toWire())
                .toList();
        channel.send(messages.reply(request, "history_reply", Map.of("status", "ok", "history", wire)));
    }

    private void unknown(Channel channel, Message request) {
        String type = request.type();
        KernelLog.warn("unknown message type '" + type + "' on " + channel.name() + ": ignored");
        if (type.endsWith("_request")) {
            replyError(channel, request, "UnknownMessageType", "this kernel does not handle " + type);
        }
    }

    private void replyError(Channel channel, Message request, String ename, String evalue) {
        String replyType = request.type().replaceFirst("_request$", "_reply");
        Map<String, Object> content = errorContent(new CellError(ename, evalue, List.of(ename + ": " + evalue)));
        content.put("status", "error");
        channel.send(messages.reply(request, replyType, content));
    }

    private static Map<String, Object> errorContent(CellError error) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("ename", error.ename());
        content.put("evalue", error.evalue());
        content.put("traceback", error.traceback());
        return content;
    }

    private void status(Message request, String state) {
        iopub.send(messages.broadcast(request, "status", Map.of("execution_state", state)));
    }

    private static int number(Message request, String field, int fallback) {
        Object value = request.content().get(field);
        return value instanceof Number number ? number.intValue() : fallback;
    }
}
