package org.gillab.model.compile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists a code object like Python's dis.dis(): line number at the start of each line, "&gt;&gt;" at jump
 * targets, offset, opname, argument and the argument's meaning in parentheses, then the code objects of
 * nested functions. Offsets are instruction indexes (the model's jump arguments), not CPython's bytes.
 * <pre>
 *   2     &gt;&gt;    1 LOAD_FAST                0 (n)
 *                2 LOAD_CONST               0 (0)
 *                3 COMPARE_OP               4 (&gt;)
 * </pre>
 */
public final class Disassembler {
    private static final int OPNAME_WIDTH = 20;

    private Disassembler() {
    }

    public static String dis(CodeObject code) {
        StringBuilder out = new StringBuilder();
        List<CodeObject> nested = new ArrayList<>();
        disassemble(code, out, nested);
        for (int i = 0; i < nested.size(); i++) {
            CodeObject inner = nested.get(i);
            out.append("\nDisassembly of ").append(describe(inner)).append(":\n");
            disassemble(inner, out, nested);
        }
        return out.toString();
    }

    /**
     * One code object as dis.Bytecode(code).dis() lists it in 3.11: its instructions, then its exception
     * table ("start to end -> handler [depth] lasti", end inclusive) when it has one; nested code not listed.
     */
    public static String listing(CodeObject code) {
        StringBuilder out = new StringBuilder();
        disassemble(code, out, new ArrayList<>());
        int[] table = code.exceptionTable();
        if (table.length > 0) {
            out.append("ExceptionTable:\n");
            for (int i = 0; i < table.length; i += 4) {
                out.append("  ").append(table[i]).append(" to ").append(table[i + 1] - 1).append(" -> ").append(table[i + 2])
                        .append(" [").append(table[i + 3] >> 1).append(']').append((table[i + 3] & 1) != 0 ? " lasti" : "")
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static void disassemble(CodeObject code, StringBuilder out, List<CodeObject> nested) {
        int[] instructions = code.instructions();
        boolean[] isTarget = new boolean[instructions.length + 1];
        for (int instruction : instructions) {
            if (StackDepth.isJump(Opcode.of(CodeObject.op(instruction)))) {
                isTarget[CodeObject.arg(instruction)] = true;
            }
        }
        int lastLine = -1;
        for (int i = 0; i < instructions.length; i++) {
            Opcode op = Opcode.of(CodeObject.op(instructions[i]));
            int arg = CodeObject.arg(instructions[i]);
            int line = code.lines()[i];
            if (line >= 0 && line != lastLine) { // an instruction without a line (-1) continues the group
                if (lastLine != -1) {
                    out.append('\n');
                }
                out.append(String.format("%3d", line));
                lastLine = line;
            } else {
                out.append("   ");
            }
            out.append("     ").append(isTarget[i] ? ">>" : "  ");
            out.append(String.format(" %4d %-" + OPNAME_WIDTH + "s", i, op.name()));
            if (hasArgument(op)) {
                out.append(String.format(" %5d", arg));
                String meaning = meaning(code, op, arg, nested);
                if (!meaning.isEmpty()) {
                    out.append(" (").append(meaning).append(')');
                }
            }
            trimTrailingSpaces(out);
            out.append('\n');
        }
    }

    private static void trimTrailingSpaces(StringBuilder out) {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
    }

    /** Opcodes below 3.11's HAVE_ARGUMENT: dis shows no argument for them. */
    private static boolean hasArgument(Opcode op) {
        return switch (op) {
            case NOP, POP_TOP, PUSH_NULL, UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_NOT, UNARY_INVERT, BINARY_SUBSCR,
                    STORE_SUBSCR, DELETE_SUBSCR, GET_ITER, RETURN_VALUE, BEFORE_WITH, PUSH_EXC_INFO, POP_EXCEPT,
                    CHECK_EXC_MATCH, WITH_EXCEPT_START, LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR, RETURN_GENERATOR,
                    YIELD_VALUE, GET_YIELD_FROM_ITER, SETUP_ANNOTATIONS, IMPORT_STAR, LIST_TO_TUPLE, PRINT_EXPR, CHECK_EG_MATCH,
                    PREP_RERAISE_STAR, BEFORE_ASYNC_WITH, GET_AITER, GET_ANEXT, END_ASYNC_FOR, GET_LEN, MATCH_MAPPING,
                    MATCH_SEQUENCE, MATCH_KEYS, ASYNC_GEN_WRAP -> false;
            default -> true;
        };
    }

    private static String meaning(CodeObject code, Opcode op, int arg, List<CodeObject> nested) {
        return switch (op) {
            case LOAD_CONST -> {
                Object constant = code.constants().get(arg);
                if (constant instanceof CodeObject inner && !nested.contains(inner)) {
                    nested.add(inner);
                }
                yield repr(constant);
            }
            case KW_NAMES -> repr(code.constants().get(arg));
            case LOAD_FAST, STORE_FAST, DELETE_FAST, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE,
                    LOAD_CLASSDEREF, MAKE_CELL -> code.localsPlusNames().get(arg);
            case LOAD_GLOBAL -> ((arg & 1) != 0 ? "NULL + " : "") + code.names().get(arg >> 1);
            case STORE_GLOBAL, DELETE_GLOBAL, LOAD_NAME, STORE_NAME, DELETE_NAME, LOAD_ATTR, STORE_ATTR, DELETE_ATTR,
                    LOAD_METHOD, IMPORT_NAME, IMPORT_FROM -> code.names().get(arg);
            case BINARY_OP -> BinaryOperator.of(arg).symbol;
            case COMPARE_OP -> CompareOperator.of(arg).symbol;
            case JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE,
                    POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER,
                    SEND -> "to " + arg;
            case FORMAT_VALUE -> {
                String conversion = switch (arg & 3) {
                    case 1 -> "str";
                    case 2 -> "repr";
                    case 3 -> "ascii";
                    default -> "";
                };
                String spec = (arg & 4) != 0 ? "with format" : "";
                yield conversion.isEmpty() || spec.isEmpty() ? conversion + spec : conversion + ", " + spec;
            }
            case MAKE_FUNCTION -> {
                List<String> parts = new ArrayList<>();
                String[] flags = {"defaults", "kwdefaults", "annotations", "closure"};
                for (int bit = 0; bit < flags.length; bit++) {
                    if ((arg & 1 << bit) != 0) {
                        parts.add(flags[bit]);
                    }
                }
                yield String.join(", ", parts);
            }
            default -> "";
        };
    }

    private static String describe(CodeObject code) {
        return "<code object " + code.name() + ", file \"" + code.filename() + "\", line " + code.firstLine() + ">";
    }

    /** Python's repr() of a constant. */
    static String repr(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Double d) {
            return floatRepr(d);
        }
        if (value instanceof Constants.Imaginary j) {
            String r = floatRepr(j.value());
            return (r.endsWith(".0") ? r.substring(0, r.length() - 2) : r) + "j";
        }
        if (value instanceof String s) {
            return StringRepr.of(s);
        }
        if (value instanceof CodeObject code) {
            return describe(code);
        }
        if (value == Constants.ELLIPSIS) {
            return "Ellipsis";
        }
        if (value instanceof Constants.Bytes b) {
            return StringRepr.ofBytes(b.value());
        }
        if (value instanceof List<?> tuple) {
            StringBuilder out = new StringBuilder("(");
            for (int i = 0; i < tuple.size(); i++) {
                out.append(i > 0 ? ", " : "").append(repr(tuple.get(i)));
            }
            return out.append(tuple.size() == 1 ? ",)" : ")").toString();
        }
        return value.toString();
    }

    /** float.__repr__: shortest digits; positional notation for exponents -4..15, else d.ddde+XX. */
    private static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal decimal = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = decimal.unscaledValue().toString();
        int exponent = digits.length() - 1 - decimal.scale();
        String sign = d < 0 ? "-" : "";
        if (exponent >= -5 && exponent < 16) {
            String plain = decimal.toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }
}
