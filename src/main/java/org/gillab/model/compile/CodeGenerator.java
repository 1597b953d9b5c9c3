package org.gillab.model.compile;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Generates the bytecode of one code object (the module body or one function) from its statements, the
 * way CPython 3.11's Python/compile.c does for the same constructs. Function bodies nested in it are
 * compiled by their own CodeGenerator and become constants.
 */
final class CodeGenerator {
    /** A loop or with-block that break, continue and return must unwind (compile.c's fblockinfo). */
    private record Block(Kind kind, CodeBuilder.Label top, CodeBuilder.Label end) {
        enum Kind { WHILE, FOR, WITH }
    }

    private static final Object NOT_CONSTANT = new Object();

    private final Source source;
    private final Scope scope;
    private final CodeBuilder code;
    private final Deque<Block> blocks = new ArrayDeque<>();
    /**
     * The loop variables of the comprehensions being compiled, innermost first, with their hidden
     * slots: they shadow every other name.
     */
    private final Deque<Map<String, String>> comprehensions = new ArrayDeque<>();

    private CodeGenerator(Source source, Scope scope) {
        this.source = source;
        this.scope = scope;
        this.code = new CodeBuilder(scope.localNames());
    }

    static CodeObject module(List<Stmt> body, Source source) {
        CodeGenerator g = new CodeGenerator(source, Scope.module(body));
        Pos start = new Pos(1, 0, 1, 0);
        g.code.emit(Opcode.RESUME, start);
        List<Stmt> statements = body;
        if (docstring(body) != null) {
            // Like CPython, a module docstring is stored in __doc__.
            Stmt first = body.get(0);
            g.code.loadConstant(docstring(body), first.pos());
            g.code.emit(Opcode.STORE_GLOBAL, g.code.name("__doc__"), first.pos());
            statements = body.subList(1, body.size());
        }
        g.statements(statements);
        Pos end = body.isEmpty() ? start : body.get(body.size() - 1).pos();
        g.code.loadConstant(null, end);
        g.code.emit(Opcode.RETURN_VALUE, end);
        return g.code.build("<module>", source.filename, 0, 0, 1);
    }

    private CodeObject function(Stmt.FunctionDef def) {
        CodeGenerator g = new CodeGenerator(source, Scope.function(def, scope, source));
        g.code.emit(Opcode.RESUME, def.pos());
        // A function's docstring is not executed (CPython keeps it as co_consts[0]).
        List<Stmt> body = docstring(def.body()) != null ? def.body().subList(1, def.body().size()) : def.body();
        g.statements(body);
        if (!endsFlow(body)) {
            Pos pos = body.isEmpty() ? def.pos() : body.get(body.size() - 1).pos();
            g.code.loadConstant(null, pos);
            g.code.emit(Opcode.RETURN_VALUE, pos);
        }
        return g.code.build(def.name(), source.filename, def.params().size(), def.defaults().size(), def.pos().line());
    }

    private static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    // ---- statements ----

    private void statements(List<Stmt> body) {
        for (Stmt stmt : body) {
            statement(stmt);
        }
    }

