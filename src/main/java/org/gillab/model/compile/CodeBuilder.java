package org.gillab.model.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Accumulates the instructions of one code object with their source positions, the constant and name
 * tables, jump labels resolved to absolute instruction indexes when the code is built, and the
 * exception handlers in force at each instruction, from which the exception table is made.
 *
 * <p>compile.c marks handlers with SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH and POP_BLOCK pseudo
 * instructions and finds the handler of each instruction by flow analysis; here the code generator
 * pushes and pops {@link Handler}s as it emits, and every instruction records the innermost one.
 */
final class CodeBuilder {
    /** A jump target; bound to an instruction index once the code reaches it. */
    static final class Label {
        private int target = -1;

        boolean isBound() {
            return target >= 0;
        }

        int index() {
            return target;
        }
    }

    /**
     * An exception handler: where to go, and whether to push the raising instruction's index first
     * (lasti, for cleanup handlers). Its stack depth is the depth where it was pushed, found by
     * {@link StackDepth}, plus {@code depthAdjust} (with's handler excludes __enter__'s result, which the
     * with-target consumes).
     */
    static final class Handler {
        final Label target;
        final boolean lasti;
        final int depthAdjust;
        int start = -1;

        Handler(Label target, boolean lasti, int depthAdjust) {
            this.target = target;
            this.lasti = lasti;
            this.depthAdjust = depthAdjust;
        }
    }

    private int[] instructions = new int[64];
    private int[] lines = new int[64];
    private int[] columns = new int[64];
    private int[] endLines = new int[64];
    private int[] endColumns = new int[64];
    private final List<Label> jumpTargets = new ArrayList<>();
    private final List<Handler> handlerOf = new ArrayList<>();
    private final Deque<Handler> handlers = new ArrayDeque<>();
    /** Jumps compile.c adds with no line (a for loop's back edge): none is threaded into. */
    private final BitSet lineless = new BitSet();
    private int size;
    /** Where the last label was bound: a jump target starts a basic block, which the optimizer folds nothing across. */
    private int lastBound = -1;
    private boolean implicitReturn;
    /** LOAD_CONSTs of tuples folded as the optimizer folds them, by instruction, in the order they were emitted. */
    private final Map<Integer, List<Object>> foldedTuples = new LinkedHashMap<>();
    private final List<Object> constants = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<String> localsPlus;
    private final byte[] kinds;

    /** @param localsPlus the frame's fast locals, cells and free variables, with their kinds */
    CodeBuilder(List<String> localsPlus, byte[] kinds) {
        this.localsPlus = localsPlus;
        this.kinds = kinds;
    }

    void emit(Opcode op, int arg, Pos pos) {
        if (op == Opcode.LOAD_GLOBAL && (arg & 1) == 0 && followsPushNullInItsBlock()) {
            // optimize_basic_block's fold (Python/compile.c): the NULL rides on LOAD_GLOBAL's low bit instead
            instructions[size - 1] = CodeObject.pack(Opcode.NOP, 0);
            arg |= 1;
        }
        for (Handler pushed : handlers) { // innermost first: every handler pushed since the last instruction starts here
            if (pushed.start >= 0) {
                break;
            }
            pushed.start = size;
        }
        append(CodeObject.pack(op, arg), pos, null, handlers.peek());
    }

    private boolean followsPushNullInItsBlock() {
        return size > 0 && CodeObject.op(instructions[size - 1]) == Opcode.PUSH_NULL.ordinal()
                && lastBound != size && handlers.peek() == handlerOf.get(size - 1);
    }

    private void append(int word, Pos pos, Label target, Handler handler) {
        if (size == instructions.length) {
            instructions = Arrays.copyOf(instructions, size * 2);
            lines = Arrays.copyOf(lines, size * 2);
            columns = Arrays.copyOf(columns, size * 2);
            endLines = Arrays.copyOf(endLines, size * 2);
            endColumns = Arrays.copyOf(endColumns, size * 2);
        }
        instructions[size] = word;
        lines[size] = pos.line();
        columns[size] = pos.column();
        endLines[size] = pos.endLine();
        endColumns[size] = pos.endColumn();
        jumpTargets.add(target);
        handlerOf.add(handler);
        size++;
    }

