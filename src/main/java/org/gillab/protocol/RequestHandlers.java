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
 * Answers the requests of the shell and control channels: a busy status on IOPub, the work, an idle
 * status, then the reply. Requests that need JShell are refused on control, because control is served while a cell runs
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
     * Handles one request that came on {@code channel}. When it is an execute_request that failed and
     * asked to stop on error, {@code abortQueued} runs before the reply is sent: the requests queued
     * behind the failed cell are aborted, and a request the client sends once it has the reply is not.
     */
    void handle(Channel channel, Message request, Runnable abortQueued) {
        String type = request.type();
        status(request, "busy");
        Message reply;
        try {
            reply = channel.name().equals("control") && SHELL_ONLY.contains(type)
                    ? errorReply(request, "WrongChannel", type + " is served on the shell channel, not on control")
                    : dispatch(request);
        } catch (RuntimeException e) {
            KernelLog.warn("failed to handle " + type + ": " + e);
            reply = type.endsWith("_request") ? errorReply(request, e.getClass().getSimpleName(), String.valueOf(e.getMessage())) : null;
        }
        if (type.equals("execute_request") && reply != null && "error".equals(reply.content().get("status"))
                && !Boolean.FALSE.equals(request.get("stop_on_error", true))) {
            abortQueued.run();
        }
        // idle goes out before the reply: a client that has the reply then finds all of the request's IOPub messages
        status(request, "idle");
        if (reply != null) {
            channel.send(reply);
        }
        if (type.equals("shutdown_request")) {
            shutdown.run();
        }
    }

    /** Answers an execute_request that was queued behind a failed cell, without running it. */
    void abort(Channel channel, Message request) {
        status(request, "busy");
        status(request, "idle");
        channel.send(messages.reply(request, "execute_reply", Map.of("status", "aborted", "execution_count", executionCount)));
    }

    /** Answers a signed request whose content could not be read with an error reply (when its type has one). */
    void rejectMalformed(Channel channel, Message request, String reason) {
        if (request.type().endsWith("_request")) {
            status(request, "busy");
            status(request, "idle");
            channel.send(errorReply(request, "MalformedMessage", reason));
        }
    }

    /** Tells front ends the kernel process is up (before any request). */
    void starting() {
        iopub.send(messages.broadcast(null, "status", Map.of("execution_state", "starting")));
    }

    /** Does what the request asks; returns its reply, or null for messages that have none. */
    private Message dispatch(Message request) {
        return switch (request.type()) {
            case "kernel_info_request" -> messages.reply(request, "kernel_info_reply", KernelInfo.content());
            case "execute_request" -> execute(request);
            case "complete_request" -> complete(request);
            case "inspect_request" -> inspect(request);
            case "is_complete_request" -> isComplete(request);
            case "history_request" -> history(request);
            case "comm_info_request" -> messages.reply(request, "comm_info_reply", Map.of("status", "ok", "comms", Map.of()));
            case "comm_open" -> {
                // no comm targets exist: the protocol says to close a comm we cannot open
                iopub.send(messages.broadcast(request, "comm_close", Map.of("comm_id", request.get("comm_id", ""), "data", Map.of())));
                yield null;
            }
            case "comm_msg", "comm_close" -> null;
            case "interrupt_request" -> {
                evaluator.interrupt();
                yield messages.reply(request, "interrupt_reply", Map.of("status", "ok"));
            }
            case "shutdown_request" -> {
                evaluator.interrupt();
                yield messages.reply(request, "shutdown_reply", Map.of("status", "ok", "restart", Boolean.TRUE.equals(request.get("restart", false))));
            }
            default -> unknown(request);
        };
    }

    private Message execute(Message request) {
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
        return messages.reply(request, "execute_reply", reply);
    }

    private Message complete(Message request) {
        String code = request.get("code", "");
        int cursor = cursor(request, code);
        Completion completion = evaluator.complete(code, cursor);
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("status", "ok");
        reply.put("matches", completion.matches());
        reply.put("cursor_start", CodePoints.toCodePointIndex(code, completion.start()));
        reply.put("cursor_end", CodePoints.toCodePointIndex(code, completion.end()));
        reply.put("metadata", Map.of());
        return messages.reply(request, "complete_reply", reply);
    }

    /** cursor_pos, in code points as the protocol counts them (the end of the code if absent), as a char index. */
    private static int cursor(Message request, String code) {
        return CodePoints.toCharIndex(code, number(request, "cursor_pos", code.codePointCount(0, code.length())));
    }

    private Message inspect(Message request) {
        String code = request.get("code", "");
        int cursor = cursor(request, code);
        Inspection inspection = evaluator.inspect(code, cursor);
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("status", "ok");
        reply.put("found", inspection.found());
        reply.put("data", inspection.found() ? Map.of("text/plain", inspection.text()) : Map.of());
        reply.put("metadata", Map.of());
        return messages.reply(request, "inspect_reply", reply);
    }

    private Message isComplete(Message request) {
        CompletenessCheck check = evaluator.isComplete(request.get("code", ""));
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("status", check.status());
        if (check.status().equals("incomplete")) {
            reply.put("indent", check.indent());
        }
        return messages.reply(request, "is_complete_reply", reply);
    }

    private Message history(Message request) {
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
        return messages.reply(request, "history_reply", Map.of("status", "ok", "history", wire));
    }

    private Message unknown(Message request) {
        String type = request.type();
        KernelLog.warn("unknown message type '" + type + "': ignored");
        return type.endsWith("_request") ? errorReply(request, "UnknownMessageType", "this kernel does not handle " + type) : null;
    }

    private Message errorReply(Message request, String ename, String evalue) {
        String replyType = request.type().replaceFirst("_request$", "_reply");
        Map<String, Object> content = errorContent(new CellError(ename, evalue, List.of(ename + ": " + evalue)));
        content.put("status", "error");
        return messages.reply(request, replyType, content);
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
