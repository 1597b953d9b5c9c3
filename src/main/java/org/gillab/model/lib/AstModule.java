package org.gillab.model.lib;

import java.util.ArrayList;
import java.util.List;
import org.gillab.model.compile.CompileError;
import org.gillab.model.compile.SyntaxTree;
import org.gillab.model.object.PyCode;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.ThreadState;

/**
 * _ast: the model parser's tree for the model's ast.py, which builds its node objects from it (CPython's
 * _ast module makes the nodes in C, Python/Python-ast.c). A node is a tuple (class name, field values,
 * (lineno, col_offset, end_lineno, end_col_offset) or None); lists are lists, identifiers str, absent
 * values None. Written for the model, not copied.
 */
public final class AstModule {
    private AstModule() {}

    static PyModule create() {
        return new PyModule("_ast", true).function("parse", args -> {
            args.expectPositional("parse", 3, 3);
            return parse(args.thread(), ((PyStr) args.get(0)).value, ((PyStr) args.get(1)).value, ((PyStr) args.get(2)).value);
        });
    }

    /**
     * The tree of {@code source} as _ast.parse gives it, for compile() under PyCF_ONLY_AST (which then
     * has ast.py make the nodes): the SyntaxError of compile() in that mode, raised where compile() is.
     */
    public static PyObject parse(ThreadState ts, String source, String filename, String mode) {
        if (mode.equals("func_type")) {
            throw PyErrors.raise(PyErrors.NOT_IMPLEMENTED_ERROR, "ast.parse(mode='func_type') is not implemented by the model");
        }
        if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
            throw PyErrors.raise(PyErrors.VALUE_ERROR, "compile() mode must be 'exec', 'eval', 'single' or 'func_type'");
        }
        try {
            return value(ts, SyntaxTree.parse(source, filename, mode));
        } catch (CompileError e) {
            throw PyErrors.compileError(ts, e);
        }
    }

    private static PyObject value(ThreadState ts, Object value) {
        if (value == null) {
            return PyNone.NONE;
        }
        if (value instanceof SyntaxTree.Node node) {
            PyObject position = PyNone.NONE;
            if (node.position() != null) {
                int[] p = node.position();
                position = new PyTuple(ts, new PyObject[] {PyInt.of(ts, p[0]), PyInt.of(ts, p[1]), PyInt.of(ts, p[2]), PyInt.of(ts, p[3])});
            }
            PyObject[] fields = new PyObject[node.fields().size()];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = value(ts, node.fields().get(i));
            }
            return new PyTuple(ts, new PyObject[] {PyStr.constant(node.type()), new PyTuple(ts, fields), position});
        }
        if (value instanceof List<?> items) {
            List<PyObject> out = new ArrayList<>(items.size());
            for (Object item : items) {
                out.add(value(ts, item));
            }
            return new PyList(ts, out);
        }
        if (value instanceof String identifier) {
            return PyStr.constant(identifier);
        }
        if (value instanceof Integer n) {
            return PyInt.of(ts, n);
        }
        if (value instanceof SyntaxTree.Literal literal) {
            return PyCode.constant(literal.value());
        }
        throw new IllegalStateException("unexpected ast field value " + value.getClass().getName());
    }
}