    private void statement(Stmt stmt) {
        if (stmt instanceof Stmt.ExprStmt s) {
            if (!(s.value() instanceof Expr.Constant)) { // CPython drops constant expression statements
                expression(s.value());
                code.emit(Opcode.POP_TOP, s.pos());
            }
        } else if (stmt instanceof Stmt.Assign s) {
            assign(s);
        } else if (stmt instanceof Stmt.AugAssign s) {
            augmentedAssign(s);
        } else if (stmt instanceof Stmt.FunctionDef s) {
            functionDef(s);
        } else if (stmt instanceof Stmt.Return s) {
            returnStatement(s);
        } else if (stmt instanceof Stmt.Delete s) {
            s.targets().forEach(this::delete);
        } else if (stmt instanceof Stmt.Break s) {
            breakStatement(s);
        } else if (stmt instanceof Stmt.Continue s) {
            continueStatement(s);
        } else if (stmt instanceof Stmt.If s) {
            ifStatement(s);
        } else if (stmt instanceof Stmt.While s) {
            whileStatement(s);
        } else if (stmt instanceof Stmt.For s) {
            forStatement(s);
        } else if (stmt instanceof Stmt.With s) {
            withStatement(s);
        } else if (stmt instanceof Stmt.Raise s) {
            expression(s.exception());
            code.emit(Opcode.RAISE_VARARGS, 1, s.pos());
        } else if (stmt instanceof Stmt.Assert s) {
            assertStatement(s);
        } else if (stmt instanceof Stmt.Import s) {
            for (int i = 0; i < s.modules().size(); i++) {
                code.emit(Opcode.IMPORT_NAME, code.name(s.modules().get(i)), s.pos());
                String asName = s.asNames().get(i);
                store(asName != null ? asName : s.modules().get(i), s.pos());
            }
        } else if (stmt instanceof Stmt.ImportFrom s) {
            code.emit(Opcode.IMPORT_NAME, code.name(s.module()), s.pos());
            for (int i = 0; i < s.names().size(); i++) {
                code.emit(Opcode.IMPORT_FROM, code.name(s.names().get(i)), s.pos());
                String asName = s.asNames().get(i);
                store(asName != null ? asName : s.names().get(i), s.pos());
            }
            code.emit(Opcode.POP_TOP, s.pos());
        }
        // Pass and Global generate no code (global is handled by Scope).
    }

    private void assign(Stmt.Assign s) {
        if (s.targets().size() == 1 && swapAssign(s.targets().get(0), s.value())) {
            return;
        }
        expression(s.value());
        for (int i = 0; i < s.targets().size(); i++) {
            if (i < s.targets().size() - 1) {
                code.emit(Opcode.COPY, 1, s.pos());
            }
            storeTarget(s.targets().get(i));
        }
    }

    /**
     * a, b = b, a without building a tuple: push the values, SWAP them into target order and store
     * (CPython 3.11's swaptimize does the same for two or three distinct names).
     */
    private boolean swapAssign(Expr target, Expr value) {
        if (!(target instanceof Expr.Tuple t && value instanceof Expr.Tuple v) || constant(value) != NOT_CONSTANT
                || t.elements().size() != v.elements().size() || t.elements().size() < 2 || t.elements().size() > 3
                || !t.elements().stream().allMatch(e -> e instanceof Expr.Name)
                || t.elements().stream().map(e -> ((Expr.Name) e).id()).distinct().count() != t.elements().size()) {
            return false;
        }
        v.elements().forEach(this::expression);
        code.emit(Opcode.SWAP, t.elements().size(), value.pos());
        for (Expr e : t.elements()) {
            store(((Expr.Name) e).id(), e.pos());
        }
        return true;
    }

    /** x op= v; for a[i] and o.n the container is evaluated once, with COPY and SWAP as in 3.11. */
    private void augmentedAssign(Stmt.AugAssign s) {
        Expr target = s.target();
        int op = s.op().ordinal();
        if (target instanceof Expr.Name n) {
            load(n);
            expression(s.value());
            code.emit(Opcode.BINARY_OP, op, s.pos());
            store(n.id(), n.pos());
        } else if (target instanceof Expr.Attribute a) {
            expression(a.value());
            code.emit(Opcode.COPY, 1, a.pos());
            code.emit(Opcode.LOAD_ATTR, code.name(a.attr()), a.pos());
            expression(s.value());
            code.emit(Opcode.BINARY_OP, op, s.pos());
            code.emit(Opcode.SWAP, 2, a.pos());
            code.emit(Opcode.STORE_ATTR, code.name(a.attr()), a.pos());
        } else {
            Expr.Subscript sub = (Expr.Subscript) target;
            expression(sub.value());
            subscriptIndex(sub.index());
            code.emit(Opcode.COPY, 2, sub.pos());
            code.emit(Opcode.COPY, 2, sub.pos());
            code.emit(Opcode.BINARY_SUBSCR, sub.pos());
            expression(s.value());
            code.emit(Opcode.BINARY_OP, op, s.pos());
            code.emit(Opcode.SWAP, 3, sub.pos());
            code.emit(Opcode.SWAP, 2, sub.pos());
            code.emit(Opcode.STORE_SUBSCR, sub.pos());
        }
    }

