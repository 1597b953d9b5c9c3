package org.gillab.model.compile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Accumulates the instructions of one code object with their source positions, the constant and name
 * tables, and jump labels that are resolved to absolute instruction indexes when the code is built.
 */
final class CodeBuilder {
    /** A jump target; bound to an instruction index once the code reaches it. */
    static final class Label {
        private int target = -1;

        boolean isBound() {
            return target >= 0;
        }
    }

    private int[] instructions = new int[64];
    private int[] lines = new int[64];
    private int[] columns = new int[64];
    private int[] endLines = new int[64];
    private int[] endColumns = new int[64];
    private final List<Label> jumpTargets = new ArrayList<>();
    private int size;
    private final List<Object> constants = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<String> varNames;

    CodeBuilder(List<String> varNames) {
        this.varNames = varNames;
    }

    void emit(Opcode op, int arg, Pos pos) {
        if (size == instructions.length) {
            instructions = Arrays.copyOf(instructions, size * 2);
            lines = Arrays.copyOf(lines, size * 2);
            columns = Arrays.copyOf(columns, size * 2);
            endLines = Arrays.copyOf(endLines, size * 2);
            endColumns = Arrays.copyOf(endColumns, size * 2);
        }
        instructions[size] = CodeObject.pack(op, arg);
        lines[size] = pos.line();
        columns[size] = pos.column();
        endLines[size] = pos.endLine();
        endColumns[size] = pos.endColumn();
        jumpTargets.add(null);
        size++;
    }

    void emit(Opcode op, Pos pos) {
        emit(op, 0, pos);
    }

    /** A conditional or unconditional jump to label; conditional jumps only go forward. */
    void jump(Opcode op, Label label, Pos pos) {
        if (label.isBound() && op != Opcode.JUMP_BACKWARD) {
            throw new IllegalStateException(op + " must jump forward");
        }
        emit(op, 0, pos);
        jumpTargets.set(size - 1, label);
    }

    /** An unconditional jump: JUMP_BACKWARD (a check point) to a bound label, else JUMP_FORWARD. */
    void jumpTo(Label label, Pos pos) {
        jump(label.isBound() ? Opcode.JUMP_BACKWARD : Opcode.JUMP_FORWARD, label, pos);
    }

    void bind(Label label) {
        label.target = size;
    }

    void loadConstant(Object value, Pos pos) {
        emit(Opcode.LOAD_CONST, constant(value), pos);
    }

    /** Index of value in the constant table; equal values of the same type share an entry, as in CPython. */
    int constant(Object value) {
        for (int i = 0; i < constants.size(); i++) {
            Object c = constants.get(i);
            if (c == value || (c != null && value != null && c.getClass() == value.getClass()
                    && !(c instanceof CodeObject) && Objects.equals(c, value) && sameTypes(c, value))) {
                return i;
            }
        }
        constants.add(value);
        return constants.size() - 1;
    }

    /** Tuples (1, 2) and (1.0, 2) are equal in Python but must stay distinct constants. */
    private static boolean sameTypes(Object a, Object b) {
        if (a instanceof List<?> x && b instanceof List<?> y) {
            for (int i = 0; i < x.size(); i++) {
                Object p = x.get(i);
                Object q = y.get(i);
                if ((p == null) != (q == null) || (p != null && (p.getClass() != q.getClass() || !sameTypes(p, q)))) {
                    return false;
                }
            }
        }
        return true;
    }

    int name(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            names.add(name);
            i = names.size() - 1;
        }
        return i;
    }

    int varName(String name) {
        return varNames.indexOf(name);
    }

    CodeObject build(String name, String filename, int argCount, int defaultCount, int firstLine) {
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
        return new CodeObject(name, filename, code, Arrays.copyOf(lines, size), Arrays.copyOf(columns, size),
                Arrays.copyOf(endLines, size), Arrays.copyOf(endColumns, size),
                Collections.unmodifiableList(new ArrayList<>(constants)), List.copyOf(names), List.copyOf(varNames),
                argCount, defaultCount, firstLine, StackDepth.max(code));
    }
}
