package org.gillab.model.compile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compiles a match statement the way CPython 3.11's compile.c does (compiler_match and the
 * compiler_pattern_* functions). A pattern consumes its subject from the top of the stack and jumps to a
 * "fail pop" label on failure; the values it captures stay on the stack, rotated beneath what the
 * enclosing patterns still need, and are stored only once the whole pattern has matched, so a failed
 * case binds nothing. The errors are CPython's, at the location compile.c reports them: the pattern
 * being compiled when the problem shows.
 */
final class MatchCompiler {
    /** What the match statement needs from the code generator of its scope. */
    interface Host {
        void expression(Expr e);

        void store(String name, Pos pos);

        void statements(List<Stmt> body);

        void jumpIfFalse(Expr test, CodeBuilder.Label label);

        /** Whether control never falls off the end of body. */
        boolean endsFlow(List<Stmt> body);
    }

    /** compile.c's pattern_context. */
    private static final class Context {
        /** The names captured so far, the first on top of the stack. */
        List<String> stores = new ArrayList<>();
        /** Whether an irrefutable pattern (a capture or _) is allowed here. */
        boolean allowIrrefutable;
        /** failPop[n] pops n items and falls through to failPop[n - 1]; failPop[0] goes to the next case. */
        List<CodeBuilder.Label> failPop = new ArrayList<>();
        /** The items on the stack above the stores that the enclosing patterns still need. */
        int onTop;
    }

    /** None's stand-in among the constant keys of a mapping pattern (a HashSet takes null, but say it plainly). */
    private static final Object NONE_KEY = new Object();

    private final Source source;
    private final CodeBuilder code;
    private final Host host;
    /** compile.c's current location: where instructions and errors go. */
    private Pos loc;

    MatchCompiler(Source source, CodeBuilder code, Host host) {
        this.source = source;
        this.code = code;
        this.host = host;
    }

    void compile(Stmt.Match s) {
        host.expression(s.subject());
        CodeBuilder.Label end = new CodeBuilder.Label();
        List<Pattern.MatchCase> cases = s.cases();
        // A trailing "case _:" needs no copy of the subject nor a pattern.
        boolean hasDefault = cases.size() > 1 && isWildcard(cases.get(cases.size() - 1).pattern());
        int matched = cases.size() - (hasDefault ? 1 : 0);
        for (int i = 0; i < matched; i++) {
            Pattern.MatchCase m = cases.get(i);
            loc = m.pattern().pos();
            Context pc = new Context();
            pc.allowIrrefutable = m.guard() != null || i == cases.size() - 1;
            boolean keepSubject = i != matched - 1;
            if (keepSubject) {
                code.emit(Opcode.COPY, 1, loc);
            }
            pattern(m.pattern(), pc);
            for (String name : pc.stores) {
                host.store(name, loc);
            }
            if (m.guard() != null) {
                ensureFailPop(pc, 0);
                host.jumpIfFalse(m.guard(), pc.failPop.get(0));
            }
            if (keepSubject) {
                code.emit(Opcode.POP_TOP, loc);
            }
            host.statements(m.body());
            if (!host.endsFlow(m.body())) {
                code.jumpTo(end, code.lastPos());
            }
            loc = m.pattern().pos();
            emitAndResetFailPop(pc);
        }
        if (hasDefault) {
            Pattern.MatchCase m = cases.get(cases.size() - 1);
            code.emit(Opcode.NOP, m.pattern().pos());
            if (m.guard() != null) {
                host.jumpIfFalse(m.guard(), end);
            }
            host.statements(m.body());
        }
        code.bind(end);
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs as && as.isWildcard();
    }

    private void pattern(Pattern p, Context pc) {
        loc = p.pos();
        if (p instanceof Pattern.MatchValue v) {
            if (v.value() instanceof Expr.JoinedStr) {
                throw source.syntaxError(loc, "patterns may only match literals and attribute lookups");
            }
            host.expression(v.value());
            code.emit(Opcode.COMPARE_OP, CompareOperator.EQ.ordinal(), loc);
            jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        } else if (p instanceof Pattern.MatchSingleton s) {
            code.loadConstant(s.value(), loc);
            code.emit(Opcode.IS_OP, 0, loc);
            jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        } else if (p instanceof Pattern.MatchSequence s) {
            sequence(s, pc);
        } else if (p instanceof Pattern.MatchMapping m) {
            mapping(m, pc);
        } else if (p instanceof Pattern.MatchClass c) {
            classPattern(c, pc);
        } else if (p instanceof Pattern.MatchStar star) {
            storeName(star.name(), pc);
        } else if (p instanceof Pattern.MatchAs as) {
            asPattern(as, pc);
        } else {
            orPattern((Pattern.MatchOr) p, pc);
        }
    }

