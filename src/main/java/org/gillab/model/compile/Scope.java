package org.gillab.model.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One scope of CPython's symbol table (Python/symtable.c): a module, a class body, or a function
 * (lambdas, comprehensions and generator expressions are functions too, as in 3.11). {@link #build}
 * makes the tree for a module in two passes like symtable.c: first it records how each name is used
 * in each scope (bound, declared global or nonlocal, only read), then it decides each name's
 * {@link Binding}: a fast local, a cell another scope closes over, a free variable taken from an
 * enclosing function, or a global.
 */
public final class Scope {
    enum Kind { MODULE, CLASS, FUNCTION }

    /** How a name is reached from this scope (symtable.c's LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL). */
    enum Binding { LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL }

    private static final int DEF_LOCAL = 1;
    private static final int DEF_PARAM = 2;
    private static final int DEF_GLOBAL = 4;
    private static final int DEF_NONLOCAL = 8;
    private static final int USE = 16;
    /** Bound by an import statement (symtable.c's DEF_IMPORT), as well as DEF_LOCAL. */
    private static final int DEF_IMPORT = 32;
    /** A class's own variable that its methods also use freely, from an enclosing function (symtable.c's DEF_FREE_CLASS). */
    private static final int DEF_FREE_CLASS = 64;

    final Kind kind;
    final String name;
    final Scope parent;
    /** co_qualname: "outer.<locals>.inner", "K.method". */
    final String qualname;
    private final Map<String, Integer> flags = new LinkedHashMap<>();
    private final Map<String, Binding> bindings = new HashMap<>();
    private final List<String> params = new ArrayList<>();
    /** Where each nonlocal statement named a name, for "no binding for nonlocal" once the enclosing scopes are known. */
    private final Map<String, Pos> nonlocals = new HashMap<>();
    private final Map<Object, Scope> children = new IdentityHashMap<>();
    private final List<Scope> childList = new ArrayList<>();
    boolean isGenerator;
    /** An async def, or a comprehension in one that awaits (CO_COROUTINE): its call makes a coroutine. */
    boolean isCoroutine;

    /** An async def that yields, or a generator expression that awaits (CO_ASYNC_GENERATOR, PEP 525). */
    boolean isAsyncGenerator() {
        return isGenerator && isCoroutine;
    }

    /** A class whose methods use super() or __class__: its body makes the __class__ cell. */
    boolean needsClassCell;
    /** The scope of a comprehension or generator expression (its parameter is ".0"). */
    final boolean isComprehension;
    /** A comprehension's iteration variables (DEF_COMP_ITER), which no := inside it may rebind. */
    private final Set<String> iterationVariables = new HashSet<>();

    private Scope(Kind kind, String name, Scope parent, boolean isComprehension) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.isComprehension = isComprehension;
        this.qualname = qualname(kind, name, parent);
    }

    private static String qualname(Kind kind, String name, Scope parent) {
        if (parent == null || parent.kind == Kind.MODULE) {
            return name;
        }
        return parent.kind == Kind.FUNCTION ? parent.qualname + ".<locals>." + name : parent.qualname + "." + name;
    }

    /**
     * Private name mangling (compile.c _Py_Mangle): in class K, __x becomes _K__x, unless it ends with two
     * underscores or contains a dot; {@code className} null outside classes.
     */
    public static String mangle(String className, String name) {
        if (className == null || !name.startsWith("__") || name.endsWith("__") || name.contains(".")) {
            return name;
        }
        String stripped = className.replaceFirst("^_+", "");
        return stripped.isEmpty() ? name : "_" + stripped + name;
    }

    /** The symbol table of a module body, analysed. */
    static Scope build(List<Stmt> body, Source source) {
        Scope module = new Scope(Kind.MODULE, "<module>", null, false);
        new SymbolVisitor(module, source).statements(body);
        module.analyze(Set.of(), source);
        return module;
    }

    /** The scope of a def, class, lambda or comprehension node of this scope. */
    Scope child(Object node) {
        Scope s = children.get(node);
        if (s == null) {
            throw new IllegalStateException("no scope for " + node);
        }
        return s;
    }

    /**
     * Whether an import statement in the module's own body binds this name (compile.c's is_import_originated,
     * which looks at the top scope only, whatever scope the name is read in).
     */
    boolean isImportedInModule(String name) {
        Scope top = this;
        while (top.parent != null) {
            top = top.parent;
        }
        return (top.flagsOf(name) & DEF_IMPORT) != 0;
    }

    boolean isFunction() {
        return kind == Kind.FUNCTION;
    }

    Binding binding(String name) {
        Binding b = bindings.get(name);
        return b != null ? b : Binding.GLOBAL_IMPLICIT;
    }

    /** Whether a class body binds this name, free in its methods, itself: a name of its namespace (LOAD_NAME, STORE_NAME). */
    boolean isBoundInClass(String name) {
        return (flags.getOrDefault(name, 0) & DEF_FREE_CLASS) != 0;
    }

    /** co_varnames: the parameters, then the other fast locals in the order the source first binds them. */
    List<String> varNames() {
        List<String> names = new ArrayList<>(params);
        if (kind == Kind.FUNCTION) {
            for (Map.Entry<String, Integer> e : flags.entrySet()) {
                Binding b = bindings.get(e.getKey());
                if (b == Binding.LOCAL && !names.contains(e.getKey())) {
                    names.add(e.getKey());
                }
            }
        }
        return names;
    }

    /** co_cellvars, sorted as CPython sorts them. */
    List<String> cellVars() {
        return sortedWith(Binding.CELL);
    }

    /** co_freevars, sorted as CPython sorts them. */
    List<String> freeVars() {
        return sortedWith(Binding.FREE);
    }

    private List<String> sortedWith(Binding wanted) {
        TreeSet<String> names = new TreeSet<>();
        bindings.forEach((n, b) -> {
            if (b == wanted) {
                names.add(n);
            }
        });
        return new ArrayList<>(names);
    }

    // ---- pass 2: analysis (symtable.c analyze_block) ----

    /**
     * Decides every name's binding given {@code bound}, the names local to the enclosing functions, then
     * turns this function's locals that a nested scope uses freely into cells.
     */
    private void analyze(Set<String> bound, Source source) {
        for (Map.Entry<String, Integer> e : flags.entrySet()) {
            String n = e.getKey();
            int f = e.getValue();
            if ((f & DEF_GLOBAL) != 0) {
                bindings.put(n, Binding.GLOBAL_EXPLICIT);
            } else if ((f & DEF_NONLOCAL) != 0) {
                Pos declared = nonlocals.get(n);
                if (declared != null && !bound.contains(n)) {
                    throw source.symtableError(declared, "no binding for nonlocal '" + n + "' found");
                }
                bindings.put(n, Binding.FREE);
            } else if ((f & (DEF_LOCAL | DEF_PARAM)) != 0) {
                bindings.put(n, Binding.LOCAL);
            } else if (kind != Kind.MODULE && bound.contains(n)) {
                bindings.put(n, Binding.FREE);
            } else {
                bindings.put(n, Binding.GLOBAL_IMPLICIT);
            }
        }
        java.util.HashSet<String> childBound = new java.util.HashSet<>(bound);
        if (kind == Kind.FUNCTION) {
            bindings.forEach((n, b) -> {
                if (b == Binding.LOCAL) {
                    childBound.add(n);
                }
            });
            flags.forEach((n, f) -> {
                if ((f & DEF_GLOBAL) != 0) {
                    childBound.remove(n);
                }
            });
        } else if (kind == Kind.CLASS) {
            childBound.add("__class__");
        }
        for (Scope child : childList) {
            child.analyze(childBound, source);
            for (String free : child.freeVars()) {
                closeOver(free);
            }
        }
        if (kind == Kind.CLASS && bindings.get("__class__") == Binding.CELL) {
            needsClassCell = true;
        }
    }

    /** A nested scope uses {@code n} freely: it is this function's cell, or passes through this scope as free. */
    private void closeOver(String n) {
        Binding b = bindings.get(n);
        if (kind == Kind.FUNCTION && b == Binding.LOCAL) {
            bindings.put(n, Binding.CELL);
        } else if (kind == Kind.CLASS && n.equals("__class__")) {
            bindings.put(n, Binding.CELL);
        } else if (b != Binding.CELL && kind != Kind.MODULE) {
            if (b == Binding.LOCAL && kind == Kind.CLASS) {
                add(n, DEF_FREE_CLASS); // stays a class variable, and passes the closure through
            }
            bindings.put(n, Binding.FREE);
        }
    }

    // ---- pass 1: what each scope does with each name ----

    private void add(String n, int flag) {
        flags.merge(n, flag, (x, y) -> x | y);
    }

    /** The names this scope binds itself: assigned, defined or imported (not only read, nor declared global). */
    Set<String> boundNames() {
        Set<String> names = new TreeSet<>();
        flags.forEach((n, f) -> {
            if ((f & (DEF_LOCAL | DEF_IMPORT)) != 0) {
                names.add(n);
            }
        });
        return names;
    }

    private int flagsOf(String n) {
        return flags.getOrDefault(n, 0);
    }

    /** Walks a module's statements, recording names in the scope being visited and making child scopes. */
    private static final class SymbolVisitor {
        private Scope scope;
        /** While above 0, a comprehension's iterable is being visited (ste_comp_iter_expr, which nested scopes inherit). */
        private int iterableDepth;
        /** While a comprehension's for target is visited, the names it binds are iteration variables (ste_comp_iter_target). */
        private boolean iterationTarget;
        private final Source source;
        /** The class being compiled, for name mangling, or null. */
        private String className;

        SymbolVisitor(Scope module, Source source) {
            this.scope = module;
            this.source = source;
        }

        private Scope enter(Object node, Kind kind, String name, boolean comprehension) {
            Scope child = new Scope(kind, name, scope, comprehension);
            scope.children.put(node, child);
            scope.childList.add(child);
            Scope outer = scope;
            scope = child;
            return outer;
        }

        void statements(List<Stmt> body) {
            body.forEach(this::statement);
        }

        private void statement(Stmt stmt) {
            if (stmt instanceof Stmt.FunctionDef s) {
                s.decorators().forEach(this::expression);
                argumentDefaults(s.args());
                annotations(s.args());
                if (s.returns() != null) {
                    expression(s.returns());
                }
                bind(s.name(), s.pos());
                Scope outer = enter(s, Kind.FUNCTION, s.name(), false);
                scope.isCoroutine = s.isAsync();
                parameters(s.args());
                statements(s.body());
                scope = outer;
            } else if (stmt instanceof Stmt.ClassDef s) {
                s.decorators().forEach(this::expression);
                s.bases().forEach(this::expression);
                s.keywords().forEach(k -> expression(k.value()));
                bind(s.name(), s.pos());
                Scope outer = enter(s, Kind.CLASS, s.name(), false);
                String outerClass = className;
                className = s.name();
                statements(s.body());
                className = outerClass;
                scope = outer;
            } else if (stmt instanceof Stmt.Return s) {
                if (s.value() != null) {
                    expression(s.value());
                }
            } else if (stmt instanceof Stmt.Delete s) {
                s.targets().forEach(this::target);
            } else if (stmt instanceof Stmt.Assign s) {
                expression(s.value());
                s.targets().forEach(this::target);
            } else if (stmt instanceof Stmt.AugAssign s) {
                if (s.target() instanceof Expr.Name n) {
                    use(n.id(), n.pos());
                }
                target(s.target());
                expression(s.value());
            } else if (stmt instanceof Stmt.AnnAssign s) {
                if (s.value() != null) {
                    expression(s.value());
                }
                if (s.target() instanceof Expr.Name n && (scope.flagsOf(n.id()) & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && s.simple()) {
                    throw source.symtableError(s.pos(), "annotated name '" + n.id() + "' can't be "
                            + ((scope.flagsOf(n.id()) & DEF_GLOBAL) != 0 ? "global" : "nonlocal"));
                }
                if (!scope.isFunction()) {
                    expression(s.annotation());
                }
                if (s.value() != null || !(s.target() instanceof Expr.Name)) {
                    target(s.target());
                } else {
                    scope.add(((Expr.Name) s.target()).id(), DEF_LOCAL);
                }
            } else if (stmt instanceof Stmt.For s) {
                expression(s.iter());
                target(s.target());
                statements(s.body());
                statements(s.orElse());
            } else if (stmt instanceof Stmt.While s) {
                expression(s.test());
                statements(s.body());
                statements(s.orElse());
            } else if (stmt instanceof Stmt.If s) {
                expression(s.test());
                statements(s.body());
                statements(s.orElse());
            } else if (stmt instanceof Stmt.With s) {
                for (Stmt.WithItem item : s.items()) {
                    expression(item.context());
                    if (item.target() != null) {
                        target(item.target());
                    }
                }
                statements(s.body());
            } else if (stmt instanceof Stmt.Raise s) {
                if (s.exception() != null) {
                    expression(s.exception());
                }
                if (s.cause() != null) {
                    expression(s.cause());
                }
            } else if (stmt instanceof Stmt.Try s) {
                statements(s.body());
                for (Stmt.ExceptHandler h : s.handlers()) {
                    if (h.type() != null) {
                        expression(h.type());
                    }
                    if (h.name() != null) {
                        bind(h.name(), h.pos());
                    }
                    statements(h.body());
                }
                statements(s.orElse());
                statements(s.finalBody());
            } else if (stmt instanceof Stmt.Assert s) {
                expression(s.test());
                if (s.message() != null) {
                    expression(s.message());
                }
            } else if (stmt instanceof Stmt.Import s) {
                for (Stmt.Alias a : s.names()) {
                    imported(a.asName() != null ? a.asName() : a.name().split("\\.")[0], a.pos());
                }
            } else if (stmt instanceof Stmt.ImportFrom s) {
                for (Stmt.Alias a : s.names()) {
                    if (a.name().equals("*")) {
                        if (scope.kind != Kind.MODULE) {
                            throw source.symtableError(a.pos(), "import * only allowed at module level");
                        }
                    } else {
                        imported(a.asName() != null ? a.asName() : a.name(), a.pos());
                    }
                }
            } else if (stmt instanceof Stmt.Global s) {
                declare(s.names(), s.pos(), DEF_GLOBAL, "global");
            } else if (stmt instanceof Stmt.Nonlocal s) {
                if (scope.kind == Kind.MODULE) {
                    throw source.symtableError(s.pos(), "nonlocal declaration not allowed at module level");
                }
                declare(s.names(), s.pos(), DEF_NONLOCAL, "nonlocal");
            } else if (stmt instanceof Stmt.ExprStmt s) {
                expression(s.value());
            } else if (stmt instanceof Stmt.Match s) {
                matchStatement(s);
            }
        }

        /** symtable.c's visits of a match statement: the subject, then each case's pattern, guard and body. */
        private void matchStatement(Stmt.Match s) {
            expression(s.subject());
            for (Pattern.MatchCase c : s.cases()) {
                pattern(c.pattern());
                expression(c.guard());
                statements(c.body());
            }
        }

        /** A pattern's captures bind names; its value keys and class names are loads. */
        private void pattern(Pattern p) {
            if (p instanceof Pattern.MatchValue v) {
                expression(v.value());
            } else if (p instanceof Pattern.MatchSequence q) {
                q.patterns().forEach(this::pattern);
            } else if (p instanceof Pattern.MatchMapping m) {
                m.keys().forEach(this::expression);
                m.patterns().forEach(this::pattern);
                if (m.rest() != null) {
                    bind(m.rest(), m.pos());
                }
            } else if (p instanceof Pattern.MatchClass c) {
                expression(c.cls());
                c.patterns().forEach(this::pattern);
                c.kwdPatterns().forEach(this::pattern);
            } else if (p instanceof Pattern.MatchStar star && star.name() != null) {
                bind(star.name(), star.pos());
            } else if (p instanceof Pattern.MatchAs as) {
                if (as.pattern() != null) {
                    pattern(as.pattern());
                }
                if (as.name() != null) {
                    bind(as.name(), as.pos());
                }
            } else if (p instanceof Pattern.MatchOr or) {
                or.patterns().forEach(this::pattern);
            }
        }

        /** global / nonlocal names: CPython's symtable errors for names already used or bound. */
        private void declare(List<String> names, Pos pos, int flag, String what) {
            for (String raw : names) {
                String n = mangle(className, raw);
                int f = scope.flagsOf(n);
                if ((f & DEF_PARAM) != 0) {
                    throw source.symtableError(pos, "name '" + n + "' is parameter and " + what);
                }
                if (flag == DEF_NONLOCAL && (f & DEF_GLOBAL) != 0 || flag == DEF_GLOBAL && (f & DEF_NONLOCAL) != 0) {
                    throw source.symtableError(pos, "name '" + n + "' is nonlocal and global");
                }
                if ((f & DEF_LOCAL) != 0) {
                    throw source.symtableError(pos, "name '" + n + "' is assigned to before " + what + " declaration");
                }
                if ((f & USE) != 0) {
                    throw source.symtableError(pos, "name '" + n + "' is used prior to " + what + " declaration");
                }
                scope.add(n, flag);
                if (flag == DEF_NONLOCAL) {
                    scope.nonlocals.putIfAbsent(n, pos);
                }
            }
        }

        private void argumentDefaults(Stmt.Arguments args) {
            args.defaults().forEach(this::expression);
            args.kwDefaults().forEach(d -> {
                if (d != null) {
                    expression(d);
                }
            });
        }

        private void annotations(Stmt.Arguments args) {
            List<Stmt.Arg> all = new ArrayList<>(args.posOnly());
            all.addAll(args.args());
            if (args.varArg() != null) {
                all.add(args.varArg());
            }
            all.addAll(args.kwOnly());
            if (args.kwArg() != null) {
                all.add(args.kwArg());
            }
            for (Stmt.Arg a : all) {
                if (a.annotation() != null) {
                    expression(a.annotation());
                }
            }
        }

        private void parameters(Stmt.Arguments args) {
            for (String raw : args.names()) {
                String n = mangle(className, raw);
                scope.add(n, DEF_PARAM);
                scope.params.add(n);
            }
        }

        private void bind(String n, Pos pos) {
            scope.add(mangle(className, n), DEF_LOCAL);
            if (iterationTarget) {
                scope.iterationVariables.add(n);
            }
        }

        private void imported(String n, Pos pos) {
            bind(n, pos);
            scope.add(mangle(className, n), DEF_IMPORT);
        }

        private void use(String raw, Pos pos) {
            String n = mangle(className, raw);
            scope.add(n, USE);
            if (scope.isFunction() && (n.equals("super") || n.equals("__class__"))) {
                markClassCellUse();
            }
        }

        /** super() and __class__ in a method close over the class body's __class__ cell (symtable's DEF_FREE_CLASS). */
        private void markClassCellUse() {
            for (Scope s = scope; s != null; s = s.parent) {
                if (s.kind == Kind.CLASS) {
                    scope.add("__class__", USE);
                    return;
                }
            }
        }

        /** An assignment, for, with, del or walrus target. */
        private void target(Expr e) {
            if (e instanceof Expr.Name n) {
                bind(n.id(), n.pos());
            } else if (e instanceof Expr.Tuple t) {
                t.elements().forEach(this::target);
            } else if (e instanceof Expr.ListDisplay l) {
                l.elements().forEach(this::target);
            } else if (e instanceof Expr.Starred s) {
                target(s.value());
            } else if (e instanceof Expr.Attribute a) {
                expression(a.value());
            } else if (e instanceof Expr.Subscript s) {
                expression(s.value());
                expression(s.index());
            } else {
                expression(e);
            }
        }

        private void expression(Expr e) {
            if (e == null) {
                return;
            }
            if (e instanceof Expr.Name n) {
                use(n.id(), n.pos());
            } else if (e instanceof Expr.NamedExpr ne) {
                expression(ne.value());
                namedTarget(ne);
            } else if (e instanceof Expr.Lambda l) {
                argumentDefaults(l.args());
                Scope outer = enter(l, Kind.FUNCTION, "<lambda>", false);
                parameters(l.args());
                expression(l.body());
                scope = outer;
            } else if (e instanceof Expr.ListComp c) {
                comprehension(e, "<listcomp>", c.generators(), List.of(c.element()));
            } else if (e instanceof Expr.SetComp c) {
                comprehension(e, "<setcomp>", c.generators(), List.of(c.element()));
            } else if (e instanceof Expr.DictComp c) {
                comprehension(e, "<dictcomp>", c.generators(), List.of(c.key(), c.value()));
            } else if (e instanceof Expr.GeneratorExp c) {
                comprehension(e, "<genexpr>", c.generators(), List.of(c.element()));
            } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
                if (!scope.isFunction()) {
                    throw source.syntaxError(e.pos(), "'yield' outside function");
                }
                if (scope.isComprehension && !scope.name.equals("<genexpr>")) {
                    throw source.symtableError(e.pos(), "'yield' inside " + scope.name.substring(1, scope.name.length() - 5)
                            + " comprehension");
                }
                scope.isGenerator = true;
                Expressions.children(e).forEach(this::expression);
            } else if (e instanceof Expr.Await) {
                awaitIn(scope);
                Expressions.children(e).forEach(this::expression);
            } else {
                Expressions.children(e).forEach(this::expression);
            }
        }

        /**
         * An await (or async for) in a comprehension makes the comprehension a coroutine that its scope awaits,
         * up to the async def (compile.c); a generator expression becomes an async generator, which its scope
         * only creates.
         */
        private void awaitIn(Scope s) {
            for (; s.isComprehension; s = s.parent) {
                s.isCoroutine = true;
                if (s.isGenerator) {
                    return;
                }
            }
        }

        /** The target of := binds in the nearest enclosing scope that is not a comprehension (PEP 572). */
        private void namedTarget(Expr.NamedExpr ne) {
            String n = ne.target().id();
            if (iterableDepth > 0) {
                throw source.symtableError(ne.pos(), "assignment expression cannot be used in a comprehension iterable expression");
            }
            if (!scope.isComprehension) {
                bind(n, ne.pos());
                return;
            }
            Scope s = scope;
            for (; s.isComprehension; s = s.parent) {
                if (s.iterationVariables.contains(n)) {
                    throw source.symtableError(ne.target().pos(),
                            "assignment expression cannot rebind comprehension iteration variable '" + n + "'");
                }
            }
            if (s.kind == Kind.CLASS) {
                throw source.symtableError(ne.target().pos(),
                        "assignment expression within a comprehension cannot be used in a class body");
            }
            if (s.kind == Kind.MODULE) {
                s.add(n, DEF_LOCAL);
                for (Scope c = scope; c != s; c = c.parent) {
                    c.add(n, DEF_GLOBAL);
                }
            } else {
                s.add(n, DEF_LOCAL);
                for (Scope c = scope; c != s; c = c.parent) {
                    c.add(n, DEF_NONLOCAL);
                }
            }
        }

        /** The first iterable is evaluated outside; the rest of the comprehension is a function of ".0". */
        private void comprehension(Expr node, String name, List<Expr.Comprehension> generators, List<Expr> elements) {
            iterable(generators.get(0).iter());
            Scope outer = enter(node, Kind.FUNCTION, name, true);
            scope.add(".0", DEF_PARAM);
            scope.params.add(".0");
            if (node instanceof Expr.GeneratorExp) {
                scope.isGenerator = true;
            }
            for (int i = 0; i < generators.size(); i++) {
                Expr.Comprehension g = generators.get(i);
                if (i > 0) {
                    iterable(g.iter());
                }
                if (g.isAsync()) {
                    awaitIn(scope);
                }
                iterationTarget = true;
                target(g.target());
                iterationTarget = false;
                g.ifs().forEach(this::expression);
            }
            elements.forEach(this::expression);
            scope = outer;
        }

        private void iterable(Expr iter) {
            iterableDepth++;
            expression(iter);
            iterableDepth--;
        }
    }
}