    private void functionDef(Stmt.FunctionDef s) {
        int flags = 0;
        if (!s.defaults().isEmpty()) {
            sequence(Opcode.BUILD_TUPLE, s.defaults(), s.pos());
            flags = 1;
        }
        code.loadConstant(function(s), s.pos());
        code.emit(Opcode.MAKE_FUNCTION, flags, s.pos());
        store(s.name(), s.pos());
    }

    private void returnStatement(Stmt.Return s) {
        if (scope.isModule()) {
            throw source.syntaxError(s.pos(), "'return' outside function");
        }
        if (s.value() == null) {
            code.loadConstant(null, s.pos());
        } else {
            expression(s.value());
        }
        for (Block block : blocks) {
            if (block.kind() != Block.Kind.WHILE) {
                // The return value stays on top while the block's own item below it is cleaned up.
                code.emit(Opcode.SWAP, 2, s.pos());
                unwind(block, s.pos());
            }
        }
        code.emit(Opcode.RETURN_VALUE, s.pos());
    }

    /** Leaves block: a for loop pops its iterator, a with-block calls its __exit__(None, None, None). */
    private void unwind(Block block, Pos pos) {
        if (block.kind() == Block.Kind.WITH) {
            callExit(pos);
        } else if (block.kind() == Block.Kind.FOR) {
            code.emit(Opcode.POP_TOP, pos);
        }
    }

    private void callExit(Pos pos) {
        for (int i = 0; i < 3; i++) {
            code.loadConstant(null, pos);
        }
        code.emit(Opcode.CALL, 3, pos);
        code.emit(Opcode.POP_TOP, pos);
    }

    private void breakStatement(Stmt.Break s) {
        Block loop = unwindToLoop(s.pos(), "'break' outside loop");
        unwind(loop, s.pos());
        code.jumpTo(loop.end(), s.pos());
    }

    private void continueStatement(Stmt.Continue s) {
        Block loop = unwindToLoop(s.pos(), "'continue' not properly in loop");
        code.jumpTo(loop.top(), s.pos());
    }

    /** Unwinds the with-blocks inside the innermost loop and returns that loop. */
    private Block unwindToLoop(Pos pos, String outsideLoop) {
        for (Block block : blocks) {
            if (block.kind() != Block.Kind.WITH) {
                return block;
            }
            unwind(block, pos);
        }
        throw source.syntaxError(pos, outsideLoop);
    }

    private void ifStatement(Stmt.If s) {
        CodeBuilder.Label orElse = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        jumpIf(s.test(), orElse, false);
        statements(s.body());
        if (!s.orElse().isEmpty() && !endsFlow(s.body())) {
            code.jumpTo(end, s.body().get(s.body().size() - 1).pos());
        }
        code.bind(orElse);
        statements(s.orElse());
        code.bind(end);
    }

    /** Whether control never falls off the end of body, so no jump or clean-up is needed after it. */
    private static boolean endsFlow(List<Stmt> body) {
        Stmt last = body.isEmpty() ? null : body.get(body.size() - 1);
        if (last instanceof Stmt.If s) {
            return endsFlow(s.body()) && endsFlow(s.orElse());
        }
        if (last instanceof Stmt.With s) {
            return endsFlow(s.body());
        }
        return last instanceof Stmt.Return || last instanceof Stmt.Break || last instanceof Stmt.Continue
                || last instanceof Stmt.Raise;
    }

    /** The test sits at the top and the back edge is a JUMP_BACKWARD: the loop's eval-breaker check point. */
    private void whileStatement(Stmt.While s) {
        Block loop = new Block(Block.Kind.WHILE, new CodeBuilder.Label(), new CodeBuilder.Label());
        CodeBuilder.Label orElse = new CodeBuilder.Label();
        code.bind(loop.top());
        jumpIf(s.test(), orElse, false);
        loopBody(loop, s.body(), s.test().pos());
        code.bind(orElse);
        statements(s.orElse());
        code.bind(loop.end());
    }

