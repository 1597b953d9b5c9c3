package org.gillab.model.compile;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Generates the bytecode of one code object (a module, class body, function, lambda or comprehension)
 * from its AST, the way CPython 3.11's Python/compile.c does for the same constructs. Nested code
 * objects are compiled by their own CodeGenerator and become constants.
 */
final class CodeGenerator {
    /** What break, continue and return must unwind (compile.c's fblockinfo). */
    private record FBlock(Kind kind, CodeBuilder.Label top, CodeBuilder.Label exit, Object datum) {
        enum Kind { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP, POP_VALUE,
            EXCEPTION_GROUP_HANDLER }

        boolean isLoop() {
            return kind == Kind.WHILE_LOOP || kind == Kind.FOR_LOOP;
        }
    }

    private enum Ctx { LOAD, STORE, DEL }

    /** What {@link #constant} answers for an expression whose value is not known at compile time. */
    static final Object NOT_CONSTANT = new Object();
    /** Where an instruction with no source line lies (compile.c's lineno -1): dis shows no line for it. */
    static final Pos NO_LINE = new Pos(-1, -1, -1, -1);
    /** Where 3.11 puts the RESUME of a module or eval() code: line 0, ending on line 1. */
    private static final Pos MODULE_RESUME = new Pos(0, 0, 1, 0);
    /** compile.c's STACK_USE_GUIDELINE: displays longer than this are built piecewise. */
    private static final int STACK_USE_GUIDELINE = 30;

    private final Source source;
    private final Scope scope;
    private final CodeBuilder code;
    private final Deque<FBlock> blocks = new ArrayDeque<>();
    /** The enclosing class's name, for private name mangling (compile.c's u_private), or null. */
    private final String privateName;
    /** from __future__ import annotations: annotations are kept as strings, not evaluated (PEP 563). */
    private final boolean stringAnnotations;
    /**
     * compile()'s "single" mode at module level (compile.c's c_interactive at nest level 1): every
     * expression statement, in loops and ifs too, passes its value to sys.displayhook, as the REPL shows.
     */
    private boolean interactive;

    private CodeGenerator(Source source, Scope scope, String privateName, boolean stringAnnotations) {
        this.source = source;
        this.scope = scope;
        this.privateName = privateName;
        this.stringAnnotations = stringAnnotations;
        List<String> localsPlus = new ArrayList<>(scope.isFunction() ? scope.varNames() : List.of());
        List<Byte> kinds = new ArrayList<>();
        List<String> cells = scope.cellVars();
        for (String n : localsPlus) {
            kinds.add((byte) (CodeObject.LOCAL | (cells.contains(n) ? CodeObject.CELL : 0)));
        }
        for (String n : cells) {
            if (!localsPlus.contains(n)) {
                localsPlus.add(n);
                kinds.add(CodeObject.CELL);
            }
        }
        for (String n : scope.freeVars()) {
            localsPlus.add(n);
            kinds.add(CodeObject.FREE);
        }
        byte[] kindArray = new byte[kinds.size()];
        for (int i = 0; i < kindArray.length; i++) {
            kindArray[i] = kinds.get(i);
        }
        this.code = new CodeBuilder(localsPlus, kindArray);
    }

    private CodeGenerator child(Object node, String privateName) {
        return new CodeGenerator(source, scope.child(node), privateName, stringAnnotations);
    }

    static CodeObject module(List<Stmt> body, Source source) {
        return module(body, source, false);
    }

    /**
     * A module's code; {@code displayLast}: a last statement that is an expression is compiled as in
     * compile()'s "single" mode, its value passed to sys.displayhook by PRINT_EXPR (a notebook cell).
     */
    static CodeObject module(List<Stmt> body, Source source, boolean displayLast) {
        return module(body, source, displayLast, false, false);
    }

    /**
     * A module's code, compiled as under from __future__ import annotations when {@code futureAnnotations}
     * (compile()'s CO_FUTURE_ANNOTATIONS flag, which doctest passes on from a module that imports it).
     */
    static CodeObject module(List<Stmt> body, Source source, boolean displayLast, boolean futureAnnotations) {
        return module(body, source, displayLast, false, futureAnnotations);
    }

    /** compile()'s "single" mode: every top-level expression statement displayed, no docstring stored. */
    static CodeObject interactive(List<Stmt> body, Source source, boolean futureAnnotations) {
        return module(body, source, false, true, futureAnnotations);
    }

    private static CodeObject module(List<Stmt> body, Source source, boolean displayLast, boolean interactive,
            boolean futureAnnotations) {
        boolean future = futureAnnotations || body.stream().anyMatch(s -> s instanceof Stmt.ImportFrom f
                && "__future__".equals(f.module()) && f.names().stream().anyMatch(a -> a.name().equals("annotations")));
        CodeGenerator g = new CodeGenerator(source, Scope.build(body, source), null, future);
        g.interactive = interactive;
        Pos start = new Pos(1, 0, 1, 0);
        g.code.emit(Opcode.RESUME, MODULE_RESUME);
        if (hasAnnotations(body)) {
            g.code.emit(Opcode.SETUP_ANNOTATIONS, start);
        }
        Stmt.ExprStmt displayed = displayLast && !body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.ExprStmt e ? e : null;
        List<Stmt> rest = displayed == null ? body : body.subList(0, body.size() - 1);
        g.statements(interactive ? rest : g.docstringStored(rest));
        if (displayed != null) {
            g.expression(displayed.value());
            g.code.emit(Opcode.PRINT_EXPR, displayed.pos());
        }
        if (displayed != null || !endsFlow(body)) { // no unreachable return after a final raise (3.11 drops unreachable blocks)
            g.code.implicitReturn(body.isEmpty() ? start : body.get(body.size() - 1).pos());
        }
        return g.code.build("<module>", "<module>", source.filename, 0, 0, 0, 0, 1);
    }

    /** The code of eval(): the expression's value returned, names looked up as at module level. */
    static CodeObject expression(Expr e, Source source) {
        Stmt.Return body = new Stmt.Return(e.pos(), e);
        CodeGenerator g = new CodeGenerator(source, Scope.build(List.of(new Stmt.ExprStmt(e.pos(), e)), source), null, false);
        g.code.emit(Opcode.RESUME, MODULE_RESUME);
        g.expression(body.value());
        g.code.emit(Opcode.RETURN_VALUE, e.pos());
        return g.code.build("<module>", "<module>", source.filename, 0, 0, 0, 0, 1);
    }

    /** A module or class docstring is stored in __doc__; returns the statements after it. */
    private List<Stmt> docstringStored(List<Stmt> body) {
        String doc = docstring(body);
        if (doc == null) {
            return body;
        }
        Stmt first = body.get(0);
        code.loadConstant(doc, first.pos());
        nameOp("__doc__", Ctx.STORE, first.pos());
        return body.subList(1, body.size());
    }