    /** Where the last instruction lies: compile.c's current location, which the next instruction may keep. */
    Pos lastPos() {
        return new Pos(lines[size - 1], columns[size - 1], endLines[size - 1], endColumns[size - 1]);
    }

    void emit(Opcode op, Pos pos) {
        emit(op, 0, pos);
    }

    /**
     * A jump to label. Only unconditional jumps and the POP_JUMP_IF_ family (3.11's POP_JUMP_BACKWARD_IF_*:
     * a while loop's test at its bottom) may go back: the others only go forward, as in 3.11.
     */
    void jump(Opcode op, Label label, Pos pos) {
        if (label.isBound() && op != Opcode.JUMP_BACKWARD && op != Opcode.JUMP_BACKWARD_NO_INTERRUPT && !isPopJumpIf(op)) {
            throw new IllegalStateException(op + " must jump forward");
        }
        emit(op, 0, pos);
        jumpTargets.set(size - 1, label);
    }

    static boolean isPopJumpIf(Opcode op) {
        return op == Opcode.POP_JUMP_IF_FALSE || op == Opcode.POP_JUMP_IF_TRUE || op == Opcode.POP_JUMP_IF_NONE
                || op == Opcode.POP_JUMP_IF_NOT_NONE;
    }

    /** An unconditional jump: JUMP_BACKWARD (a check point) to a bound label, else JUMP_FORWARD. */
    void jumpTo(Label label, Pos pos) {
        jump(label.isBound() ? Opcode.JUMP_BACKWARD : Opcode.JUMP_FORWARD, label, pos);
    }

    /**
     * A for loop's back edge, which compile.c adds with no line of its own (ADDOP_JUMP_NOLINE): it keeps
     * {@code pos} for what is reported there, but {@link JumpsAndExits} threads no jump into it.
     */
    void backEdge(Label label, Pos pos) {
        jumpTo(label, pos);
        lineless.set(size - 1);
    }

    void bind(Label label) {
        label.target = size;
        lastBound = size;
    }

    /** SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH: instructions from here on are covered by {@code handler}. */
    void pushHandler(Handler handler) {
        handlers.push(handler);
    }

    /** POP_BLOCK. */
    void popHandler() {
        handlers.pop();
    }

    /** The handlers in force, innermost first: to unwind for break/return and restore afterwards. */
    Deque<Handler> handlers() {
        return handlers;
    }

    void loadConstant(Object value, Pos pos) {
        emit(Opcode.LOAD_CONST, constant(value), pos);
    }

    /**
     * A tuple of constants that 3.11's compiler builds with BUILD_TUPLE and its optimizer folds into one
     * constant (fold_tuple_on_constants): its items enter the table now, the tuple once the code is
     * complete, after every other constant (a function's defaults, say).
     */
    void loadFoldedTuple(List<Object> items, Pos pos) {
        items.forEach(this::constant);
        emit(Opcode.LOAD_CONST, 0, pos);
        foldedTuples.put(size - 1, Collections.unmodifiableList(new ArrayList<>(items))); // None is null
    }

    /** Index of value in the constant table; equal values of the same type share an entry, as in CPython. */
    int constant(Object value) {
        for (int i = 0; i < constants.size(); i++) {
            Object c = constants.get(i);
            if (c == value || (c != null && value != null && c.getClass() == value.getClass()
                    && !(c instanceof CodeObject) && equalConstants(c, value))) {
                return i;
            }
        }
        constants.add(value);
        return constants.size() - 1;
    }

    /** Reserves constant 0 (a function's docstring or None, as 3.11 does). */
    void firstConstant(Object value) {
        if (!constants.isEmpty()) {
            throw new IllegalStateException("constants already in use");
        }
        constants.add(value);
    }