    private void forStatement(Stmt.For s) {
        Block loop = new Block(Block.Kind.FOR, new CodeBuilder.Label(), new CodeBuilder.Label());
        CodeBuilder.Label orElse = new CodeBuilder.Label();
        expression(s.iter());
        code.emit(Opcode.GET_ITER, s.iter().pos());
        code.bind(loop.top());
        code.jump(Opcode.FOR_ITER, orElse, s.pos());
        storeTarget(s.target());
        loopBody(loop, s.body(), s.body().get(s.body().size() - 1).pos());
        code.bind(orElse);
        statements(s.orElse());
        code.bind(loop.end());
    }

    /**
     * The body, then the back edge at {@code backEdge}: where CPython 3.11 puts it, a while loop's test
     * (compiled again at the bottom there) or a for loop's last statement; an interrupt seen at the
     * back edge is reported there.
     */
    private void loopBody(Block loop, List<Stmt> body, Pos backEdge) {
        blocks.push(loop);
        statements(body);
        blocks.pop();
        if (!endsFlow(body)) {
            code.jumpTo(loop.top(), backEdge);
        }
    }

    private void withStatement(Stmt.With s) {
        expression(s.context());
        code.emit(Opcode.BEFORE_WITH, s.pos());
        if (s.target() != null) {
            storeTarget(s.target());
        } else {
            code.emit(Opcode.POP_TOP, s.pos());
        }
        blocks.push(new Block(Block.Kind.WITH, null, null));
        statements(s.body());
        blocks.pop();
        if (!endsFlow(s.body())) {
            callExit(s.pos());
        }
    }

    /** A failed assert raises at its condition, which CPython 3.11's traceback underlines. */
    private void assertStatement(Stmt.Assert s) {
        CodeBuilder.Label end = new CodeBuilder.Label();
        Pos at = s.test().pos();
        jumpIf(s.test(), end, true);
        code.emit(Opcode.LOAD_GLOBAL, code.name("AssertionError"), at);
        if (s.message() != null) {
            expression(s.message());
        }
        code.emit(Opcode.CALL, s.message() != null ? 1 : 0, at);
        code.emit(Opcode.RAISE_VARARGS, 1, at);
        code.bind(end);
    }

    private void delete(Expr target) {
        if (target instanceof Expr.Name n) {
            if (scope.isLocal(n.id())) {
                code.emit(Opcode.DELETE_FAST, code.varName(n.id()), n.pos());
            } else {
                code.emit(Opcode.DELETE_GLOBAL, code.name(n.id()), n.pos());
            }
        } else if (target instanceof Expr.Subscript s) {
            expression(s.value());
            subscriptIndex(s.index());
            code.emit(Opcode.DELETE_SUBSCR, s.pos());
        } else {
            Expressions.children(target).forEach(this::delete);
        }
    }

    // ---- names and targets ----

    private void load(Expr.Name n) {
        String comprehensionLocal = comprehensionLocal(n.id());
        if (comprehensionLocal != null) {
            code.emit(Opcode.LOAD_FAST, code.varName(comprehensionLocal), n.pos());
            return;
        }
        if (scope.isLocal(n.id())) {
            code.emit(Opcode.LOAD_FAST, code.varName(n.id()), n.pos());
            return;
        }
        String owner = scope.closureOwner(n.id());
        if (owner != null) {
            throw source.notImplemented(n.pos(), "closures are not supported by the GIL Lab model: this inner function"
                    + " uses '" + n.id() + "', a local variable of the enclosing function '" + owner + "'");
        }
        code.emit(Opcode.LOAD_GLOBAL, code.name(n.id()), n.pos());
    }

