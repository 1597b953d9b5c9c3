package org.gillab.model.compile;

import java.math.BigInteger;
import java.util.List;

/**
 * The SyntaxWarnings CPython 3.11's compiler gives for code that is valid but almost surely a mistake
 * (Python/compile.c: compiler_assert, check_compare, check_caller, check_subscripter, check_index):
 * an assert on a tuple, "is" with a literal, a literal called or subscripted as if a comma were missing.
 * Each check returns the warning's message, or null.
 */
final class SyntaxWarnings {
    private SyntaxWarnings() {
    }

    /** assert (x, "message"): a non-empty tuple is always true. */
    static String assertion(Expr test) {
        return test instanceof Expr.Tuple t && !t.elements().isEmpty()
                ? "assertion is always true, perhaps remove parentheses?" : null;
    }

    /** check_compare: "is" or "is not" with a literal other than None, True, False and Ellipsis (check_is_arg). */
    static String identity(Expr left, List<String> ops, List<Expr> comparators) {
        Expr previous = left;
        for (int i = 0; i < ops.size(); i++) {
            Expr right = comparators.get(i);
            if (ops.get(i).startsWith("is") && (isLiteral(previous) || isLiteral(right))) {
                return ops.get(i).equals("is") ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?";
            }
            previous = right;
        }
        return null;
    }

    private static boolean isLiteral(Expr e) {
        Object value = CodeGenerator.constant(e);
        return value != CodeGenerator.NOT_CONSTANT && value != null && !(value instanceof Boolean) && value != Constants.ELLIPSIS;
    }

    /** check_caller: a display, comprehension, f-string or constant called. */
    static String caller(Expr func) {
        boolean literal = CodeGenerator.constant(func) != CodeGenerator.NOT_CONSTANT || func instanceof Expr.Tuple
                || func instanceof Expr.ListDisplay || func instanceof Expr.ListComp || func instanceof Expr.Dict
                || func instanceof Expr.DictComp || func instanceof Expr.SetDisplay || func instanceof Expr.SetComp
                || func instanceof Expr.GeneratorExp || func instanceof Expr.JoinedStr || func instanceof Expr.FormattedValue;
        return literal ? "'" + inferType(func) + "' object is not callable; perhaps you missed a comma?" : null;
    }

    /** check_subscripter and check_index: a subscript no literal of that kind supports. */
    static String subscript(Expr value, Expr index) {
        Object constant = CodeGenerator.constant(value);
        boolean isConstant = constant != CodeGenerator.NOT_CONSTANT;
        if (isConstant && (constant == null || constant instanceof Boolean || constant instanceof Long
                || constant instanceof BigInteger || constant instanceof Double || constant == Constants.ELLIPSIS)
                || value instanceof Expr.SetDisplay || value instanceof Expr.SetComp || value instanceof Expr.GeneratorExp
                || value instanceof Expr.Lambda) {
            return "'" + inferType(value) + "' object is not subscriptable; perhaps you missed a comma?";
        }
        String indexType = inferType(index);
        if (indexType == null || indexType.equals("int") || indexType.equals("bool") || indexType.equals("slice")) {
            return null;
        }
        boolean sequence = isConstant ? constant instanceof String || constant instanceof Constants.Bytes || constant instanceof List
                : value instanceof Expr.Tuple || value instanceof Expr.ListDisplay || value instanceof Expr.ListComp
                || value instanceof Expr.JoinedStr || value instanceof Expr.FormattedValue;
        return sequence ? inferType(value) + " indices must be integers or slices, not " + indexType
                + "; perhaps you missed a comma?" : null;
    }

    /** infer_type: the type a literal expression makes, or null when the compiler cannot tell. */
    private static String inferType(Expr e) {
        Object constant = CodeGenerator.constant(e);
        if (constant != CodeGenerator.NOT_CONSTANT) {
            if (constant == null) {
                return "NoneType";
            }
            if (constant == Constants.ELLIPSIS) {
                return "ellipsis";
            }
            if (constant instanceof Boolean) {
                return "bool";
            }
            if (constant instanceof Long || constant instanceof BigInteger) {
                return "int";
            }
            if (constant instanceof Double) {
                return "float";
            }
            if (constant instanceof String) {
                return "str";
            }
            if (constant instanceof Constants.Bytes) {
                return "bytes";
            }
            if (constant instanceof List) {
                return "tuple";
            }
        }
        if (e instanceof Expr.Tuple) {
            return "tuple";
        }
        if (e instanceof Expr.ListDisplay || e instanceof Expr.ListComp) {
            return "list";
        }
        if (e instanceof Expr.Dict || e instanceof Expr.DictComp) {
            return "dict";
        }
        if (e instanceof Expr.SetDisplay || e instanceof Expr.SetComp) {
            return "set";
        }
        if (e instanceof Expr.GeneratorExp) {
            return "generator";
        }
        if (e instanceof Expr.Lambda) {
            return "function";
        }
        if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return "str";
        }
        if (e instanceof Expr.Slice) {
            return "slice";
        }
        return null;
    }
}