    /** Tuples (1, 2) and (1.0, 2) are equal in Python but must stay distinct constants. */
    private static boolean equalConstants(Object a, Object b) {
        if (a instanceof Constants.Bytes x && b instanceof Constants.Bytes y) {
            return Arrays.equals(x.value(), y.value());
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                Object p = x.get(i);
                Object q = y.get(i);
                if ((p == null) != (q == null) || (p != null && (p.getClass() != q.getClass() || !equalConstants(p, q)))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    int name(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            names.add(name);
            i = names.size() - 1;
        }
        return i;
    }

    /** The kind of each of the frame's locals (CodeObject.LOCAL, CELL, FREE bits). */
    byte[] kinds() {
        return kinds;
    }

    /** The index of a fast local, cell or free variable in the frame's locals. */
    int localIndex(String name) {
        int i = localsPlus.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException("no local " + name);
        }
        return i;
    }

    /**
     * The implicit {@code return None} that ends a function's or module's body: an exit with no line of its
     * own ({@link JumpsAndExits} places it and gives it one).
     */
    void implicitReturn(Pos pos) {
        loadConstant(null, pos);
        emit(Opcode.RETURN_VALUE, pos);
        implicitReturn = true;
    }

    CodeObject build(String name, String qualname, String filename, int argCount, int posOnly, int kwOnly, int flags,
                     int firstLine) {
        foldedTuples.forEach((at, items) -> instructions[at] = CodeObject.pack(Opcode.LOAD_CONST, constant(items)));
        optimizeBlocks();
        cleanUpJumpsAndExits();
        removeRedundantNops();
        int[] code = Arrays.copyOf(instructions, size);
        for (int i = 0; i < size; i++) {
            Label label = jumpTargets.get(i);
            if (label != null) {
                if (!label.isBound()) {
                    throw new IllegalStateException("unbound jump label at " + i);
                }
                code[i] = CodeObject.pack(Opcode.of(CodeObject.op(code[i])), label.target);
            }
        }
        Handler[] handlerAt = handlerOf.toArray(new Handler[0]);
        StackDepth depths = StackDepth.of(code, handlerAt);
        return new CodeObject(name, qualname, filename, code, Arrays.copyOf(lines, size), Arrays.copyOf(columns, size),
                Arrays.copyOf(endLines, size), Arrays.copyOf(endColumns, size),
                Collections.unmodifiableList(new ArrayList<>(constants)), List.copyOf(names), List.copyOf(localsPlus),
                kinds.clone(), argCount, posOnly, kwOnly, flags, firstLine, depths.max(),
                exceptionTable(handlerAt, depths));
    }

    /**
     * remove_redundant_nops (Python/compile.c): a NOP stays only where it alone carries its line (a pass,
     * a continue, a try); one followed by an instruction of the same line, or preceded by one, is dropped,
     * and what jumped to it jumps to the instruction after it.
     */
    private void removeRedundantNops() {
        List<Label> labels = allLabels();
        List<Handler> all = new ArrayList<>();
        for (Handler h : handlerOf) {
            if (h != null && !all.contains(h)) {
                all.add(h);
            }
        }
        int[] newIndex = new int[size + 1];
        int kept = 0;
        for (int i = 0; i < size; i++) {
            newIndex[i] = kept;
            boolean redundant = CodeObject.op(instructions[i]) == Opcode.NOP.ordinal()
                    && (i + 1 < size && lines[i + 1] == lines[i]
                    || kept > 0 && lines[kept - 1] == lines[i] && !startsBlock(i) && !endsBlock(instructions[kept - 1]));
            if (!redundant) {
                instructions[kept] = instructions[i];
                lines[kept] = lines[i];
                columns[kept] = columns[i];
                endLines[kept] = endLines[i];
                endColumns[kept] = endColumns[i];
                jumpTargets.set(kept, jumpTargets.get(i));
                handlerOf.set(kept, handlerOf.get(i));
                lineless.set(kept, lineless.get(i));
                kept++;
            }
        }
        newIndex[size] = kept;
        if (kept == size) {
            return;
        }
        for (Label label : labels) {
            label.target = newIndex[label.target];
        }
        for (Handler h : all) {
            h.start = newIndex[h.start]; // where StackDepth finds the handler's depth
        }
        jumpTargets.subList(kept, size).clear();
        handlerOf.subList(kept, size).clear();
        lineless.clear(kept, size);
        size = kept;
    }

    /** Runs {@link BlockOptimizer} over the instructions as emitted, before jumps are threaded, as compile.c does. */
    private void optimizeBlocks() {
        BitSet targets = new BitSet();
        for (Label label : allLabels()) {
            targets.set(label.target);
        }
        BlockOptimizer.run(new BlockOptimizer.Code() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public int word(int index) {
                return instructions[index];
            }

            @Override
            public void setWord(int index, int word) {
                instructions[index] = word;
            }

            @Override
            public int line(int index) {
                return lines[index];
            }

            @Override
            public boolean startsBlock(int index) {
                return targets.get(index) || index > 0 && handlerOf.get(index) != handlerOf.get(index - 1);
            }

            @Override
            public boolean isNoneConstant(int constant) {
                return constants.get(constant) == null;
            }

            @Override
            public void exchange(int first, int second) {
                for (int[] column : new int[][] {instructions, lines, columns, endLines, endColumns}) {
                    int kept = column[first];
                    column[first] = column[second];
                    column[second] = kept;
                }
            }
        });
    }