    private void store(String name, Pos pos) {
        String comprehensionLocal = comprehensionLocal(name);
        if (comprehensionLocal != null) {
            code.emit(Opcode.STORE_FAST, code.varName(comprehensionLocal), pos);
        } else if (scope.isLocal(name)) {
            code.emit(Opcode.STORE_FAST, code.varName(name), pos);
        } else {
            code.emit(Opcode.STORE_GLOBAL, code.name(name), pos);
        }
    }

    /** The hidden slot that {@code name} means inside the comprehensions being compiled, or null. */
    private String comprehensionLocal(String name) {
        for (Map<String, String> slots : comprehensions) {
            String slot = slots.get(name);
            if (slot != null) {
                return slot;
            }
        }
        return null;
    }

    /** Stores the value on top of the stack into target. */
    private void storeTarget(Expr target) {
        if (target instanceof Expr.Name n) {
            store(n.id(), n.pos());
        } else if (target instanceof Expr.Attribute a) {
            expression(a.value());
            code.emit(Opcode.STORE_ATTR, code.name(a.attr()), a.pos());
        } else if (target instanceof Expr.Subscript s) {
            expression(s.value());
            subscriptIndex(s.index());
            code.emit(Opcode.STORE_SUBSCR, s.pos());
        } else {
            List<Expr> elements = Expressions.children(target);
            code.emit(Opcode.UNPACK_SEQUENCE, elements.size(), target.pos());
            elements.forEach(this::storeTarget);
        }
    }

    // ---- expressions ----

    private void expression(Expr e) {
        Object constant = constant(e);
        if (constant != NOT_CONSTANT) {
            code.loadConstant(constant, e.pos());
        } else if (e instanceof Expr.Name n) {
            load(n);
        } else if (e instanceof Expr.BinOp b) {
            expression(b.left());
            expression(b.right());
            code.emit(Opcode.BINARY_OP, b.op().ordinal(), b.pos());
        } else if (e instanceof Expr.UnaryOp u) {
            expression(u.operand());
            code.emit(u.op(), u.pos());
        } else if (e instanceof Expr.BoolOp b) {
            boolOp(b);
        } else if (e instanceof Expr.Compare c) {
            compare(c);
        } else if (e instanceof Expr.IfExp i) {
            CodeBuilder.Label orElse = new CodeBuilder.Label();
            CodeBuilder.Label end = new CodeBuilder.Label();
            jumpIf(i.test(), orElse, false);
            expression(i.body());
            code.jumpTo(end, i.pos());
            code.bind(orElse);
            expression(i.orElse());
            code.bind(end);
        } else if (e instanceof Expr.Call c) {
            call(c);
        } else if (e instanceof Expr.Attribute a) {
            expression(a.value());
            code.emit(Opcode.LOAD_ATTR, code.name(a.attr()), a.pos());
        } else if (e instanceof Expr.Subscript s) {
            expression(s.value());
            subscriptIndex(s.index());
            code.emit(Opcode.BINARY_SUBSCR, s.pos());
        } else if (e instanceof Expr.Tuple t) {
            sequence(Opcode.BUILD_TUPLE, t.elements(), t.pos());
        } else if (e instanceof Expr.ListDisplay l) {
            sequence(Opcode.BUILD_LIST, l.elements(), l.pos());
        } else if (e instanceof Expr.Dict d) {
            for (int i = 0; i < d.keys().size(); i++) {
                expression(d.keys().get(i));
                expression(d.values().get(i));
            }
            code.emit(Opcode.BUILD_MAP, d.keys().size(), d.pos());
        } else if (e instanceof Expr.ListComp c) {
            listComprehension(c);
        } else if (e instanceof Expr.JoinedStr j) {
            j.values().forEach(this::expression);
            if (j.values().size() != 1) {
                code.emit(Opcode.BUILD_STRING, j.values().size(), j.pos());
            }
        } else if (e instanceof Expr.FormattedValue f) {
            expression(f.value());
            if (f.formatSpec() != null) {
                expression(f.formatSpec());
            }
            code.emit(Opcode.FORMAT_VALUE, f.conversion() | (f.formatSpec() != null ? 4 : 0), f.pos());
        } else {
            throw new IllegalStateException("unexpected " + e);
        }
    }

