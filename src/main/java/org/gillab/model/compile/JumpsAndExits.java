package org.gillab.model.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of compile.c's control-flow clean-up (optimize_cfg, duplicate_exits_without_lineno,
 * propagate_line_numbers in 3.11) that decide where jumps land and how a code object ends, so that the
 * model runs, and {@code dis} shows, the instructions CPython runs:
 * <ul>
 * <li><b>jump threading</b>: a jump to an unconditional jump of the same line goes straight to where that
 * one goes (a comprehension's {@code if} becomes a POP_JUMP_BACKWARD_IF_FALSE to the loop's FOR_ITER);
 * <li><b>the implicit {@code return None}</b> at the end of a function or module has no line of its own.
 * An unconditional jump to it becomes a copy of it (extend_block); each other jump to it gets a copy of its
 * own, placed after it, while it has another way in (so a {@code while} loop whose test fails at the top
 * returns from a copy); one that nothing reaches any more is dropped. Each copy takes the location of the
 * jump it replaces, the original that of the instruction it follows (or of its one jump);
 * <li><b>redundant jumps</b>: a jump to the next instruction is none.
 * </ul>
 */
final class JumpsAndExits {
    /** One instruction while the passes move instructions around: labels are rebound to slots, then to indexes. */
    static final class Slot {
        int word;
        Pos pos;
        CodeBuilder.Label target;
        CodeBuilder.Handler handler;
        final boolean lineless;

        Slot(int word, Pos pos, CodeBuilder.Label target, CodeBuilder.Handler handler, boolean lineless) {
            this.word = word;
            this.pos = pos;
            this.target = target;
            this.handler = handler;
            this.lineless = lineless;
        }

        Opcode op() {
            return Opcode.of(CodeObject.op(word));
        }
    }

    /** Where each label points while the passes run: a slot, looked up by identity. */
    interface Targets {
        Slot of(CodeBuilder.Label label);

        /** A new label bound to {@code slot}. */
        CodeBuilder.Label labelFor(Slot slot);
    }

    private JumpsAndExits() {}

    /** Runs the passes over {@code code}; {@code implicitReturn}: its last two slots are the implicit return. */
    static void run(List<Slot> code, boolean implicitReturn, Targets targets) {
        threadJumps(code, targets);
        if (implicitReturn) {
            placeImplicitReturn(code, targets);
        }
        removeJumpsToNext(code, targets);
    }

    /**
     * remove_redundant_jumps: a JUMP_FORWARD to the instruction right after it (a while True loop's last
     * break) becomes a NOP, which stays only if it alone carries its line.
     */
    private static void removeJumpsToNext(List<Slot> code, Targets targets) {
        for (int i = 0; i + 1 < code.size(); i++) {
            Slot jump = code.get(i);
            if (jump.op() == Opcode.JUMP_FORWARD && targets.of(jump.target) == code.get(i + 1)) {
                jump.word = CodeObject.pack(Opcode.NOP, 0);
                jump.target = null;
            }
        }
    }

    /** jump_thread (3.11): only within one line, so that tracing and tracebacks see the same lines. */
    private static void threadJumps(List<Slot> code, Targets targets) {
        for (int i = 0; i < code.size(); i++) {
            Slot jump = code.get(i);
            if (!CodeBuilder.isPopJumpIf(jump.op()) && !isUnconditional(jump.op())) {
                continue;
            }
            boolean threaded = false;
            for (int hops = 0; hops < code.size(); hops++) {
                Slot next = targets.of(jump.target);
                if (next == null || !isUnconditional(next.op()) || next.lineless || next.pos.line() != jump.pos.line()
                        || next.target == jump.target) {
                    break;
                }
                jump.target = next.target;
                threaded = true;
            }
            if (threaded && isUnconditional(jump.op())) {
                Slot target = targets.of(jump.target);
                boolean backward = target != null && code.indexOf(target) <= i;
                jump.word = CodeObject.pack(backward ? Opcode.JUMP_BACKWARD : Opcode.JUMP_FORWARD, 0);
            }
        }
    }

    private static void placeImplicitReturn(List<Slot> code, Targets targets) {
        Slot load = code.get(code.size() - 2);
        Slot ret = code.get(code.size() - 1);
        // extend_block: an unconditional jump to it becomes a copy of it
        for (int i = 0; i < code.size() - 2; i++) {
            Slot jump = code.get(i);
            if (isUnconditional(jump.op()) && targets.of(jump.target) == load) {
                // in place, so that what jumped to the jump now reaches the copy
                jump.word = load.word;
                jump.target = null;
                jump.handler = load.handler;
                code.add(++i, copy(ret, jump));
            }
        }
        List<Slot> jumps = new ArrayList<>();
        for (int i = 0; i < code.size() - 2; i++) {
            if (code.get(i).target != null && targets.of(code.get(i).target) == load) {
                jumps.add(code.get(i));
            }
        }
        Slot before = code.size() > 2 ? code.get(code.size() - 3) : null;
        boolean fallsIn = before != null && !endsFlow(before.op());
        if (!fallsIn && jumps.isEmpty()) {
            code.subList(code.size() - 2, code.size()).clear(); // unreachable: 3.11 drops it
            return;
        }
        // duplicate_exits_without_lineno: every jump but the last way in gets a copy, placed right after it
        int copies = fallsIn ? jumps.size() : jumps.size() - 1;
        for (int j = 0; j < copies; j++) {
            Slot jump = jumps.get(j);
            Slot copied = copy(load, jump);
            code.add(code.indexOf(ret) + 1, copy(ret, jump));
            code.add(code.indexOf(ret) + 1, copied);
            jump.target = targets.labelFor(copied);
        }
        Pos inherited = fallsIn ? before.pos : jumps.get(jumps.size() - 1).pos;
        load.pos = inherited;
        ret.pos = inherited;
    }

    /** {@code original} again, at the location of {@code jump}. */
    private static Slot copy(Slot original, Slot jump) {
        return new Slot(original.word, jump.pos, null, original.handler, false);
    }

    private static boolean isUnconditional(Opcode op) {
        return op == Opcode.JUMP_FORWARD || op == Opcode.JUMP_BACKWARD;
    }

    /** Whether control never goes on to the next instruction. */
    private static boolean endsFlow(Opcode op) {
        return isUnconditional(op) || op == Opcode.JUMP_BACKWARD_NO_INTERRUPT || op == Opcode.RETURN_VALUE
                || op == Opcode.RAISE_VARARGS || op == Opcode.RERAISE;
    }
}