    /** A pattern inside another, where a capture or _ is always allowed. */
    private void subpattern(Pattern p, Context pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    private void asPattern(Pattern.MatchAs p, Context pc) {
        if (p.pattern() == null) {
            if (!pc.allowIrrefutable) {
                throw source.syntaxError(loc, p.name() != null
                        ? "name capture '" + p.name() + "' makes remaining patterns unreachable"
                        : "wildcard makes remaining patterns unreachable");
            }
            storeName(p.name(), pc);
            return;
        }
        pc.onTop++; // a copy of the subject, for storing once the inner pattern matched
        code.emit(Opcode.COPY, 1, loc);
        pattern(p.pattern(), pc);
        pc.onTop--;
        storeName(p.name(), pc);
    }

    /** pattern_helper_store_name: keep the captured value on the stack, under what is still needed. */
    private void storeName(String name, Context pc) {
        if (name == null) {
            code.emit(Opcode.POP_TOP, loc);
            return;
        }
        if (name.equals("__debug__")) {
            throw source.syntaxError(loc, "cannot assign to __debug__");
        }
        if (pc.stores.contains(name)) {
            throw source.syntaxError(loc, "multiple assignments to name '" + name + "' in pattern");
        }
        rotate(pc.onTop + pc.stores.size() + 1);
        pc.stores.add(name);
    }

    /** Moves the top of the stack count - 1 places down, the items above it moving up one. */
    private void rotate(int count) {
        for (int i = count; i > 1; i--) {
            code.emit(Opcode.SWAP, i, loc);
        }
    }

    private void ensureFailPop(Context pc, int pops) {
        while (pc.failPop.size() <= pops) {
            pc.failPop.add(new CodeBuilder.Label());
        }
    }

    /** Jumps (conditionally as op says) to the label that pops what this pattern has pushed and fails. */
    private void jumpToFailPop(Context pc, Opcode op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        code.jump(op, pc.failPop.get(pops), loc);
    }

    private void emitAndResetFailPop(Context pc) {
        if (pc.failPop.isEmpty()) {
            return;
        }
        for (int i = pc.failPop.size() - 1; i > 0; i--) {
            code.bind(pc.failPop.get(i));
            code.emit(Opcode.POP_TOP, loc);
        }
        code.bind(pc.failPop.get(0));
        pc.failPop = new ArrayList<>();
    }

    private void sequence(Pattern.MatchSequence p, Context pc) {
        List<Pattern> patterns = p.patterns();
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            if (patterns.get(i) instanceof Pattern.MatchStar s) {
                if (star >= 0) {
                    throw source.syntaxError(loc, "multiple starred names in sequence pattern");
                }
                starWildcard = s.name() == null;
                onlyWildcard &= starWildcard;
                star = i;
            } else {
                onlyWildcard &= isWildcard(patterns.get(i));
            }
        }
        pc.onTop++; // the subject stays on top during the type and length checks
        code.emit(Opcode.MATCH_SEQUENCE, loc);
        jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        if (star < 0) {
            lengthCheck(size, CompareOperator.EQ, pc);
        } else if (size > 1) {
            lengthCheck(size - 1, CompareOperator.GE, pc);
        }
        pc.onTop--;
        if (onlyWildcard) {
            code.emit(Opcode.POP_TOP, loc);
        } else if (starWildcard) {
            sequenceSubscripts(patterns, star, pc);
        } else {
            sequenceUnpack(patterns, star, pc);
        }
    }

    private void lengthCheck(int size, CompareOperator op, Context pc) {
        code.emit(Opcode.GET_LEN, loc);
        code.loadConstant((long) size, loc);
        code.emit(Opcode.COMPARE_OP, op.ordinal(), loc);
        jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
    }

