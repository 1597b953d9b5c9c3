package org.gillab.model.compile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which names of a code object are locals, like CPython's symtable pass: in a function every name that
 * is bound (assigned, a for/with target, def, import, del, a parameter) is local unless declared
 * global; every other name is global (then builtin). At module level all names are global.
 *
 * <p>A comprehension's loop variables are its own, as in Python 3: inlined as PEP 709 (3.12) does, they
 * live in hidden local slots of the enclosing code object ({@link #comprehensionLocals}), so they neither
 * see nor change a variable of the same name outside the comprehension.
 */
final class Scope {
    private final String functionName;
    private final Scope enclosing;
    private final Set<String> globals = new HashSet<>();
    private final LinkedHashSet<String> locals = new LinkedHashSet<>();

    private Scope(String functionName, Scope enclosing) {
        this.functionName = functionName;
        this.enclosing = enclosing;
    }

    static Scope module(List<Stmt> body) {
        Scope scope = new Scope(null, null);
        scope.bindComprehensionsIn(body);
        return scope;
    }

    static Scope function(Stmt.FunctionDef def, Scope enclosing, Source source) {
        Scope scope = new Scope(def.name(), enclosing);
        scope.locals.addAll(def.params());
        scope.declareGlobals(def.body(), def, source);
        scope.bindAll(def.body());
        scope.locals.removeAll(scope.globals);
        return scope;
    }

    boolean isModule() {
        return functionName == null;
    }

    boolean isLocal(String name) {
        return locals.contains(name);
    }

    /** The local variable names, parameters first (the code object's varNames). */
    List<String> localNames() {
        return new ArrayList<>(locals);
    }

    /** The enclosing function whose local this free name would be (a closure), or null if it is global. */
    String closureOwner(String name) {
        for (Scope s = enclosing; s != null && !s.isModule(); s = s.enclosing) {
            if (s.isLocal(name)) {
                return s.functionName;
            }
        }
        return null;
    }

    private void declareGlobals(List<Stmt> body, Stmt.FunctionDef def, Source source) {
        for (Stmt stmt : body) {
            if (stmt instanceof Stmt.Global g) {
                for (String name : g.names()) {
                    if (def.params().contains(name)) {
                        throw source.syntaxError(g.pos(), "name '" + name + "' is parameter and global");
                    }
                    globals.add(name);
                }
            }
            for (List<Stmt> block : Statements.blocks(stmt)) {
                declareGlobals(block, def, source);
            }
        }
    }

    private void bindAll(List<Stmt> body) {
        for (Stmt stmt : body) {
            bind(stmt);
            for (List<Stmt> block : Statements.blocks(stmt)) {
                bindAll(block);
            }
        }
    }

    private void bind(Stmt stmt) {
        if (stmt instanceof Stmt.Assign s) {
            s.targets().forEach(this::bindTarget);
        } else if (stmt instanceof Stmt.AugAssign s) {
            bindTarget(s.target());
        } else if (stmt instanceof Stmt.For s) {
            bindTarget(s.target());
        } else if (stmt instanceof Stmt.With s && s.target() != null) {
            bindTarget(s.target());
        } else if (stmt instanceof Stmt.Delete s) {
            s.targets().forEach(this::bindTarget);
        } else if (stmt instanceof Stmt.FunctionDef s) {
            locals.add(s.name());
        } else if (stmt instanceof Stmt.Import s) {
            for (int i = 0; i < s.modules().size(); i++) {
                locals.add(s.asNames().get(i) != null ? s.asNames().get(i) : s.modules().get(i));
            }
        } else if (stmt instanceof Stmt.ImportFrom s) {
            for (int i = 0; i < s.names().size(); i++) {
                locals.add(s.asNames().get(i) != null ? s.asNames().get(i) : s.names().get(i));
            }
        }
        for (Expr e : Statements.expressions(stmt)) {
            bindComprehensionTargets(e);
        }
    }

    private void bindTarget(Expr target) {
        if (target instanceof Expr.Name name) {
            locals.add(name.id());
        } else if (target instanceof Expr.Tuple || target instanceof Expr.ListDisplay) {
            Expressions.children(target).forEach(this::bindTarget);
        }
        Expressions.children(target).forEach(this::bindComprehensionTargets);
    }

    /** The hidden local slots of the loop variables of every comprehension in {@code e}. */
    private void bindComprehensionTargets(Expr e) {
        if (e instanceof Expr.ListComp comp) {
            locals.addAll(comprehensionLocals(comp).values());
        }
        Expressions.children(e).forEach(this::bindComprehensionTargets);
    }

    /** At module level only comprehensions bind locals: their hidden slots. */
    private void bindComprehensionsIn(List<Stmt> body) {
        for (Stmt stmt : body) {
            Statements.expressions(stmt).forEach(this::bindComprehensionTargets);
            for (List<Stmt> block : Statements.blocks(stmt)) {
                bindComprehensionsIn(block);
            }
        }
    }

    /**
     * Each name a comprehension's for clauses bind, with its hidden slot: unique per comprehension,
     * never an identifier (e.g. "x@2:6").
     */
    static Map<String, String> comprehensionLocals(Expr.ListComp comp) {
        Map<String, String> slots = new LinkedHashMap<>();
        comp.generators().forEach(g -> addSlots(g.target(), comp.pos(), slots));
        return slots;
    }

    private static void addSlots(Expr target, Pos comprehension, Map<String, String> slots) {
        if (target instanceof Expr.Name name) {
            slots.put(name.id(), name.id() + CodeObject.HIDDEN_SLOT_MARK + comprehension.line() + ":" + comprehension.column());
        } else {
            Expressions.children(target).forEach(child -> addSlots(child, comprehension, slots));
        }
    }
}