    private void sequence(Opcode build, List<Expr> elements, Pos pos) {
        if (build == Opcode.BUILD_TUPLE) {
            Object constant = constant(new Expr.Tuple(pos, elements));
            if (constant != NOT_CONSTANT) {
                code.loadConstant(constant, pos);
                return;
            }
        }
        elements.forEach(this::expression);
        code.emit(build, elements.size(), pos);
    }

    /** The constant value of e (literals and tuples of literals, folded as CPython does), or NOT_CONSTANT. */
    private static Object constant(Expr e) {
        if (e instanceof Expr.Constant c) {
            return c.value();
        }
        if (e instanceof Expr.Tuple t) {
            List<Object> values = new ArrayList<>();
            for (Expr element : t.elements()) {
                Object value = constant(element);
                if (value == NOT_CONSTANT) {
                    return NOT_CONSTANT;
                }
                values.add(value);
            }
            return Collections.unmodifiableList(values);
        }
        return NOT_CONSTANT;
    }

    private void subscriptIndex(Expr index) {
        if (index instanceof Expr.Slice s) {
            for (Expr bound : new Expr[] {s.lower(), s.upper()}) {
                if (bound == null) {
                    code.loadConstant(null, s.pos());
                } else {
                    expression(bound);
                }
            }
            if (s.step() != null) {
                expression(s.step());
            }
            code.emit(Opcode.BUILD_SLICE, s.step() != null ? 3 : 2, s.pos());
        } else if (index instanceof Expr.Tuple t && t.elements().stream().anyMatch(x -> x instanceof Expr.Slice)) {
            t.elements().forEach(this::subscriptIndex);
            code.emit(Opcode.BUILD_TUPLE, t.elements().size(), t.pos());
        } else {
            expression(index);
        }
    }

    /** a and b / a or b leave the deciding operand on the stack (JUMP_IF_FALSE_OR_POP, as in 3.11). */
    private void boolOp(Expr.BoolOp b) {
        CodeBuilder.Label end = new CodeBuilder.Label();
        Opcode jump = b.isAnd() ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP;
        for (int i = 0; i < b.values().size() - 1; i++) {
            expression(b.values().get(i));
            code.jump(jump, end, b.pos());
        }
        expression(b.values().get(b.values().size() - 1));
        code.bind(end);
    }

    /** a < b < c evaluates b once: SWAP/COPY keep it for the next comparison, as in 3.11. */
    private void compare(Expr.Compare c) {
        expression(c.left());
        int last = c.ops().size() - 1;
        if (last == 0) {
            expression(c.comparators().get(0));
            compareOp(c.ops().get(0), c.pos());
            return;
        }
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        for (int i = 0; i < last; i++) {
            expression(c.comparators().get(i));
            code.emit(Opcode.SWAP, 2, c.pos());
            code.emit(Opcode.COPY, 2, c.pos());
            compareOp(c.ops().get(i), c.pos());
            code.jump(Opcode.JUMP_IF_FALSE_OR_POP, cleanup, c.pos());
        }
        expression(c.comparators().get(last));
        compareOp(c.ops().get(last), c.pos());
        code.jumpTo(end, c.pos());
        code.bind(cleanup);
        code.emit(Opcode.SWAP, 2, c.pos());
        code.emit(Opcode.POP_TOP, c.pos());
        code.bind(end);
    }

    private void compareOp(String op, Pos pos) {
        switch (op) {
            case "is" -> code.emit(Opcode.IS_OP, 0, pos);
            case "is not" -> code.emit(Opcode.IS_OP, 1, pos);
            case "in" -> code.emit(Opcode.CONTAINS_OP, 0, pos);
            case "not in" -> code.emit(Opcode.CONTAINS_OP, 1, pos);
            default -> {
                for (CompareOperator c : CompareOperator.values()) {
                    if (c.symbol.equals(op)) {
                        code.emit(Opcode.COMPARE_OP, c.ordinal(), pos);
                    }
                }
            }
        }
    }