    private void sequenceUnpack(List<Pattern> patterns, int star, Context pc) {
        int size = patterns.size();
        if (star < 0) {
            code.emit(Opcode.UNPACK_SEQUENCE, size, loc);
        } else {
            code.emit(Opcode.UNPACK_EX, star | (size - star - 1) << 8, loc);
        }
        pc.onTop += size;
        for (Pattern p : patterns) {
            pc.onTop--;
            subpattern(p, pc);
        }
    }

    /** [a, *_, b]: index the subject instead of unpacking it all (len - i from the end: no negative indexes). */
    private void sequenceSubscripts(List<Pattern> patterns, int star, Context pc) {
        pc.onTop++;
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            Pattern p = patterns.get(i);
            if (i == star || isWildcard(p)) {
                continue;
            }
            code.emit(Opcode.COPY, 1, loc);
            if (i < star) {
                code.loadConstant((long) i, loc);
            } else {
                code.emit(Opcode.GET_LEN, loc);
                code.loadConstant((long) (size - i), loc);
                code.emit(Opcode.BINARY_OP, BinaryOperator.SUBTRACT.ordinal(), loc);
            }
            code.emit(Opcode.BINARY_SUBSCR, loc);
            subpattern(p, pc);
        }
        pc.onTop--;
        code.emit(Opcode.POP_TOP, loc);
    }

    private void mapping(Pattern.MatchMapping p, Context pc) {
        List<Expr> keys = p.keys();
        int size = keys.size();
        pc.onTop++; // the subject stays on top during the type and length checks
        code.emit(Opcode.MATCH_MAPPING, loc);
        jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        if (size == 0 && p.rest() == null) {
            pc.onTop--;
            code.emit(Opcode.POP_TOP, loc);
            return;
        }
        if (size > 0) {
            lengthCheck(size, CompareOperator.GE, pc);
        }
        Set<Object> seen = new HashSet<>();
        List<Object> constants = new ArrayList<>();
        for (Expr key : keys) {
            if (key instanceof Expr.JoinedStr) {
                throw source.syntaxError(loc, "mapping pattern keys may only match literals and attribute lookups");
            }
            if (key instanceof Expr.Constant c) {
                if (!seen.add(keyIdentity(c.value()))) {
                    throw source.syntaxError(loc, "mapping pattern checks duplicate key (" + Disassembler.repr(c.value()) + ")");
                }
                constants.add(c.value());
            }
        }
        if (constants.size() == size) { // one constant tuple, as CPython's optimizer folds BUILD_TUPLE of constants
            code.loadFoldedTuple(constants, loc);
        } else {
            keys.forEach(host::expression);
            code.emit(Opcode.BUILD_TUPLE, size, loc);
        }
        code.emit(Opcode.MATCH_KEYS, loc);
        pc.onTop += 2; // the tuple of keys and the tuple of values (or None) on top of the subject
        code.emit(Opcode.COPY, 1, loc);
        jumpToFailPop(pc, Opcode.POP_JUMP_IF_NONE);
        code.emit(Opcode.UNPACK_SEQUENCE, size, loc);
        pc.onTop += size - 1;
        for (Pattern value : p.patterns()) {
            pc.onTop--;
            subpattern(value, pc);
        }
        pc.onTop -= 2;
        if (p.rest() == null) {
            code.emit(Opcode.POP_TOP, loc); // the keys
            code.emit(Opcode.POP_TOP, loc); // the subject
            return;
        }
        // rest = dict(subject), then del rest[key] for each key
        code.emit(Opcode.BUILD_MAP, 0, loc);
        code.emit(Opcode.SWAP, 3, loc);
        code.emit(Opcode.DICT_UPDATE, 2, loc);
        code.emit(Opcode.UNPACK_SEQUENCE, size, loc);
        for (int left = size; left > 0; left--) {
            code.emit(Opcode.COPY, 1 + left, loc);
            code.emit(Opcode.SWAP, 2, loc);
            code.emit(Opcode.DELETE_SUBSCR, loc);
        }
        storeName(p.rest(), pc);
    }

    /** What makes two constant keys the same dict key: 1, 1.0 and True are one key, as are 0 and False. */
    private static Object keyIdentity(Object value) {
        if (value instanceof Boolean b) {
            return BigInteger.valueOf(b ? 1 : 0);
        }
        if (value instanceof Long n) {
            return BigInteger.valueOf(n);
        }
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return new BigDecimal(d).toBigInteger();
        }
        if (value instanceof Constants.Bytes b) {
            return ByteBuffer.wrap(b.value());
        }
        return value == null ? NONE_KEY : value;
    }

    private void classPattern(Pattern.MatchClass p, Context pc) {
        List<String> attributes = p.kwdAttrs();
        for (int i = 0; i < attributes.size(); i++) {
            String name = attributes.get(i);
            if (name.equals("__debug__")) {
                throw source.syntaxError(p.kwdPatterns().get(i).pos(), "cannot assign to __debug__");
            }
            if (attributes.subList(i + 1, attributes.size()).contains(name)) {
                int repeat = attributes.subList(i + 1, attributes.size()).indexOf(name) + i + 1;
                throw source.syntaxError(p.kwdPatterns().get(repeat).pos(), "attribute name repeated in class pattern: " + name);
            }
        }
        host.expression(p.cls());
        code.loadConstant(List.copyOf(attributes), loc);
        int nargs = p.patterns().size();
        code.emit(Opcode.MATCH_CLASS, nargs, loc);
        code.emit(Opcode.COPY, 1, loc);
        pc.onTop++; // the tuple of attributes (or None)
        jumpToFailPop(pc, Opcode.POP_JUMP_IF_NONE);
        int total = nargs + attributes.size();
        code.emit(Opcode.UNPACK_SEQUENCE, total, loc);
        pc.onTop += total - 1;
        for (int i = 0; i < total; i++) {
            pc.onTop--;
            Pattern sub = i < nargs ? p.patterns().get(i) : p.kwdPatterns().get(i - nargs);
            if (isWildcard(sub)) {
                code.emit(Opcode.POP_TOP, loc);
            } else {
                subpattern(sub, pc);
            }
        }
    }

    /**
     * p1 | p2: each alternative matches a copy of the subject with a fresh context; all must capture the
     * same names, and each one's captures are reordered on the stack to the first one's order, so that the
     * code after the alternatives stores them alike.
     */
    private void orPattern(Pattern.MatchOr p, Context pc) {
        CodeBuilder.Label end = new CodeBuilder.Label();
        List<String> control = null;
        for (int i = 0; i < p.patterns().size(); i++) {
            Pattern alternative = p.patterns().get(i);
            loc = alternative.pos();
            Context alt = new Context();
            alt.allowIrrefutable = i == p.patterns().size() - 1 && pc.allowIrrefutable;
            code.emit(Opcode.COPY, 1, loc);
            pattern(alternative, alt);
            if (control == null) {
                control = alt.stores;
            } else if (!new HashSet<>(alt.stores).equals(new HashSet<>(control))) {
                throw source.syntaxError(loc, "alternative patterns bind different names");
            } else {
                reorder(alt.stores, control);
            }
            code.jumpTo(end, loc);
            emitAndResetFailPop(alt);
        }
        // No alternative matched: pop the subject and fail.
        code.emit(Opcode.POP_TOP, loc);
        jumpToFailPop(pc, Opcode.JUMP_FORWARD);
        code.bind(end);
        // Stack: the earlier stores, what the enclosing patterns need, the subject, the new captures. Rotate each
        // capture down under all of that.
        int rotations = control.size() + 1 + pc.onTop + pc.stores.size();
        for (String name : control) {
            rotate(rotations);
            if (pc.stores.contains(name)) {
                throw source.syntaxError(loc, "multiple assignments to name '" + name + "' in pattern");
            }
            pc.stores.add(name);
        }
        code.emit(Opcode.POP_TOP, loc); // the subject
    }

    /**
     * Permutes the captures on top of the stack (stores[0] on top) into control's order: brings each name of
     * control, last first, to the top, so control[0] ends there.
     */
    private void reorder(List<String> stores, List<String> control) {
        if (stores.equals(control)) {
            return;
        }
        List<String> stack = new ArrayList<>(stores);
        for (int i = control.size() - 1; i >= 0; i--) {
            int depth = stack.indexOf(control.get(i)) + 1;
            for (int k = 1; k < depth; k++) {
                rotate(depth);
            }
            stack.add(0, stack.remove(depth - 1));
        }
        stores.clear();
        stores.addAll(control);
    }
}