    /** Runs {@link JumpsAndExits} over the instructions, then binds every label to where its instruction went. */
    private void cleanUpJumpsAndExits() {
        List<JumpsAndExits.Slot> code = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            code.add(new JumpsAndExits.Slot(instructions[i], new Pos(lines[i], columns[i], endLines[i], endColumns[i]),
                    jumpTargets.get(i), handlerOf.get(i), lineless.get(i)));
        }
        Map<Label, JumpsAndExits.Slot> labelSlots = new IdentityHashMap<>();
        for (Label label : allLabels()) {
            labelSlots.put(label, label.target < size ? code.get(label.target) : null);
        }
        List<Handler> all = handlerOf.stream().filter(Objects::nonNull).distinct().toList();
        Map<Handler, JumpsAndExits.Slot> handlerStarts = new IdentityHashMap<>();
        all.forEach(h -> handlerStarts.put(h, code.get(h.start)));
        JumpsAndExits.run(code, implicitReturn, new JumpsAndExits.Targets() {
            @Override
            public JumpsAndExits.Slot of(Label label) {
                return labelSlots.get(label);
            }

            @Override
            public Label labelFor(JumpsAndExits.Slot slot) {
                Label label = new Label();
                labelSlots.put(label, slot);
                return label;
            }
        });
        Map<JumpsAndExits.Slot, Integer> index = new IdentityHashMap<>();
        size = 0;
        jumpTargets.clear();
        handlerOf.clear();
        lineless.clear();
        for (JumpsAndExits.Slot slot : code) {
            index.put(slot, size);
            lineless.set(size, slot.lineless);
            append(slot.word, slot.pos, slot.target, slot.handler);
        }
        labelSlots.forEach((label, slot) -> label.target = slot == null || !index.containsKey(slot) ? size : index.get(slot));
        handlerStarts.forEach((h, slot) -> h.start = index.getOrDefault(slot, size));
    }

    /** Whether instruction {@code i} is a jump target or a handler (the start of a basic block). */
    private boolean startsBlock(int i) {
        for (Label label : allLabels()) {
            if (label.target == i) {
                return true;
            }
        }
        return false;
    }

    /** Whether an instruction ends a basic block: a jump, a return or a raise. */
    private static boolean endsBlock(int instruction) {
        Opcode op = Opcode.of(CodeObject.op(instruction));
        return StackDepth.isJump(op) || op == Opcode.RETURN_VALUE || op == Opcode.RAISE_VARARGS || op == Opcode.RERAISE;
    }

    /** Every label jumps or handlers refer to. */
    private List<Label> allLabels() {
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (jumpTargets.get(i) != null && !labels.contains(jumpTargets.get(i))) {
                labels.add(jumpTargets.get(i));
            }
            Handler h = handlerOf.get(i);
            if (h != null && !labels.contains(h.target)) {
                labels.add(h.target);
            }
        }
        return labels;
    }

    /** Runs of instructions with the same innermost handler become entries: start, end, target, depth << 1 | lasti. */
    private int[] exceptionTable(Handler[] handlerAt, StackDepth depths) {
        List<Integer> table = new ArrayList<>();
        int i = 0;
        while (i < handlerAt.length) {
            Handler h = handlerAt[i];
            int start = i;
            while (i < handlerAt.length && handlerAt[i] == h) {
                i++;
            }
            if (h != null && depths.reached(start)) {
                table.add(start);
                table.add(i);
                table.add(h.target.target);
                table.add(depths.handlerDepth(h) << 1 | (h.lasti ? 1 : 0));
            }
        }
        return table.stream().mapToInt(Integer::intValue).toArray();
    }
}