    /**
     * Jumps to label when the truth of e equals jumpIfTrue, without materialising a bool for not/and/or
     * (compiler_jump_if() in compile.c): keeps loop tests like "while n > 0" to a compare and one jump.
     */
    private void jumpIf(Expr e, CodeBuilder.Label label, boolean jumpIfTrue) {
        if (e instanceof Expr.UnaryOp u && u.op() == Opcode.UNARY_NOT) {
            jumpIf(u.operand(), label, !jumpIfTrue);
        } else if (e instanceof Expr.BoolOp b) {
            List<Expr> values = b.values();
            boolean shortCircuitsTo = !b.isAnd(); // and stops at the first false, or at the first true
            CodeBuilder.Label skip = new CodeBuilder.Label();
            for (int i = 0; i < values.size() - 1; i++) {
                jumpIf(values.get(i), shortCircuitsTo == jumpIfTrue ? label : skip, shortCircuitsTo);
            }
            jumpIf(values.get(values.size() - 1), label, jumpIfTrue);
            code.bind(skip);
        } else if (constant(e) != NOT_CONSTANT) {
            if (isTrue(constant(e)) == jumpIfTrue) {
                code.jumpTo(label, e.pos());
            }
        } else {
            expression(e);
            code.jump(jumpIfTrue ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, label, e.pos());
        }
    }

    private static boolean isTrue(Object constant) {
        if (constant == null) return false;
        if (constant instanceof Boolean b) return b;
        if (constant instanceof Long n) return n != 0;
        if (constant instanceof BigInteger n) return n.signum() != 0;
        if (constant instanceof Double d) return d != 0.0;
        if (constant instanceof String s) return !s.isEmpty();
        return !((List<?>) constant).isEmpty();
    }

    private void call(Expr.Call c) {
        expression(c.func());
        c.args().forEach(this::expression);
        c.keywordValues().forEach(this::expression);
        if (!c.keywordNames().isEmpty()) {
            code.emit(Opcode.KW_NAMES, code.constant(List.copyOf(c.keywordNames())), c.pos());
        }
        code.emit(Opcode.CALL, c.args().size() + c.keywordNames().size(), c.pos());
    }

    /**
     * [element for target in iter if cond ...] inlined as PEP 709 (3.12) does: the list and the hidden
     * iterators live on the stack, the loop variables in hidden local slots ({@link Scope#comprehensionLocals});
     * a failed condition jumps to the loop's JUMP_BACKWARD so every back edge is a check point. As in
     * CPython, the first iterable is evaluated outside the comprehension's names.
     */
    private void listComprehension(Expr.ListComp c) {
        code.emit(Opcode.BUILD_LIST, 0, c.pos());
        expression(c.generators().get(0).iter());
        comprehensions.push(Scope.comprehensionLocals(c));
        List<CodeBuilder.Label> tops = new ArrayList<>();
        List<CodeBuilder.Label> nexts = new ArrayList<>();
        List<CodeBuilder.Label> ends = new ArrayList<>();
        for (Expr.Comprehension g : c.generators()) {
            CodeBuilder.Label top = new CodeBuilder.Label();
            CodeBuilder.Label end = new CodeBuilder.Label();
            CodeBuilder.Label next = new CodeBuilder.Label();
            if (g != c.generators().get(0)) {
                expression(g.iter());
            }
            code.emit(Opcode.GET_ITER, g.iter().pos());
            code.bind(top);
            code.jump(Opcode.FOR_ITER, end, c.pos());
            storeTarget(g.target());
            for (Expr condition : g.ifs()) {
                jumpIf(condition, next, false);
            }
            tops.add(top);
            nexts.add(next);
            ends.add(end);
        }
        expression(c.element());
        code.emit(Opcode.LIST_APPEND, c.generators().size() + 1, c.pos());
        for (int i = c.generators().size() - 1; i >= 0; i--) {
            code.bind(nexts.get(i));
            code.jumpTo(tops.get(i), c.pos());
            code.bind(ends.get(i));
        }
        comprehensions.pop();
    }
}
