package org.gillab.pool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gillab.model.Interpreter;
import org.gillab.model.PythonException;
import org.gillab.model.compile.CodeObject;
import org.gillab.model.compile.MainGuard;
import org.gillab.model.compile.Marshal;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBuiltin;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyCell;
import org.gillab.model.object.PyCode;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyFunction;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.object.Types;
import org.gillab.model.vm.InterpreterState;

/**
 * What a child forked by CPython (Linux's default start method) has of its parent's main module and the
 * model's child, which re-runs the program as __mp_main__, lacks: the names bound under the main guard
 * ({@link MainGuard}), and the parent's own objects where the re-run would make new ones (a queue or a
 * lock made at top level), as they are when the child starts. Data travels by value, modules by name,
 * and functions by their code, defaults and globals (a fork copies them; pickle, which sends them by
 * name, never has to). Classes defined under the guard are not carried: the child does without them,
 * and without data that refers to them.
 */
final class ForkedMain {
    private ForkedMain() {}

    /**
     * Containers of more items than this, bound outside the main guard, are left to the child's re-run of
     * the program, which makes them again: sending one costs about half a second per million items.
     */
    private static final int LARGEST_SENT_CONTAINER = 10_000;

    private static final Set<PyType> CONTAINERS = Set.of(Types.LIST, Types.TUPLE, Types.DICT, Types.SET, Types.FROZENSET);

    /**
     * The parent's side: {"data": {name: value}, "modules": {name: module name}, "functions": {name:
     * FunctionByValue's parts}}, empty unless the program's children start by fork. Data
     * comes from the whole module (the re-run makes its own queues, locks and values, where a forked
     * child shares the parent's), modules and functions from the main guard (the re-run makes the rest).
     */
    static Map<String, Object> capture(ThreadState ts, Interpreter interpreter, boolean forks) {
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, Object> modules = new LinkedHashMap<>();
        Map<String, Object> functions = new LinkedHashMap<>();
        PyModule main = interpreter.state().module(PoolValues.MAIN);
        if (main == null || !forks) {
            return sent(data, modules, functions);
        }
        Set<String> guarded = guardedNames(interpreter);
        PoolValues.sending(true, () -> {
            collect(ts, main, guarded, data, modules, functions);
            return null;
        });
        return sent(data, modules, functions);
    }

    private static void collect(ThreadState ts, PyModule main, Set<String> guarded, Map<String, Object> data,
            Map<String, Object> modules, Map<String, Object> functions) {
        for (Map.Entry<PyObject, PyObject> e : main.dict().snapshot()) {
            String name = e.getKey().str();
            PyObject value = e.getValue();
            try {
                if (value instanceof PyModule module) {
                    if (guarded.contains(name)) {
                        modules.put(name, module.name());
                    }
                } else if (value instanceof PyFunction function) {
                    if (guarded.contains(name) && function.globals == main.dict() && function.closure.length == 0) {
                        functions.put(name, FunctionByValue.parts(ts, function));
                    }
                } else if (!name.startsWith("__") && !(value instanceof PyType || value instanceof PyBuiltin)
                        && (guarded.contains(name) || !largeContainer(ts, value))) {
                    data.put(name, PoolValues.toJava(ts, value));
                }
            } catch (PythonException cannotTravel) {
                ts.decref(cannotTravel.exception()); // a fork would share it; the model's child does without
            }
        }
    }

    private static boolean largeContainer(ThreadState ts, PyObject value) {
        return CONTAINERS.contains(value.type()) && Ops.len(ts, value) > LARGEST_SENT_CONTAINER;
    }

    /** Main-module data alone, as {@link #capture} sends it (the worker's rehearsal restores such a thing). */
    static Map<String, Object> ofData(Map<String, Object> data) {
        return sent(data, Map.of(), Map.of());
    }

    private static Map<String, Object> sent(Map<String, Object> data, Map<String, Object> modules, Map<String, Object> functions) {
        Map<String, Object> encoded = new LinkedHashMap<>();
        data.forEach((name, value) -> encoded.put(name, ValueCodec.encode(value))); // decoded once the functions are there
        return Map.of("data", encoded, "modules", modules, "functions", functions);
    }

    private static Set<String> guardedNames(Interpreter interpreter) {
        Set<String> names = new TreeSet<>();
        for (Interpreter.Source part : interpreter.mainSources()) {
            names.addAll(MainGuard.boundNames(part.text(), part.filename()));
        }
        return names;
    }

    /**
     * The child's side, given what {@link #capture} made (as Python objects): modules set in __mp_main__,
     * functions defined there unless the program's re-run defined them already, then the data.
     */
    static void restore(ThreadState ts, PyDict forked) {
        InterpreterState state = (InterpreterState) ts.invoker();
        PyModule main = state.module(PoolValues.MP_MAIN);
        if (main == null) {
            return;
        }
        PyDict globals = main.dict();
        for (var e : ((PyDict) forked.get("modules")).snapshot()) {
            globals.put(ts, e.getKey(), state.importModule(ts, e.getValue().str()));
        }
        for (var e : ((PyDict) forked.get("functions")).snapshot()) {
            if (globals.get(e.getKey().str()) == null) {
                List<PyObject> parts = Ops.toList(ts, e.getValue());
                PyFunction function = FunctionByValue.rebuild(ts, parts);
                parts.forEach(ts::decref);
                globals.put(ts, e.getKey(), function);
                ts.decref(function);
            }
        }
        for (var e : ((PyDict) forked.get("data")).snapshot()) {
            try {
                PyObject value = PoolValues.toPython(ts, ValueCodec.decode(((PyBytes) e.getValue()).value()));
                globals.put(ts, e.getKey(), value);
                ts.decref(value);
            } catch (PythonException missing) {
                ts.decref(missing.exception()); // it refers to a class defined under the main guard
            }
        }
    }
}