    private static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    /** Whether a module or class body annotates a name (compile.c find_ann): it needs SETUP_ANNOTATIONS. */
    private static boolean hasAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.AnnAssign) {
                return true;
            }
            if (!(s instanceof Stmt.FunctionDef || s instanceof Stmt.ClassDef)) {
                for (List<Stmt> block : Statements.blocks(s)) {
                    if (hasAnnotations(block)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * COPY_FREE_VARS, MAKE_CELL for each cell (both without a line), a generator's or coroutine's RETURN_GENERATOR,
     * RESUME, in 3.11's order (compile.c insert_prefix_instructions) and at its positions (co_positions()): the
     * first line only, RETURN_GENERATOR and its POP_TOP without columns, RESUME at columns 0 to 0.
     */
    private void prologue(Pos pos) {
        int free = 0;
        for (byte kind : code.kinds()) {
            if ((kind & CodeObject.FREE) != 0) {
                free++;
            }
        }
        if (free > 0) {
            code.emit(Opcode.COPY_FREE_VARS, free, NO_LINE);
        }
        for (int i = 0; i < code.kinds().length; i++) {
            if ((code.kinds()[i] & CodeObject.CELL) != 0) {
                code.emit(Opcode.MAKE_CELL, i, NO_LINE);
            }
        }
        if (scope.isGenerator || scope.isCoroutine) {
            Pos noColumns = new Pos(pos.line(), -1, pos.line(), -1);
            code.emit(Opcode.RETURN_GENERATOR, noColumns);
            code.emit(Opcode.POP_TOP, noColumns);
        }
        code.emit(Opcode.RESUME, new Pos(pos.line(), 0, pos.line(), 0));
    }

    private int flags(Stmt.Arguments args) {
        int flags = CodeObject.OPTIMIZED | CodeObject.NEWLOCALS;
        if (args.varArg() != null) {
            flags |= CodeObject.VARARGS;
        }
        if (args.kwArg() != null) {
            flags |= CodeObject.VARKEYWORDS;
        }
        if (scope.parent != null && scope.parent.kind == Scope.Kind.FUNCTION) {
            flags |= CodeObject.NESTED;
        }
        return flags | kindFlag();
    }

    /** CO_GENERATOR, CO_COROUTINE or CO_ASYNC_GENERATOR (an async def that yields is only the last). */
    private int kindFlag() {
        if (scope.isAsyncGenerator()) {
            return CodeObject.ASYNC_GENERATOR;
        }
        return (scope.isGenerator ? CodeObject.GENERATOR : 0) | (scope.isCoroutine ? CodeObject.COROUTINE : 0);
    }

    private CodeObject functionCode(Stmt.FunctionDef def) {
        String doc = docstring(def.body());
        code.firstConstant(doc);
        Pos first = firstLine(def.pos(), def.decorators());
        prologue(first);
        List<Stmt> body = doc != null ? def.body().subList(1, def.body().size()) : def.body();
        statements(body);
        if (!endsFlow(body)) {
            code.implicitReturn(body.isEmpty() ? def.pos() : body.get(body.size() - 1).pos());
        }
        Stmt.Arguments a = def.args();
        return code.build(def.name(), scope.qualname, source.filename, a.posOnly().size() + a.args().size(),
                a.posOnly().size(), a.kwOnly().size(), flags(a), first.line());
    }

    /** co_firstlineno of a def or class: the line of its first decorator, if any (3.8+). */
    private static Pos firstLine(Pos statement, List<Expr> decorators) {
        return decorators.isEmpty() ? statement : decorators.get(0).pos();
    }

    private CodeObject lambdaCode(Expr.Lambda l) {
        code.firstConstant(null);
        prologue(l.pos());
        expression(l.body());
        if (!scope.isGenerator) {
            code.emit(Opcode.RETURN_VALUE, l.body().pos());
        } else {
            code.emit(Opcode.POP_TOP, l.body().pos());
            code.loadConstant(null, l.body().pos());
            code.emit(Opcode.RETURN_VALUE, l.body().pos());
        }
        Stmt.Arguments a = l.args();
        return code.build("<lambda>", scope.qualname, source.filename, a.posOnly().size() + a.args().size(),
                a.posOnly().size(), a.kwOnly().size(), flags(a), l.pos().line());
    }

    private CodeObject classCode(Stmt.ClassDef def) {
        Pos first = firstLine(def.pos(), def.decorators());
        prologue(first);
        nameOp("__name__", Ctx.LOAD, def.pos());
        nameOp("__module__", Ctx.STORE, def.pos());
        code.loadConstant(scope.qualname, def.pos());
        nameOp("__qualname__", Ctx.STORE, def.pos());
        if (hasAnnotations(def.body())) {
            code.emit(Opcode.SETUP_ANNOTATIONS, def.pos());
        }
        statements(docstringStored(def.body()));
        Pos end = def.body().get(def.body().size() - 1).pos();
        if (scope.needsClassCell) {
            code.emit(Opcode.LOAD_CLOSURE, code.localIndex("__class__"), end);
            code.emit(Opcode.COPY, 1, end);
            nameOp("__classcell__", Ctx.STORE, end);
        } else {
            code.loadConstant(null, end);
        }
        code.emit(Opcode.RETURN_VALUE, end);
        return code.build(def.name(), scope.qualname, source.filename, 0, 0, 0, 0, first.line());
    }

    // ---- statements ----

    private void statements(List<Stmt> body) {
        for (Stmt stmt : body) {
            statement(stmt);
        }
    }

    private void statement(Stmt stmt) {
        if (stmt instanceof Stmt.ExprStmt s) {
            if (interactive) {
                expression(s.value());
                code.emit(Opcode.PRINT_EXPR, s.pos());
            } else if (!(s.value() instanceof Expr.Constant)) { // CPython drops constant expression statements
                expression(s.value());
                code.emit(Opcode.POP_TOP, s.pos());
            }
        } else if (stmt instanceof Stmt.Assign s) {
            assign(s);
        } else if (stmt instanceof Stmt.AugAssign s) {
            augmentedAssign(s);
        } else if (stmt instanceof Stmt.AnnAssign s) {
            annotatedAssign(s);
        } else if (stmt instanceof Stmt.FunctionDef s) {
            functionDef(s);
        } else if (stmt instanceof Stmt.ClassDef s) {
            classDef(s);
        } else if (stmt instanceof Stmt.Return s) {
            returnStatement(s);
        } else if (stmt instanceof Stmt.Delete s) {
            s.targets().forEach(this::delete);
        } else if (stmt instanceof Stmt.Pass s) {
            code.emit(Opcode.NOP, s.pos());
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
            with(s, 0);
        } else if (stmt instanceof Stmt.Try s) {
            // the SETUP_FINALLY that 3.11 turns into a NOP keeps the try's line, outside the ranges it sets up
            code.emit(Opcode.NOP, s.pos());
            if (!s.finalBody().isEmpty()) {
                tryFinally(s);
            } else if (s.star()) {
                tryStarExcept(s);
            } else {
                tryExcept(s);
            }
        } else if (stmt instanceof Stmt.Raise s) {
            raise(s);
        } else if (stmt instanceof Stmt.Assert s) {
            assertStatement(s);
        } else if (stmt instanceof Stmt.Import s) {
            importStatement(s);
        } else if (stmt instanceof Stmt.ImportFrom s) {
            importFrom(s);
        } else if (stmt instanceof Stmt.Match s) {
            matchStatement(s);
        }
        // Global and Nonlocal generate no code (Scope handles them).
    }

    /** compile.c compiler_match: the patterns are {@link MatchCompiler}'s, the rest this generator's. */
    private void matchStatement(Stmt.Match s) {
        new MatchCompiler(source, code, new MatchCompiler.Host() {
            @Override
            public void expression(Expr e) {
                CodeGenerator.this.expression(e);
            }

            @Override
            public void store(String name, Pos pos) {
                nameOp(name, Ctx.STORE, pos);
            }

            @Override
            public void statements(List<Stmt> body) {
                CodeGenerator.this.statements(body);
            }

            @Override
            public void jumpIfFalse(Expr test, CodeBuilder.Label label) {
                jumpIf(test, label, false);
            }

            @Override
            public boolean endsFlow(List<Stmt> body) {
                return CodeGenerator.endsFlow(body);
            }
        }).compile(s);
    }

    private void assign(Stmt.Assign s) {
        expression(s.value()); // a, b = b, a builds no tuple: BlockOptimizer turns BUILD_TUPLE/UNPACK_SEQUENCE into SWAP
        for (int i = 0; i < s.targets().size(); i++) {
            if (i < s.targets().size() - 1) {
                code.emit(Opcode.COPY, 1, s.pos());
            }
            storeTarget(s.targets().get(i));
        }
    }

    /** x op= v; for a[i] and o.n the container is evaluated once, with COPY and SWAP as in 3.11. */
    private void augmentedAssign(Stmt.AugAssign s) {
        Expr target = s.target();
        int op = s.op().ordinal();
        if (target instanceof Expr.Name n) {
            nameOp(n.id(), Ctx.LOAD, n.pos());
            expression(s.value());
            code.emit(Opcode.BINARY_OP, op, s.pos());
            nameOp(n.id(), Ctx.STORE, n.pos());
        } else if (target instanceof Expr.Attribute a) {
            expression(a.value());
            code.emit(Opcode.COPY, 1, a.pos());
            Pos name = atAttributeName(a, a.pos());
            code.emit(Opcode.LOAD_ATTR, code.name(mangle(a.attr())), name);
            expression(s.value());
            code.emit(Opcode.BINARY_OP, op, s.pos());
            code.emit(Opcode.SWAP, 2, name);
            code.emit(Opcode.STORE_ATTR, code.name(mangle(a.attr())), name);
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

    /** x: T = v; outside functions a simple name's annotation goes into __annotations__ (PEP 526). */
    private void annotatedAssign(Stmt.AnnAssign s) {
        if (s.value() != null) {
            expression(s.value());
            storeTarget(s.target());
        }
        if (scope.isFunction()) {
            return;
        }
        if (s.simple() && s.target() instanceof Expr.Name n) {
            annotation(s.annotation());
            nameOp("__annotations__", Ctx.LOAD, s.pos());
            code.loadConstant(mangle(n.id()), s.pos());
            code.emit(Opcode.STORE_SUBSCR, s.pos());
        } else if (!stringAnnotations) {
            expression(s.annotation());
            code.emit(Opcode.POP_TOP, s.pos());
        }
    }

    /** An annotation's value: evaluated, or its source text under from __future__ import annotations. */
    private void annotation(Expr e) {
        if (stringAnnotations) {
            code.loadConstant(source.text(e.pos()), e.pos());
        } else {
            expression(e);
        }
    }

    private void functionDef(Stmt.FunctionDef s) {
        s.decorators().forEach(this::expression);
        int flags = argumentDefaults(s.args(), s.pos());
        if (annotations(s.args(), s.returns(), s.pos())) {
            flags |= 4;
        }
        CodeGenerator g = child(s, privateName);
        CodeObject body = g.functionCode(s);
        makeFunction(g.scope, body, flags, s.pos());
        applyDecorators(s.decorators());
        nameOp(s.name(), Ctx.STORE, s.pos());
    }

    /** Pushes the defaults tuple and the keyword-only defaults dict; returns MAKE_FUNCTION's flags for them. */
    private int argumentDefaults(Stmt.Arguments args, Pos pos) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            List<Object> values = args.defaults().stream().map(CodeGenerator::constant).toList();
            if (values.contains(NOT_CONSTANT)) {
                sequence(args.defaults(), pos, Opcode.BUILD_TUPLE);
            } else {
                code.loadFoldedTuple(values, pos);
            }
            flags |= 1;
        }
        List<Object> kwNames = new ArrayList<>();
        for (int i = 0; i < args.kwOnly().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d != null) {
                expression(d);
                kwNames.add(mangle(args.kwOnly().get(i).name()));
            }
        }
        if (!kwNames.isEmpty()) { // compiler_visit_kwonlydefaults
            code.loadConstant(Collections.unmodifiableList(kwNames), pos);
            code.emit(Opcode.BUILD_CONST_KEY_MAP, kwNames.size(), pos);
            flags |= 2;
        }
        return flags;
    }

    /** Pushes the parameters' annotations as a flat (name, value, ...) tuple; false when there are none. */
    private boolean annotations(Stmt.Arguments args, Expr returns, Pos pos) {
        List<Stmt.Arg> all = new ArrayList<>(args.posOnly());
        all.addAll(args.args());
        if (args.varArg() != null) {
            all.add(args.varArg());
        }
        all.addAll(args.kwOnly());
        if (args.kwArg() != null) {
            all.add(args.kwArg());
        }
        int count = 0;
        for (Stmt.Arg a : all) {
            if (a.annotation() != null) {
                code.loadConstant(mangle(a.name()), pos);
                annotation(a.annotation());
                count++;
            }
        }
        if (returns != null) {
            code.loadConstant("return", pos);
            annotation(returns);
            count++;
        }
        if (count > 0) {
            code.emit(Opcode.BUILD_TUPLE, 2 * count, pos);
        }
        return count > 0;
    }

    /** The closure tuple (LOAD_CLOSURE of each free variable of the child), the code, MAKE_FUNCTION. */
    private void makeFunction(Scope child, CodeObject body, int flags, Pos pos) {
        List<String> free = body.freeVars();
        if (!free.isEmpty()) {
            for (String n : free) {
                code.emit(Opcode.LOAD_CLOSURE, code.localIndex(n), pos);
            }
            code.emit(Opcode.BUILD_TUPLE, free.size(), pos);
            flags |= 8;
        }
        code.loadConstant(body, pos);
        code.emit(Opcode.MAKE_FUNCTION, flags, pos);
    }

    /** The decorators' calls, innermost first, each placed at its decorator (compiler_apply_decorators). */
    private void applyDecorators(List<Expr> decorators) {
        for (int i = decorators.size() - 1; i >= 0; i--) {
            call(0, decorators.get(i).pos());
        }
    }

    /** PRECALL n; CALL n. */
    private void call(int arguments, Pos pos) {
        code.emit(Opcode.PRECALL, arguments, pos);
        code.emit(Opcode.CALL, arguments, pos);
    }

    private void classDef(Stmt.ClassDef s) {
        s.decorators().forEach(this::expression);
        code.emit(Opcode.PUSH_NULL, s.pos());
        code.emit(Opcode.LOAD_BUILD_CLASS, s.pos());
        CodeGenerator g = child(s, s.name());
        CodeObject body = g.classCode(s);
        makeFunction(g.scope, body, 0, s.pos());
        code.loadConstant(s.name(), s.pos());
        callWith(2, s.bases(), s.keywords(), s.pos());
        applyDecorators(s.decorators());
        nameOp(s.name(), Ctx.STORE, s.pos());
    }

    /**
     * compiler_return: NOPs carry the statement's line (dropped where redundant), the blocks are unwound, and
     * the return is placed where the unwinding left the location (a with's exit, a finally body's end).
     */
    private void returnStatement(Stmt.Return s) {
        if (!scope.isFunction()) {
            throw source.syntaxError(s.pos(), "'return' outside function");
        }
        if (s.value() != null && scope.isAsyncGenerator()) {
            throw source.syntaxError(s.pos(), "'return' with value in async generator");
        }
        boolean preserve = s.value() != null && constant(s.value()) == NOT_CONSTANT;
        if (preserve) {
            expression(s.value());
        } else if (s.value() != null) {
            code.emit(Opcode.NOP, s.value().pos());
        }
        if (s.value() == null || s.value().pos().line() != s.pos().line()) {
            code.emit(Opcode.NOP, s.pos());
        }
        Pos at = s.value() != null && !preserve ? s.value().pos() : s.pos(); // compile.c's location when it unwinds
        unwound(false, preserve, at, loop -> {
            if (!preserve) {
                code.loadConstant(s.value() == null ? null : constant(s.value()), code.lastPos());
            }
            code.emit(Opcode.RETURN_VALUE, code.lastPos());
        });
    }

    /** compiler_break: a NOP with the statement's line, the unwinding, then the jump where that left the location. */
    private void breakStatement(Stmt.Break s) {
        code.emit(Opcode.NOP, s.pos());
        unwound(true, false, s.pos(), loop -> {
            if (loop == null) {
                throw source.syntaxError(s.pos(), "'break' outside loop");
            }
            unwind(loop, false);
            code.jumpTo(loop.exit(), code.lastPos());
        });
    }

    private void continueStatement(Stmt.Continue s) {
        code.emit(Opcode.NOP, s.pos());
        unwound(true, false, s.pos(), loop -> {
            if (loop == null) {
                throw source.syntaxError(s.pos(), "'continue' not properly in loop");
            }
            code.jumpTo(loop.top(), code.lastPos());
        });
    }

    /**
     * Unwinds the blocks inside the innermost loop ({@code toLoop}) or all of them, emits {@code then} with
     * that loop (or null), and restores the blocks and handlers for the code that follows in the body
     * (compile.c compiler_unwind_fblock_stack). Leaving an except* clause so is a SyntaxError {@code at}
     * the statement.
     */
    private void unwound(boolean toLoop, boolean preserveTos, Pos at, java.util.function.Consumer<FBlock> then) {
        Deque<FBlock> savedBlocks = new ArrayDeque<>(blocks);
        Deque<CodeBuilder.Handler> savedHandlers = new ArrayDeque<>(code.handlers());
        FBlock loop = null;
        while (!blocks.isEmpty()) {
            FBlock top = blocks.peek();
            if (top.kind() == FBlock.Kind.EXCEPTION_GROUP_HANDLER) {
                throw source.syntaxError(at, "'break', 'continue' and 'return' cannot appear in an except* block");
            }
            if (toLoop && top.isLoop()) {
                loop = top;
                break;
            }
            blocks.pop();
            unwind(top, preserveTos);
        }
        then.accept(loop);
        blocks.clear();
        blocks.addAll(savedBlocks);
        code.handlers().clear();
        code.handlers().addAll(savedHandlers);
    }

    /**
     * compile.c compiler_unwind_fblock: leaves one block on the way out of break, continue or return, at the
     * current location (the last instruction's), except that a with's exit is placed at the with statement.
     */
    private void unwind(FBlock b, boolean preserveTos) {
        switch (b.kind()) {
            case WHILE_LOOP -> { }
            case FOR_LOOP, POP_VALUE -> {
                if (preserveTos) {
                    code.emit(Opcode.SWAP, 2, code.lastPos());
                }
                code.emit(Opcode.POP_TOP, code.lastPos());
            }
            case TRY_EXCEPT -> code.popHandler();
            case FINALLY_TRY -> {
                code.popHandler();
                if (preserveTos) {
                    blocks.push(new FBlock(FBlock.Kind.POP_VALUE, null, null, null));
                }
                @SuppressWarnings("unchecked")
                List<Stmt> finalBody = (List<Stmt>) b.datum();
                statements(finalBody);
                if (preserveTos) {
                    blocks.pop();
                }
            }
            case FINALLY_END -> {
                Pos pos = code.lastPos();
                if (preserveTos) {
                    code.emit(Opcode.SWAP, 2, pos);
                }
                code.emit(Opcode.POP_TOP, pos);
                if (preserveTos) {
                    code.emit(Opcode.SWAP, 2, pos);
                }
                code.popHandler();
                code.emit(Opcode.POP_EXCEPT, pos);
            }
            case WITH, ASYNC_WITH -> {
                code.popHandler();
                if (preserveTos) {
                    code.emit(Opcode.SWAP, 2, (Pos) b.datum());
                }
                callExitWithNones((Pos) b.datum(), b.kind() == FBlock.Kind.ASYNC_WITH);
            }
            case HANDLER_CLEANUP -> {
                Pos pos = code.lastPos();
                String name = (String) b.datum();
                if (name != null) {
                    code.popHandler();
                }
                code.popHandler();
                if (preserveTos) {
                    code.emit(Opcode.SWAP, 2, pos);
                }
                code.emit(Opcode.POP_EXCEPT, pos);
                if (name != null) {
                    clearName(name, pos);
                }
            }
        }
    }

    /** name = None; del name: an except clause's "as" name does not outlive the clause. */
    private void clearName(String name, Pos pos) {
        code.loadConstant(null, pos);
        nameOp(name, Ctx.STORE, pos);
        nameOp(name, Ctx.DEL, pos);
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
        if (last instanceof Stmt.Try s) {
            return !fallsThrough(s);
        }
        return last instanceof Stmt.Return || last instanceof Stmt.Break || last instanceof Stmt.Continue
                || last instanceof Stmt.Raise;
    }

    /**
     * Whether control can leave a try statement at its end: from its body (and else), or from a handler;
     * a finally that always leaves stops both. 3.11 drops the blocks that nothing reaches, so the model
     * emits no normal exit for a try that has none.
     */
    private static boolean fallsThrough(Stmt.Try s) {
        return (s.finalBody().isEmpty() || !endsFlow(s.finalBody())) && reachesFinally(s);
    }

    /** Whether the body (and else) or a handler of a try can complete, going on to its finally if any. */
    private static boolean reachesFinally(Stmt.Try s) {
        if (s.star()) {
            return true; // except* always emits its way out, as a clause's raise joins the group raised again
        }
        if (!endsFlow(s.body()) && (s.orElse().isEmpty() || !endsFlow(s.orElse()))) {
            return true;
        }
        return s.handlers().stream().anyMatch(h -> !endsFlow(h.body()));
    }

    /**
     * compiler_while (3.11): the test at the top jumps past the loop when false; the body follows; the test
     * is compiled again at the bottom, where a POP_JUMP_BACKWARD_IF_TRUE to the body is the back edge and
     * the loop's eval-breaker check point (CPython's ceval checks it there, as at JUMP_BACKWARD). So
     * {@code while n > 0: n -= 1} runs CPython's seven instructions an iteration. A constant true test
     * leaves a NOP with its line at the top and a JUMP_BACKWARD at the bottom; continue goes to the top.
     */
    private void whileStatement(Stmt.While s) {
        FBlock loop = new FBlock(FBlock.Kind.WHILE_LOOP, new CodeBuilder.Label(), new CodeBuilder.Label(), null);
        CodeBuilder.Label orElse = new CodeBuilder.Label();
        CodeBuilder.Label body = new CodeBuilder.Label();
        code.bind(loop.top());
        if (constant(s.test()) != NOT_CONSTANT && isTrue(constant(s.test()))) {
            code.emit(Opcode.NOP, s.test().pos());
        } else {
            jumpIf(s.test(), orElse, false);
        }
        code.bind(body);
        blocks.push(loop);
        statements(s.body());
        blocks.pop();
        if (!endsFlow(s.body())) {
            jumpIf(s.test(), body, true);
        }
        code.bind(orElse);
        statements(s.orElse());
        code.bind(loop.exit());
    }

    private void forStatement(Stmt.For s) {
        if (s.isAsync()) {
            asyncForStatement(s);
            return;
        }
        FBlock loop = new FBlock(FBlock.Kind.FOR_LOOP, new CodeBuilder.Label(), new CodeBuilder.Label(), null);
        CodeBuilder.Label orElse = new CodeBuilder.Label();
        expression(asTuple(s.iter()));
        code.emit(Opcode.GET_ITER, s.pos());
        code.bind(loop.top());
        code.jump(Opcode.FOR_ITER, orElse, s.pos());
        storeTarget(s.target());
        loopBody(loop, s.body(), s.body().get(s.body().size() - 1).pos());
        code.bind(orElse);
        statements(s.orElse());
        code.bind(loop.exit());
    }

    /**
     * async for (3.11): GET_AITER, then each item is GET_ANEXT's awaitable awaited, under a handler whose
     * END_ASYNC_FOR ends the loop at StopAsyncIteration; break and return pop the iterator as for does.
     */
    private void asyncForStatement(Stmt.For s) {
        FBlock loop = new FBlock(FBlock.Kind.FOR_LOOP, new CodeBuilder.Label(), new CodeBuilder.Label(), null);
        CodeBuilder.Label orElse = new CodeBuilder.Label();
        expression(s.iter());
        code.emit(Opcode.GET_AITER, s.pos());
        code.bind(loop.top());
        asyncNext(orElse, s.pos());
        storeTarget(s.target());
        loopBody(loop, s.body(), s.body().get(s.body().size() - 1).pos());
        code.bind(orElse);
        code.emit(Opcode.END_ASYNC_FOR, s.pos());
        statements(s.orElse());
        code.bind(loop.exit());
    }

    /** GET_ANEXT awaited, under a handler at {@code end} (END_ASYNC_FOR's) that keeps the async iterator. */
    private void asyncNext(CodeBuilder.Label end, Pos pos) {
        code.pushHandler(new CodeBuilder.Handler(end, false, 0));
        code.emit(Opcode.GET_ANEXT, pos);
        code.loadConstant(null, pos);
        yieldFrom(pos, 3);
        code.popHandler();
    }

    /** await of TOS: GET_AWAITABLE {@code where} (0 await, 1 __aenter__, 2 __aexit__), then the SEND loop. */
    private void awaitTop(int where, Pos pos) {
        code.emit(Opcode.GET_AWAITABLE, where, pos);
        code.loadConstant(null, pos);
        yieldFrom(pos, 3);
    }

    /**
     * A for loop's body, then its back edge, reported at {@code backEdge} (the last statement, whose line
     * CPython 3.11's lineless back edge takes): an interrupt seen there is reported at that line.
     */
    private void loopBody(FBlock loop, List<Stmt> body, Pos backEdge) {
        blocks.push(loop);
        statements(body);
        blocks.pop();
        if (!endsFlow(body)) {
            code.backEdge(loop.top(), backEdge);
        }
    }

    /**
     * with a as x, b: one item at a time, each a BEFORE_WITH with its own handler (compile.c compiler_with);
     * async with awaits what __aenter__ and __aexit__ return (compiler_async_with).
     */
    private void with(Stmt.With s, int item) {
        Stmt.WithItem w = s.items().get(item);
        expression(w.context());
        if (s.isAsync()) {
            code.emit(Opcode.BEFORE_ASYNC_WITH, s.pos());
            awaitTop(1, s.pos());
        } else {
            code.emit(Opcode.BEFORE_WITH, s.pos());
        }
        CodeBuilder.Label handler = new CodeBuilder.Label();
        CodeBuilder.Label exit = new CodeBuilder.Label();
        code.pushHandler(new CodeBuilder.Handler(handler, true, -1));
        blocks.push(new FBlock(s.isAsync() ? FBlock.Kind.ASYNC_WITH : FBlock.Kind.WITH, null, null, s.pos()));
        if (w.target() != null) {
            storeTarget(w.target());
        } else {
            code.emit(Opcode.POP_TOP, s.pos());
        }
        if (item + 1 < s.items().size()) {
            with(s, item + 1);
        } else {
            statements(s.body());
        }
        blocks.pop();
        code.popHandler();
        if (item + 1 < s.items().size() || !endsFlow(s.body())) {
            // a body that always leaves (return, break...) has called __exit__ on its way out; an inner with
            // may still complete, when its __exit__ suppresses an exception
            callExitWithNones(s.pos(), s.isAsync());
            code.jumpTo(exit, s.pos());
        }
        code.bind(handler);
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        CodeBuilder.Label suppress = new CodeBuilder.Label();
        CodeBuilder.Handler cleanupHandler = new CodeBuilder.Handler(cleanup, true, 0);
        code.pushHandler(cleanupHandler);
        code.emit(Opcode.PUSH_EXC_INFO, s.pos());
        code.emit(Opcode.WITH_EXCEPT_START, s.pos());
        if (s.isAsync()) {
            awaitTop(2, s.pos());
        }
        code.jump(Opcode.POP_JUMP_IF_TRUE, suppress, s.pos());
        code.emit(Opcode.RERAISE, 2, s.pos());
        code.popHandler();
        code.bind(cleanup);
        popExceptAndReraise(s.pos());
        code.bind(suppress);
        // compile.c pops the cleanup block after the suppressed exception's POP_TOP, so that one instruction
        // is still covered by it: the same exception table as 3.11's ("110 to 110 -> 104 [4] lasti")
        code.pushHandler(cleanupHandler);
        code.emit(Opcode.POP_TOP, s.pos());
        code.popHandler();
        code.emit(Opcode.POP_EXCEPT, s.pos());
        code.emit(Opcode.POP_TOP, s.pos());
        code.emit(Opcode.POP_TOP, s.pos());
        code.bind(exit);
    }

    /** __exit__(None, None, None), the bound __exit__ being on the stack: the normal way out of a with-block. */
    private void callExitWithNones(Pos pos, boolean async) {
        for (int i = 0; i < 3; i++) {
            code.loadConstant(null, pos);
        }
        call(2, pos);
        if (async) {
            awaitTop(2, pos);
        }
        code.emit(Opcode.POP_TOP, pos);
    }

    /** COPY 3; POP_EXCEPT; RERAISE 1: a handler's own clean-up when the handler raises. */
    private void popExceptAndReraise(Pos pos) {
        code.emit(Opcode.COPY, 3, pos);
        code.emit(Opcode.POP_EXCEPT, pos);
        code.emit(Opcode.RERAISE, 1, pos);
    }

    /**
     * The try body, under a handler that goes to {@code except} with the exception; then the else body and
     * a jump to {@code end}; {@code except} is bound after them.
     */
    private void bodyAndElse(Stmt.Try s, CodeBuilder.Label except, CodeBuilder.Label end) {
        code.pushHandler(new CodeBuilder.Handler(except, false, 0));
        blocks.push(new FBlock(FBlock.Kind.TRY_EXCEPT, null, null, null));
        statements(s.body());
        blocks.pop();
        code.popHandler();
        statements(s.orElse());
        if (!endsFlow(s.body()) && !endsFlow(s.orElse())) {
            // JUMP_NOLINE: the line of what ran last, as 3.11 propagates it to an instruction without one
            List<Stmt> ran = s.orElse().isEmpty() ? s.body() : s.orElse();
            code.jumpTo(end, ran.get(ran.size() - 1).pos());
        }
        code.bind(except);
    }

    /** try: ... except: ... else: ... as compile.c compiler_try_except lays it out. */
    private void tryExcept(Stmt.Try s) {
        CodeBuilder.Label except = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        bodyAndElse(s, except, end);
        CodeBuilder.Handler handlers = new CodeBuilder.Handler(cleanup, true, 0);
        code.pushHandler(handlers);
        Pos first = s.handlers().get(0).pos();
        code.emit(Opcode.PUSH_EXC_INFO, NO_LINE); // an artificial instruction (UNSET_LOC): no line of its own
        for (Stmt.ExceptHandler h : s.handlers()) {
            CodeBuilder.Label next = new CodeBuilder.Label();
            if (h.type() != null) {
                expression(h.type());
                code.emit(Opcode.CHECK_EXC_MATCH, h.pos());
                code.jump(Opcode.POP_JUMP_IF_FALSE, next, h.pos());
            }
            if (h.name() != null) {
                nameOp(h.name(), Ctx.STORE, h.pos());
                CodeBuilder.Label cleanupEnd = new CodeBuilder.Label();
                code.pushHandler(new CodeBuilder.Handler(cleanupEnd, true, 0));
                blocks.push(new FBlock(FBlock.Kind.HANDLER_CLEANUP, null, null, h.name()));
                statements(h.body());
                blocks.pop();
                code.popHandler();
                code.popHandler();
                Pos last = h.body().get(h.body().size() - 1).pos();
                if (!endsFlow(h.body())) {
                    code.emit(Opcode.POP_EXCEPT, last);
                    clearName(h.name(), last);
                    code.jumpTo(end, last);
                }
                code.pushHandler(handlers);
                code.bind(cleanupEnd);
                clearName(h.name(), NO_LINE); // artificial too: reached from the handler, which has no line
                code.emit(Opcode.RERAISE, 1, NO_LINE);
            } else {
                code.emit(Opcode.POP_TOP, h.pos());
                blocks.push(new FBlock(FBlock.Kind.HANDLER_CLEANUP, null, null, null));
                statements(h.body());
                blocks.pop();
                code.popHandler();
                Pos last = h.body().get(h.body().size() - 1).pos();
                if (!endsFlow(h.body())) {
                    code.emit(Opcode.POP_EXCEPT, last);
                    code.jumpTo(end, last);
                }
                code.pushHandler(handlers);
            }
            code.bind(next);
        }
        code.emit(Opcode.RERAISE, 0, s.handlers().get(s.handlers().size() - 1).pos());
        code.popHandler();
        code.bind(cleanup);
        popExceptAndReraise(first);
        code.bind(end);
    }

    /**
     * try: ... except* T as name: ... else: ... as compile.c compiler_try_star_except lays it out. Below the
     * previously handled exception, the original exception and a list of what the clauses raise; each
     * clause's CHECK_EG_MATCH leaves the unmatched rest under the matching group (or None); an exception a
     * clause raises is appended to the list, and so is the final rest, from which PREP_RERAISE_STAR makes
     * what is raised again (or None).
     */
    private void tryStarExcept(Stmt.Try s) {
        CodeBuilder.Label except = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        CodeBuilder.Label reraise = new CodeBuilder.Label();
        bodyAndElse(s, except, end);
        code.pushHandler(new CodeBuilder.Handler(cleanup, true, 0));
        Pos first = s.handlers().get(0).pos();
        code.emit(Opcode.PUSH_EXC_INFO, NO_LINE); // an artificial instruction (UNSET_LOC): no line of its own
        blocks.push(new FBlock(FBlock.Kind.EXCEPTION_GROUP_HANDLER, null, null, null));
        code.emit(Opcode.COPY, 1, first);
        code.emit(Opcode.BUILD_LIST, 0, first);
        code.emit(Opcode.SWAP, 2, first);
        for (Stmt.ExceptHandler h : s.handlers()) {
            exceptStarClause(h);
        }
        blocks.pop();
        Pos last = s.handlers().get(s.handlers().size() - 1).pos();
        code.emit(Opcode.LIST_APPEND, 1, last);
        code.emit(Opcode.PREP_RERAISE_STAR, last);
        code.emit(Opcode.COPY, 1, last);
        code.jump(Opcode.POP_JUMP_IF_NOT_NONE, reraise, last);
        code.emit(Opcode.POP_TOP, last);
        code.popHandler();
        code.emit(Opcode.POP_EXCEPT, last);
        code.jumpTo(end, last);
        code.bind(reraise);
        code.emit(Opcode.SWAP, 2, last);
        code.emit(Opcode.POP_EXCEPT, last);
        code.emit(Opcode.RERAISE, 0, last);
        code.bind(cleanup);
        popExceptAndReraise(first);
        code.bind(end);
    }

    /**
     * One except* clause, the stack [original, raised list, exception or rest]: when part matches, the body
     * runs with the rest under it, and an exception it raises goes to the list (LIST_APPEND 3 over lasti).
     */
    private void exceptStarClause(Stmt.ExceptHandler h) {
        CodeBuilder.Label noMatch = new CodeBuilder.Label();
        CodeBuilder.Label next = new CodeBuilder.Label();
        CodeBuilder.Label raised = new CodeBuilder.Label();
        expression(h.type());
        code.emit(Opcode.CHECK_EG_MATCH, h.pos());
        code.emit(Opcode.COPY, 1, h.pos());
        code.jump(Opcode.POP_JUMP_IF_NONE, noMatch, h.pos());
        if (h.name() != null) {
            nameOp(h.name(), Ctx.STORE, h.pos());
        } else {
            code.emit(Opcode.POP_TOP, h.pos());
        }
        code.pushHandler(new CodeBuilder.Handler(raised, true, 0));
        statements(h.body());
        code.popHandler();
        Pos last = h.body().get(h.body().size() - 1).pos();
        if (h.name() != null) {
            clearName(h.name(), last);
        }
        code.jumpTo(next, last);
        code.bind(raised);
        if (h.name() != null) {
            clearName(h.name(), last);
        }
        code.emit(Opcode.LIST_APPEND, 3, last);
        code.emit(Opcode.POP_TOP, last);
        code.jumpTo(next, last);
        code.bind(noMatch);
        code.emit(Opcode.POP_TOP, h.pos());
        code.bind(next);
    }

    /** try: ... finally: ... (compile.c compiler_try_finally): the final body on both ways out. */
    private void tryFinally(Stmt.Try s) {
        CodeBuilder.Label handler = new CodeBuilder.Label();
        CodeBuilder.Label exit = new CodeBuilder.Label();
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        code.pushHandler(new CodeBuilder.Handler(handler, false, 0));
        blocks.push(new FBlock(FBlock.Kind.FINALLY_TRY, null, null, s.finalBody()));
        if (s.handlers().isEmpty()) {
            statements(s.body());
        } else if (s.star()) {
            tryStarExcept(s);
        } else {
            tryExcept(s);
        }
        blocks.pop();
        code.popHandler();
        if (reachesFinally(s)) {
            statements(s.finalBody());
            if (!endsFlow(s.finalBody())) {
                code.jumpTo(exit, s.pos());
            }
        }
        code.bind(handler);
        Pos at = s.finalBody().get(0).pos();
        code.pushHandler(new CodeBuilder.Handler(cleanup, true, 0));
        code.emit(Opcode.PUSH_EXC_INFO, NO_LINE);
        blocks.push(new FBlock(FBlock.Kind.FINALLY_END, null, null, null));
        statements(s.finalBody());
        blocks.pop();
        if (!endsFlow(s.finalBody())) {
            code.emit(Opcode.RERAISE, 0, s.finalBody().get(s.finalBody().size() - 1).pos());
        }
        code.popHandler();
        code.bind(cleanup);
        popExceptAndReraise(at);
        code.bind(exit);
    }

    private void raise(Stmt.Raise s) {
        int n = 0;
        if (s.exception() != null) {
            expression(s.exception());
            n++;
            if (s.cause() != null) {
                expression(s.cause());
                n++;
            }
        }
        code.emit(Opcode.RAISE_VARARGS, n, s.pos());
    }

    /** assert test, message: raises AssertionError(message) where {@link #assertionPosition} says. */
    private void assertStatement(Stmt.Assert s) {
        source.warn(s.pos(), SyntaxWarnings.assertion(s.test()));
        CodeBuilder.Label end = new CodeBuilder.Label();
        Pos at = assertionPosition(s.test(), s.pos());
        jumpIf(s.test(), end, true);
        code.emit(Opcode.LOAD_ASSERTION_ERROR, at);
        if (s.message() != null) {
            expression(s.message());
            call(0, at);
        }
        code.emit(Opcode.RAISE_VARARGS, 1, at);
        code.bind(end);
    }

    /**
     * Where a failed assert raises, as CPython 3.11 places it: at the last comparison its condition
     * branches on (looking through not, and/or and the parts of a conditional expression, in the order
     * they run), else at the whole statement, whose line a traceback then prints without carets.
     */
    private static Pos assertionPosition(Expr test, Pos statement) {
        if (test instanceof Expr.Compare) {
            return test.pos();
        }
        List<Expr> parts = test instanceof Expr.UnaryOp u && u.op() == Opcode.UNARY_NOT ? List.of(u.operand())
                : test instanceof Expr.BoolOp b ? b.values()
                : test instanceof Expr.IfExp i ? List.of(i.test(), i.body(), i.orElse())
                : List.of();
        Pos at = statement;
        for (Expr part : parts) {
            at = assertionPosition(part, at);
        }
        return at;
    }

    /** import a.b.c binds a; import a.b.c as d binds the submodule, reached by IMPORT_FROM (3.11). */
    private void importStatement(Stmt.Import s) {
        for (Stmt.Alias a : s.names()) {
            code.loadConstant(0L, s.pos());
            code.loadConstant(null, s.pos());
            code.emit(Opcode.IMPORT_NAME, code.name(a.name()), s.pos());
            if (a.asName() == null) {
                nameOp(a.name().split("\\.")[0], Ctx.STORE, s.pos());
                continue;
            }
            String[] parts = a.name().split("\\.");
            for (int i = 1; i < parts.length; i++) {
                code.emit(Opcode.IMPORT_FROM, code.name(parts[i]), s.pos());
                if (i < parts.length - 1) {
                    code.emit(Opcode.SWAP, 2, s.pos());
                    code.emit(Opcode.POP_TOP, s.pos());
                }
            }
            nameOp(a.asName(), Ctx.STORE, s.pos());
            if (parts.length > 1) {
                code.emit(Opcode.POP_TOP, s.pos());
            }
        }
    }

    private void importFrom(Stmt.ImportFrom s) {
        code.loadConstant((long) s.level(), s.pos());
        code.loadConstant(s.names().stream().map(Stmt.Alias::name).toList(), s.pos());
        code.emit(Opcode.IMPORT_NAME, code.name(s.module() == null ? "" : s.module()), s.pos());
        if (s.names().size() == 1 && s.names().get(0).name().equals("*")) {
            code.emit(Opcode.IMPORT_STAR, s.pos());
            return;
        }
        for (Stmt.Alias a : s.names()) {
            code.emit(Opcode.IMPORT_FROM, code.name(a.name()), s.pos());
            nameOp(a.asName() != null ? a.asName() : a.name(), Ctx.STORE, s.pos());
        }
        code.emit(Opcode.POP_TOP, s.pos());
    }

    private void delete(Expr target) {
        if (target instanceof Expr.Name n) {
            nameOp(n.id(), Ctx.DEL, n.pos());
        } else if (target instanceof Expr.Attribute a) {
            expression(a.value());
            code.emit(Opcode.DELETE_ATTR, code.name(mangle(a.attr())), atAttributeName(a, a.pos()));
        } else if (target instanceof Expr.Subscript s) {
            expression(s.value());
            subscriptIndex(s.index());
            code.emit(Opcode.DELETE_SUBSCR, s.pos());
        } else {
            Expressions.children(target).forEach(this::delete);
        }
    }

    // ---- names and targets ----

    /** _Class__name for a __name in a class (compile.c _Py_Mangle). */
    private String mangle(String name) {
        return Scope.mangle(privateName, name);
    }

    /** compile.c compiler_nameop: which instruction reaches the name from this scope. */
    private void nameOp(String rawName, Ctx ctx, Pos pos) {
        String name = mangle(rawName);
        switch (scope.binding(name)) {
            case CELL, FREE -> {
                if (scope.isBoundInClass(name)) {
                    // symtable's DEF_FREE_CLASS: the class's own variable, which only passes its methods' closures through
                    nameInstruction(name, ctx, pos);
                    return;
                }
                int index = code.localIndex(name);
                if (ctx == Ctx.LOAD) {
                    code.emit(scope.kind == Scope.Kind.CLASS ? Opcode.LOAD_CLASSDEREF : Opcode.LOAD_DEREF, index, pos);
                } else {
                    code.emit(ctx == Ctx.STORE ? Opcode.STORE_DEREF : Opcode.DELETE_DEREF, index, pos);
                }
            }
            case LOCAL -> {
                if (scope.isFunction()) {
                    int index = code.localIndex(name);
                    code.emit(ctx == Ctx.LOAD ? Opcode.LOAD_FAST : ctx == Ctx.STORE ? Opcode.STORE_FAST : Opcode.DELETE_FAST,
                            index, pos);
                } else {
                    nameInstruction(name, ctx, pos);
                }
            }
            case GLOBAL_IMPLICIT -> {
                if (scope.isFunction()) {
                    globalInstruction(name, ctx, pos);
                } else {
                    nameInstruction(name, ctx, pos);
                }
            }
            case GLOBAL_EXPLICIT -> globalInstruction(name, ctx, pos);
        }
    }

    /** Whether loading {@code name} is a LOAD_GLOBAL, which can push the call's NULL itself. */
    private boolean isGlobalLoad(String name) {
        Scope.Binding b = scope.binding(name);
        return b == Scope.Binding.GLOBAL_EXPLICIT || b == Scope.Binding.GLOBAL_IMPLICIT && scope.isFunction();
    }

    private void nameInstruction(String name, Ctx ctx, Pos pos) {
        code.emit(ctx == Ctx.LOAD ? Opcode.LOAD_NAME : ctx == Ctx.STORE ? Opcode.STORE_NAME : Opcode.DELETE_NAME,
                code.name(name), pos);
    }

    private void globalInstruction(String name, Ctx ctx, Pos pos) {
        if (ctx == Ctx.LOAD) {
            code.emit(Opcode.LOAD_GLOBAL, code.name(name) << 1, pos);
        } else {
            code.emit(ctx == Ctx.STORE ? Opcode.STORE_GLOBAL : Opcode.DELETE_GLOBAL, code.name(name), pos);
        }
    }

    /** Stores the value on top of the stack into target. */
    private void storeTarget(Expr target) {
        if (target instanceof Expr.Name n) {
            nameOp(n.id(), Ctx.STORE, n.pos());
        } else if (target instanceof Expr.Attribute a) {
            expression(a.value());
            code.emit(Opcode.STORE_ATTR, code.name(mangle(a.attr())), atAttributeName(a, a.pos()));
        } else if (target instanceof Expr.Subscript s) {
            expression(s.value());
            subscriptIndex(s.index());
            code.emit(Opcode.STORE_SUBSCR, s.pos());
        } else {
            List<Expr> elements = target instanceof Expr.Tuple t ? t.elements() : ((Expr.ListDisplay) target).elements();
            int star = -1;
            for (int i = 0; i < elements.size(); i++) {
                if (elements.get(i) instanceof Expr.Starred) {
                    if (star >= 0) {
                        throw source.syntaxError(target.pos(), "multiple starred expressions in assignment");
                    }
                    star = i;
                }
            }
            if (star < 0) {
                code.emit(Opcode.UNPACK_SEQUENCE, elements.size(), target.pos());
            } else {
                code.emit(Opcode.UNPACK_EX, star | (elements.size() - star - 1) << 8, target.pos());
            }
            for (Expr e : elements) {
                storeTarget(e instanceof Expr.Starred s ? s.value() : e);
            }
        }
    }

    // ---- expressions ----

    private void expression(Expr e) {
        Object constant = constant(e);
        if (constant != NOT_CONSTANT) {
            code.loadConstant(constant, e.pos());
        } else if (e instanceof Expr.Name n) {
            nameOp(n.id(), Ctx.LOAD, n.pos());
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
        } else if (e instanceof Expr.NamedExpr n) {
            expression(n.value());
            code.emit(Opcode.COPY, 1, n.pos());
            nameOp(n.target().id(), Ctx.STORE, n.target().pos());
        } else if (e instanceof Expr.Call c) {
            call(c);
        } else if (e instanceof Expr.Attribute a) {
            expression(a.value());
            code.emit(Opcode.LOAD_ATTR, code.name(mangle(a.attr())), atAttributeName(a, a.pos()));
        } else if (e instanceof Expr.Subscript s) {
            source.warn(s.pos(), SyntaxWarnings.subscript(s.value(), s.index()));
            expression(s.value());
            subscriptIndex(s.index());
            code.emit(Opcode.BINARY_SUBSCR, s.pos());
        } else if (e instanceof Expr.Tuple t) {
            if (hasStarred(t.elements())) {
                starredList(t.elements(), t.pos());
                code.emit(Opcode.LIST_TO_TUPLE, t.pos());
            } else {
                sequence(t.elements(), t.pos(), Opcode.BUILD_TUPLE);
            }
        } else if (e instanceof Expr.ListDisplay l) {
            if (hasStarred(l.elements())) {
                starredList(l.elements(), l.pos());
            } else {
                sequence(l.elements(), l.pos(), Opcode.BUILD_LIST);
            }
        } else if (e instanceof Expr.SetDisplay s) {
            setDisplay(s);
        } else if (e instanceof Expr.Dict d) {
            dictDisplay(d);
        } else if (e instanceof Expr.Lambda l) {
            int flags = argumentDefaults(l.args(), l.pos());
            CodeGenerator g = child(l, privateName);
            makeFunction(g.scope, g.lambdaCode(l), flags, l.pos());
        } else if (e instanceof Expr.ListComp c) {
            comprehension(e, c.generators(), c.pos());
        } else if (e instanceof Expr.SetComp c) {
            comprehension(e, c.generators(), c.pos());
        } else if (e instanceof Expr.DictComp c) {
            comprehension(e, c.generators(), c.pos());
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(e, c.generators(), c.pos());
        } else if (e instanceof Expr.Yield y) {
            if (y.value() == null) {
                code.loadConstant(null, y.pos());
            } else {
                expression(y.value());
            }
            yieldTop(y.pos());
        } else if (e instanceof Expr.YieldFrom y) {
            if (scope.isCoroutine) {
                throw source.syntaxError(y.pos(), "'yield from' inside async function");
            }
            expression(y.value());
            code.emit(Opcode.GET_YIELD_FROM_ITER, y.pos());
            code.loadConstant(null, y.pos());
            yieldFrom(y.pos(), 2);
        } else if (e instanceof Expr.Await a) {
            expression(a.value());
            awaitTop(0, a.pos());
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
        } else if (e instanceof Expr.Starred s) {
            throw source.syntaxError(s.pos(), "can't use starred expression here");
        } else if (e instanceof Expr.Slice s) {
            throw source.syntaxError(s.pos(), "invalid syntax");
        } else {
            throw new IllegalStateException("unexpected " + e);
        }
    }

    /** yield of TOS, wrapped first in an async generator (ASYNC_GEN_WRAP), then RESUME 1. */
    private void yieldTop(Pos pos) {
        if (scope.isAsyncGenerator()) {
            code.emit(Opcode.ASYNC_GEN_WRAP, pos);
        }
        code.emit(Opcode.YIELD_VALUE, pos);
        code.emit(Opcode.RESUME, 1, pos);
    }

        /** yield from's and await's loop: SEND until the iterator returns, re-yielding each value; RESUME {@code resume} (3.11: 2, 3). */
    private void yieldFrom(Pos pos, int resume) {
        CodeBuilder.Label send = new CodeBuilder.Label();
        CodeBuilder.Label exit = new CodeBuilder.Label();
        code.bind(send);
        code.jump(Opcode.SEND, exit, pos);
        code.emit(Opcode.YIELD_VALUE, pos);
        code.emit(Opcode.RESUME, resume, pos);
        code.jump(Opcode.JUMP_BACKWARD_NO_INTERRUPT, send, pos);
        code.bind(exit);
    }

    /**
     * fold_iter (ast_opt.c): a list display without a star that a for loop or comprehension iterates, or
     * that ends an "in" / "not in" test, is built as a tuple, a constant one when its items are constants.
     */
    private static Expr asTuple(Expr e) {
        return e instanceof Expr.ListDisplay l && !hasStarred(l.elements()) ? new Expr.Tuple(l.pos(), l.elements()) : e;
    }

    /** A comparison's last operand, a list display made a tuple after "in" or "not in" (fold_compare). */
    private static Expr lastComparator(Expr.Compare c) {
        int last = c.comparators().size() - 1;
        String op = c.ops().get(last);
        return op.equals("in") || op.equals("not in") ? asTuple(c.comparators().get(last)) : c.comparators().get(last);
    }

    private static boolean hasStarred(List<Expr> elements) {
        return elements.stream().anyMatch(x -> x instanceof Expr.Starred);
    }

    private void sequence(List<Expr> elements, Pos pos, Opcode build) {
        Object constant = constant(new Expr.Tuple(pos, elements));
        if (build == Opcode.BUILD_TUPLE && constant != NOT_CONSTANT) {
            code.loadConstant(constant, pos);
            return;
        }
        if (build == Opcode.BUILD_LIST && elements.size() > 2 && constant != NOT_CONSTANT) {
            // starunpack_helper: three or more constants are one tuple, extended into an empty list
            code.emit(Opcode.BUILD_LIST, 0, pos);
            code.loadConstant(constant, pos);
            code.emit(Opcode.LIST_EXTEND, 1, pos);
            return;
        }
        elements.forEach(this::expression);
        code.emit(build, elements.size(), pos);
    }

    private void starredList(List<Expr> elements, Pos pos) {
        starredList(elements, pos, 0);
    }

    /**
     * [a, *b, c] (starunpack_helper): BUILD_LIST of what comes before the first star (and of {@code pushed}
     * values already on the stack), then LIST_EXTEND / LIST_APPEND.
     */
    private void starredList(List<Expr> elements, Pos pos, int pushed) {
        starredList(elements, pos, pushed, this::expression);
    }

    /** {@link #starredList(List, Pos, int)} with the unstarred elements compiled by {@code element}. */
    private void starredList(List<Expr> elements, Pos pos, int pushed, Consumer<Expr> element) {
        int first = 0;
        while (!(elements.get(first) instanceof Expr.Starred)) {
            element.accept(elements.get(first++));
        }
        code.emit(Opcode.BUILD_LIST, pushed + first, pos);
        for (int i = first; i < elements.size(); i++) {
            if (elements.get(i) instanceof Expr.Starred s) {
                expression(s.value());
                code.emit(Opcode.LIST_EXTEND, 1, pos);
            } else {
                element.accept(elements.get(i));
                code.emit(Opcode.LIST_APPEND, 1, pos);
            }
        }
    }

    private void setDisplay(Expr.SetDisplay s) {
        if (!hasStarred(s.elements())) {
            s.elements().forEach(this::expression);
            code.emit(Opcode.BUILD_SET, s.elements().size(), s.pos());
            return;
        }
        code.emit(Opcode.BUILD_SET, 0, s.pos());
        for (Expr e : s.elements()) {
            if (e instanceof Expr.Starred st) {
                expression(st.value());
                code.emit(Opcode.SET_UPDATE, 1, s.pos());
            } else {
                expression(e);
                code.emit(Opcode.SET_ADD, 1, s.pos());
            }
        }
    }

    /**
     * A dict display as compile.c compiler_dict builds it: runs of pairs (BUILD_CONST_KEY_MAP when their keys
     * are all constants, MAP_ADD one by one past 15 pairs), merged with DICT_UPDATE around **mappings.
     */
    private void dictDisplay(Expr.Dict d) {
        int n = d.keys().size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            if (d.keys().get(i) == null) {
                if (elements > 0) {
                    dictPairs(d, i - elements, i);
                    if (haveDict) {
                        code.emit(Opcode.DICT_UPDATE, 1, d.pos());
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    code.emit(Opcode.BUILD_MAP, 0, d.pos());
                    haveDict = true;
                }
                expression(d.values().get(i));
                code.emit(Opcode.DICT_UPDATE, 1, d.pos());
            } else if (elements * 2 > STACK_USE_GUIDELINE) {
                dictPairs(d, i - elements, i + 1);
                if (haveDict) {
                    code.emit(Opcode.DICT_UPDATE, 1, d.pos());
                }
                haveDict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            dictPairs(d, n - elements, n);
            if (haveDict) {
                code.emit(Opcode.DICT_UPDATE, 1, d.pos());
            }
            haveDict = true;
        }
        if (!haveDict) {
            code.emit(Opcode.BUILD_MAP, 0, d.pos());
        }
    }

    /** compiler_subdict: the pairs [begin, end) of a dict display as one new dict. */
    private void dictPairs(Expr.Dict d, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        List<Expr> keys = d.keys().subList(begin, end);
        if (n > 1 && !big && keys.stream().allMatch(k -> constant(k) != NOT_CONSTANT)) {
            d.values().subList(begin, end).forEach(this::expression);
            code.loadConstant(keys.stream().map(CodeGenerator::constant).toList(), d.pos());
            code.emit(Opcode.BUILD_CONST_KEY_MAP, n, d.pos());
            return;
        }
        if (big) {
            code.emit(Opcode.BUILD_MAP, 0, d.pos());
        }
        for (int i = begin; i < end; i++) {
            expression(d.keys().get(i));
            expression(d.values().get(i));
            if (big) {
                code.emit(Opcode.MAP_ADD, 1, d.pos());
            }
        }
        if (!big) {
            code.emit(Opcode.BUILD_MAP, n, d.pos());
        }
    }

    /** The value of a literal (a tuple of literals included), as the AST optimizer folds it, or {@link #NOT_CONSTANT}. */
    static Object constant(Expr e) {
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
            if (hasStarred(t.elements())) {
                starredList(t.elements(), t.pos(), 0, this::subscriptIndex); // a[1:2, *rest]
                code.emit(Opcode.LIST_TO_TUPLE, t.pos());
            } else {
                t.elements().forEach(this::subscriptIndex);
                code.emit(Opcode.BUILD_TUPLE, t.elements().size(), t.pos());
            }
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
        source.warn(c.pos(), SyntaxWarnings.identity(c.left(), c.ops(), c.comparators()));
        expression(c.left());
        int last = c.ops().size() - 1;
        if (last == 0) {
            expression(lastComparator(c));
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
        expression(lastComparator(c));
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
        } else if (e instanceof Expr.Compare c && c.ops().size() == 1 && c.ops().get(0).startsWith("is")
                && c.comparators().get(0) instanceof Expr.Constant k && k.value() == null) {
            // x is None / x is not None: POP_JUMP_IF_NONE and friends, as 3.11 compiles them. Its compiler
            // loaded None before the optimizer folded the load into the jump: None keeps its place in co_consts.
            expression(c.left());
            code.constant(null);
            boolean jumpIfNone = c.ops().get(0).equals("is") == jumpIfTrue;
            code.jump(jumpIfNone ? Opcode.POP_JUMP_IF_NONE : Opcode.POP_JUMP_IF_NOT_NONE, label, e.pos());
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
        if (constant instanceof Constants.Imaginary j) return j.value() != 0.0;
        if (constant instanceof String s) return !s.isEmpty();
        if (constant instanceof Constants.Bytes b) return b.value().length != 0;
        if (constant == Constants.ELLIPSIS) return true;
        return !((List<?>) constant).isEmpty();
    }

    /**
     * A call, 3.11's way: obj.name(...) loads the method without binding it (LOAD_METHOD); other callables
     * get a NULL below them (PUSH_NULL, or LOAD_GLOBAL's low bit). A module's function, m.f(...) where an
     * import in the module binds m, is an attribute like any other callable (compile.c's
     * maybe_optimize_method_call leaves out what is_import_originated names).
     */
    private void call(Expr.Call c) {
        source.warn(c.pos(), SyntaxWarnings.caller(c.func()));
        boolean simple = !hasStarred(c.args()) && c.keywords().stream().allMatch(k -> k.name() != null);
        Pos at = c.pos();
        if (simple && c.func() instanceof Expr.Attribute a && !isImportedModuleName(a.value())) {
            expression(a.value());
            code.emit(Opcode.LOAD_METHOD, code.name(mangle(a.attr())), atAttributeName(a, a.pos()));
            at = atAttributeName(a, c.pos());
        } else if (c.func() instanceof Expr.Name n && isGlobalLoad(mangle(n.id()))) {
            code.emit(Opcode.LOAD_GLOBAL, code.name(mangle(n.id())) << 1 | 1, n.pos());
        } else {
            code.emit(Opcode.PUSH_NULL, c.pos());
            expression(c.func());
        }
        callWith(0, c.args(), c.keywords(), at);
    }

    /**
     * Where an instruction on attribute a (or a method call on it, at pos) lies: compile.c's
     * update_start_location_to_match_attr starts it at the name when the attribute spans lines,
     * (obj\n .name), so a traceback shows the name's line and underlines the name, as CPython 3.11's.
     */
    private static Pos atAttributeName(Expr.Attribute a, Pos pos) {
        if (a.pos().line() == a.pos().endLine()) {
            return pos;
        }
        int line = a.pos().endLine();
        int column = a.pos().endColumn() - a.attr().codePointCount(0, a.attr().length());
        int endLine = Math.max(line, pos.endLine());
        return new Pos(line, column, endLine, endLine == line ? Math.max(column, pos.endColumn()) : pos.endColumn());
    }

    private boolean isImportedModuleName(Expr e) {
        return e instanceof Expr.Name n && scope.isImportedInModule(n.id());
    }

    /**
     * The arguments of a call whose callable (and {@code pushed} first arguments) are on the stack: CALL with
     * KW_NAMES, or CALL_FUNCTION_EX with a tuple and a dict when there are * or ** arguments.
     */
    private void callWith(int pushed, List<Expr> args, List<Stmt.Keyword> keywords, Pos pos) {
        boolean star = hasStarred(args) || keywords.stream().anyMatch(k -> k.name() == null);
        if (!star) {
            args.forEach(this::expression);
            keywords.forEach(k -> expression(k.value()));
            if (!keywords.isEmpty()) {
                code.emit(Opcode.KW_NAMES, code.constant(keywords.stream().map(Stmt.Keyword::name).toList()), pos);
            }
            call(pushed + args.size() + keywords.size(), pos);
            return;
        }
        if (pushed == 0 && args.size() == 1 && args.get(0) instanceof Expr.Starred s) {
            expression(s.value());
        } else if (pushed == 0 && constant(new Expr.Tuple(pos, args)) instanceof List<?> values) {
            constantArguments(values, pos);
        } else if (!hasStarred(args)) {
            args.forEach(this::expression);
            code.emit(Opcode.BUILD_TUPLE, pushed + args.size(), pos);
        } else {
            starredList(args, pos, pushed);
            code.emit(Opcode.LIST_TO_TUPLE, pos);
        }
        boolean hasKeywords = !keywords.isEmpty();
        if (hasKeywords) {
            keywordDict(keywords, pos);
        }
        code.emit(Opcode.CALL_FUNCTION_EX, hasKeywords ? 1 : 0, pos);
    }

    /**
     * The positional arguments of CALL_FUNCTION_EX when all are constants: starunpack_helper makes three or
     * more one constant at once; fewer are a BUILD_TUPLE that the optimizer folds (f(**kw) loads ()).
     */
    private void constantArguments(List<?> values, Pos pos) {
        if (values.size() > 2) {
            code.loadConstant(values, pos);
        } else {
            code.loadFoldedTuple(Collections.unmodifiableList(values), pos);
        }
    }

    /** The keyword arguments of CALL_FUNCTION_EX as one dict: name=value runs and **mappings, DICT_MERGE'd. */
    private void keywordDict(List<Stmt.Keyword> keywords, Pos pos) {
        int pairs = 0;
        boolean started = false;
        for (Stmt.Keyword k : keywords) {
            if (k.name() == null) {
                if (pairs > 0 || !started) {
                    code.emit(Opcode.BUILD_MAP, pairs, pos);
                    if (started) {
                        code.emit(Opcode.DICT_MERGE, 1, pos);
                    }
                    started = true;
                    pairs = 0;
                }
                expression(k.value());
                code.emit(Opcode.DICT_MERGE, 1, pos);
            } else {
                code.loadConstant(k.name(), k.pos());
                expression(k.value());
                pairs++;
            }
        }
        if (pairs > 0) {
            code.emit(Opcode.BUILD_MAP, pairs, pos);
            if (started) {
                code.emit(Opcode.DICT_MERGE, 1, pos);
            }
        }
    }

    /**
     * A comprehension or generator expression: a function of the first iterator (".0"), made and called
     * at once, as in 3.11 (so a traceback shows its {@code <listcomp>} frame).
     */
    private void comprehension(Expr node, List<Expr.Comprehension> generators, Pos pos) {
        CodeGenerator g = child(node, privateName);
        CodeObject body = g.comprehensionCode(node, generators, pos);
        makeFunction(g.scope, body, 0, pos);
        expression(asTuple(generators.get(0).iter()));
        code.emit(generators.get(0).isAsync() ? Opcode.GET_AITER : Opcode.GET_ITER, pos);
        call(0, pos);
        if (g.scope.isCoroutine && !g.scope.isGenerator) { // an async comprehension: its coroutine is awaited at once
            awaitTop(0, pos);
        }
    }

    private CodeObject comprehensionCode(Expr node, List<Expr.Comprehension> generators, Pos pos) {
        prologue(pos);
        boolean generator = node instanceof Expr.GeneratorExp;
        if (node instanceof Expr.ListComp) {
            code.emit(Opcode.BUILD_LIST, 0, pos);
        } else if (node instanceof Expr.SetComp) {
            code.emit(Opcode.BUILD_SET, 0, pos);
        } else if (node instanceof Expr.DictComp) {
            code.emit(Opcode.BUILD_MAP, 0, pos);
        }
        List<CodeBuilder.Label> tops = new ArrayList<>();
        List<CodeBuilder.Label> nexts = new ArrayList<>();
        List<CodeBuilder.Label> ends = new ArrayList<>();
        for (int i = 0; i < generators.size(); i++) {
            Expr.Comprehension gen = generators.get(i);
            if (i == 0) {
                code.emit(Opcode.LOAD_FAST, code.localIndex(".0"), pos);
            } else {
                expression(asTuple(gen.iter()));
                code.emit(gen.isAsync() ? Opcode.GET_AITER : Opcode.GET_ITER, gen.iter().pos());
            }
            CodeBuilder.Label top = new CodeBuilder.Label();
            CodeBuilder.Label next = new CodeBuilder.Label();
            CodeBuilder.Label end = new CodeBuilder.Label();
            code.bind(top);
            if (gen.isAsync()) {
                asyncNext(end, pos);
            } else {
                code.jump(Opcode.FOR_ITER, end, pos);
            }
            storeTarget(gen.target());
            for (Expr condition : gen.ifs()) {
                jumpIf(condition, next, false);
            }
            tops.add(top);
            nexts.add(next);
            ends.add(end);
        }
        int depth = generators.size() + 1;
        if (node instanceof Expr.ListComp c) {
            expression(c.element());
            code.emit(Opcode.LIST_APPEND, depth, pos);
        } else if (node instanceof Expr.SetComp c) {
            expression(c.element());
            code.emit(Opcode.SET_ADD, depth, pos);
        } else if (node instanceof Expr.DictComp c) {
            expression(c.key());
            expression(c.value());
            code.emit(Opcode.MAP_ADD, depth, pos);
        } else {
            expression(((Expr.GeneratorExp) node).element());
            yieldTop(pos);
            code.emit(Opcode.POP_TOP, pos);
        }
        for (int i = generators.size() - 1; i >= 0; i--) {
            code.bind(nexts.get(i));
            code.jumpTo(tops.get(i), pos);
            code.bind(ends.get(i));
            if (generators.get(i).isAsync()) {
                code.emit(Opcode.END_ASYNC_FOR, pos);
            }
        }
        if (generator) {
            code.loadConstant(null, pos);
        }
        code.emit(Opcode.RETURN_VALUE, pos);
        String name = scope.name;
        int flags = CodeObject.OPTIMIZED | CodeObject.NEWLOCALS | kindFlag()
                | (scope.parent.kind == Scope.Kind.FUNCTION ? CodeObject.NESTED : 0);
        return code.build(name, scope.qualname, source.filename, 1, 0, 0, flags, pos.line());
    }
}
