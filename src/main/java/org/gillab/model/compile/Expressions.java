package org.gillab.model.compile;

import java.util.ArrayList;
import java.util.List;

/** Generic traversal of expressions. */
final class Expressions {
    private Expressions() {
    }

    /**
     * The direct sub-expressions of e, in evaluation order; null parts are left out. A lambda's body and a
     * comprehension's parts belong to their own scope and are not children.
     */
    static List<Expr> children(Expr e) {
        List<Expr> result = new ArrayList<>();
        if (e instanceof Expr.BinOp b) {
            result.add(b.left());
            result.add(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            result.add(u.operand());
        } else if (e instanceof Expr.BoolOp b) {
            result.addAll(b.values());
        } else if (e instanceof Expr.Compare c) {
            result.add(c.left());
            result.addAll(c.comparators());
        } else if (e instanceof Expr.IfExp i) {
            result.add(i.test());
            result.add(i.body());
            result.add(i.orElse());
        } else if (e instanceof Expr.NamedExpr n) {
            result.add(n.value());
        } else if (e instanceof Expr.Call c) {
            result.add(c.func());
            result.addAll(c.args());
            c.keywords().forEach(k -> result.add(k.value()));
        } else if (e instanceof Expr.Attribute a) {
            result.add(a.value());
        } else if (e instanceof Expr.Subscript s) {
            result.add(s.value());
            result.add(s.index());
        } else if (e instanceof Expr.Slice s) {
            result.add(s.lower());
            result.add(s.upper());
            result.add(s.step());
        } else if (e instanceof Expr.Starred s) {
            result.add(s.value());
        } else if (e instanceof Expr.Tuple t) {
            result.addAll(t.elements());
        } else if (e instanceof Expr.ListDisplay l) {
            result.addAll(l.elements());
        } else if (e instanceof Expr.SetDisplay s) {
            result.addAll(s.elements());
        } else if (e instanceof Expr.Dict d) {
            for (int i = 0; i < d.keys().size(); i++) {
                result.add(d.keys().get(i));
                result.add(d.values().get(i));
            }
        } else if (e instanceof Expr.Yield y) {
            result.add(y.value());
        } else if (e instanceof Expr.YieldFrom y) {
            result.add(y.value());
        } else if (e instanceof Expr.Await a) {
            result.add(a.value());
        } else if (e instanceof Expr.JoinedStr j) {
            result.addAll(j.values());
        } else if (e instanceof Expr.FormattedValue f) {
            result.add(f.value());
            result.add(f.formatSpec());
        }
        result.removeIf(x -> x == null);
        return result;
    }
}
