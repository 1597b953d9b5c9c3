package org.gillab.model.compile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The parser's tree in the shape of CPython's ast module (ast.parse): node class names and field values
 * in CPython 3.11's field order (Parser/Python.asdl), with CPython's positions (columns in UTF-8 bytes).
 * The model's records are close to CPython's nodes; where they differ (Compare ops as strings, BoolOp's
 * isAnd, no expression contexts, -1 folded to a constant, compound statements spanning their header only)
 * this class restores CPython's shape. Written for the model; the lib module _ast turns it into objects.
 */
public final class SyntaxTree {

    /**
     * One node: its class name, its field values in _fields' order, and (lineno, col_offset, end_lineno,
     * end_col_offset), or null for a class without positions. A field value is a Node, a List, a String
     * (an identifier), an Integer, null, or a {@link Literal}.
     */
    public record Node(String type, List<Object> fields, int[] position) {}

    /** Constant.value and MatchSingleton.value: a constant as the compiler stores it ({@link Constants}). */
    public record Literal(Object value) {}

    private static final Map<String, String> COMPARISONS = Map.of("<", "Lt", "<=", "LtE", "==", "Eq", "!=", "NotEq",
            ">", "Gt", ">=", "GtE", "is", "Is", "is not", "IsNot", "in", "In", "not in", "NotIn");
    private static final Map<BinaryOperator, String> OPERATORS = Map.ofEntries(Map.entry(BinaryOperator.ADD, "Add"),
            Map.entry(BinaryOperator.AND, "BitAnd"), Map.entry(BinaryOperator.FLOOR_DIVIDE, "FloorDiv"),
            Map.entry(BinaryOperator.LSHIFT, "LShift"), Map.entry(BinaryOperator.MATRIX_MULTIPLY, "MatMult"),
            Map.entry(BinaryOperator.MULTIPLY, "Mult"), Map.entry(BinaryOperator.REMAINDER, "Mod"),
            Map.entry(BinaryOperator.OR, "BitOr"), Map.entry(BinaryOperator.POWER, "Pow"),
            Map.entry(BinaryOperator.RSHIFT, "RShift"), Map.entry(BinaryOperator.SUBTRACT, "Sub"),
            Map.entry(BinaryOperator.TRUE_DIVIDE, "Div"), Map.entry(BinaryOperator.XOR, "BitXor"));
    private static final Map<Opcode, String> UNARY = Map.of(Opcode.UNARY_NEGATIVE, "USub", Opcode.UNARY_POSITIVE, "UAdd",
            Opcode.UNARY_INVERT, "Invert", Opcode.UNARY_NOT, "Not");
    private static final Node LOAD = leaf("Load");
    private static final Node STORE = leaf("Store");
    private static final Node DEL = leaf("Del");

    private final Source source;

    private SyntaxTree(Source source) {
        this.source = source;
    }

    /**
     * ast.parse(source, filename, mode) for mode "exec" (a Module), "eval" (an Expression) or "single" (an
     * Interactive), with the SyntaxErrors of compile() in that mode.
     */
    public static Node parse(String text, String filename, String mode) {
        Source source = mode.equals("exec") ? new Source(text, filename) : Source.withoutAddedLineBreak(text, filename, warning -> { });
        SyntaxTree tree = new SyntaxTree(source);
        return switch (mode) {
            case "exec" -> new Node("Module", List.of(tree.stmts(Parser.parseModule(source, false)), List.of()), null);
            case "eval" -> new Node("Expression", List.of(tree.expr(Parser.parseExpression(source, false))), null);
            case "single" -> new Node("Interactive", List.of(tree.stmts(Compiler.parseSingle(source, false))), null);
            default -> throw new IllegalArgumentException("no ast.parse mode " + mode);
        };
    }

    private static Node leaf(String type) {
        return new Node(type, List.of(), null);
    }

    /** A node with positions; {@code fields} may hold nulls (absent optional fields). */
    private Node node(String type, Pos pos, Object... fields) {
        return new Node(type, Arrays.asList(fields), position(pos));
    }

    /** CPython's positions: its col_offset and end_col_offset count UTF-8 bytes. */
    private int[] position(Pos pos) {
        return new int[] {pos.line(), utf8Column(pos.line(), pos.column()), pos.endLine(), utf8Column(pos.endLine(), pos.endColumn())};
    }

    private int utf8Column(int line, int column) {
        String text = source.line(line);
        return text.substring(0, Math.min(column, text.length())).getBytes(StandardCharsets.UTF_8).length;
    }

    private <T> List<Object> each(List<T> items, Function<T, Object> export) {
        List<Object> out = new ArrayList<>(items.size());
        for (T item : items) {
            out.add(item == null ? null : export.apply(item));
        }
        return out;
    }

    private List<Object> stmts(List<Stmt> body) {
        return each(body, this::stmt);
    }

    private List<Object> exprs(List<Expr> values) {
        return each(values, this::expr);
    }

    private Object exprOrNull(Expr e) {
        return e == null ? null : expr(e);
    }

    private Node stmt(Stmt stmt) {
        Pos pos = span(stmt);
        if (stmt instanceof Stmt.ExprStmt s) return node("Expr", pos, expr(s.value()));
        if (stmt instanceof Stmt.Assign s) return node("Assign", pos, each(s.targets(), t -> target(t, STORE)), expr(s.value()), null);
        if (stmt instanceof Stmt.AugAssign s) {
            return node("AugAssign", pos, target(s.target(), STORE), leaf(OPERATORS.get(s.op().plain())), expr(s.value()));
        }
        if (stmt instanceof Stmt.AnnAssign s) {
            return node("AnnAssign", pos, target(s.target(), STORE), expr(s.annotation()), exprOrNull(s.value()), s.simple() ? 1 : 0);
        }
        if (stmt instanceof Stmt.FunctionDef s) {
            return node(s.isAsync() ? "AsyncFunctionDef" : "FunctionDef", pos, s.name(), arguments(s.args()), stmts(s.body()),
                    exprs(s.decorators()), exprOrNull(s.returns()), null);
        }
        if (stmt instanceof Stmt.ClassDef s) {
            return node("ClassDef", pos, s.name(), exprs(s.bases()), each(s.keywords(), this::keyword), stmts(s.body()),
                    exprs(s.decorators()));
        }
        if (stmt instanceof Stmt.Return s) return node("Return", pos, exprOrNull(s.value()));
        if (stmt instanceof Stmt.Delete s) return node("Delete", pos, each(s.targets(), t -> target(t, DEL)));
        if (stmt instanceof Stmt.Pass) return node("Pass", pos);
        if (stmt instanceof Stmt.Break) return node("Break", pos);
        if (stmt instanceof Stmt.Continue) return node("Continue", pos);
        if (stmt instanceof Stmt.Global s) return node("Global", pos, new ArrayList<Object>(s.names()));
        if (stmt instanceof Stmt.Nonlocal s) return node("Nonlocal", pos, new ArrayList<Object>(s.names()));
        if (stmt instanceof Stmt.If s) return node("If", pos, expr(s.test()), stmts(s.body()), stmts(s.orElse()));
        if (stmt instanceof Stmt.While s) return node("While", pos, expr(s.test()), stmts(s.body()), stmts(s.orElse()));
        if (stmt instanceof Stmt.For s) {
            return node(s.isAsync() ? "AsyncFor" : "For", pos, target(s.target(), STORE), expr(s.iter()), stmts(s.body()),
                    stmts(s.orElse()), null);
        }
        if (stmt instanceof Stmt.With s) {
            return node(s.isAsync() ? "AsyncWith" : "With", pos, each(s.items(), item -> new Node("withitem",
                    Arrays.asList(expr(item.context()), item.target() == null ? null : target(item.target(), STORE)), null)),
                    stmts(s.body()), null);
        }
        if (stmt instanceof Stmt.Raise s) return node("Raise", pos, exprOrNull(s.exception()), exprOrNull(s.cause()));
        if (stmt instanceof Stmt.Try s) {
            return node(s.star() ? "TryStar" : "Try", pos, stmts(s.body()), each(s.handlers(), this::handler), stmts(s.orElse()),
                    stmts(s.finalBody()));
        }
        if (stmt instanceof Stmt.Assert s) return node("Assert", pos, expr(s.test()), exprOrNull(s.message()));
        if (stmt instanceof Stmt.Import s) return node("Import", pos, each(s.names(), this::alias));
        if (stmt instanceof Stmt.ImportFrom s) return node("ImportFrom", pos, s.module(), each(s.names(), this::alias), s.level());
        if (stmt instanceof Stmt.Match s) {
            return node("Match", pos, expr(s.subject()), each(s.cases(), c -> new Node("match_case",
                    Arrays.asList(pattern(c.pattern()), exprOrNull(c.guard()), stmts(c.body())), null)));
        }
        throw new IllegalStateException("no ast node for " + stmt.getClass().getSimpleName());
    }

    /**
     * A statement's full span: the model's compound statements span their header, CPython's run to the end
     * of their last block (and a decorated def or class starts at its def or class keyword in both).
     */
    private Pos span(Stmt stmt) {
        Pos last = lastOf(stmt);
        return last == null ? withParentheses(stmt.pos()) : stmt.pos().to(last);
    }

    /**
     * A simple statement's span with the parentheses around its first and last expression, which the
     * model's statement positions leave out: "(x)" or "y = (\n 1)" (a statement is at bracket depth 0, so
     * every parenthesis next to it is its own).
     */
    private Pos withParentheses(Pos pos) {
        int line = pos.line();
        int column = pos.column();
        String text = source.line(line);
        for (int i = column - 1; i >= 0 && (text.charAt(i) == '(' || text.charAt(i) == ' ' || text.charAt(i) == '\t'); i--) {
            column = text.charAt(i) == '(' ? i : column;
        }
        int endLine = pos.endLine();
        int endColumn = pos.endColumn();
        int scanLine = endLine;
        int i = endColumn;
        while (scanLine <= source.lineCount()) {
            String scanned = source.line(scanLine);
            if (i >= scanned.length() || scanned.charAt(i) == '#' || scanned.charAt(i) == '\\') {
                scanLine++;
                i = 0;
            } else if (scanned.charAt(i) == ')') {
                endLine = scanLine;
                endColumn = ++i;
            } else if (scanned.charAt(i) == ' ' || scanned.charAt(i) == '\t' || scanned.charAt(i) == '\f') {
                i++;
            } else {
                break;
            }
        }
        return new Pos(line, column, endLine, endColumn);
    }

    /** The span of the last statement nested in {@code stmt}, or null for a simple statement. */
    private Pos lastOf(Stmt stmt) {
        List<Stmt> block = null;
        if (stmt instanceof Stmt.FunctionDef s) block = s.body();
        if (stmt instanceof Stmt.ClassDef s) block = s.body();
        if (stmt instanceof Stmt.Try s) {
            block = !s.finalBody().isEmpty() ? s.finalBody() : !s.orElse().isEmpty() ? s.orElse()
                    : s.handlers().isEmpty() ? s.body() : s.handlers().get(s.handlers().size() - 1).body();
        } else if (stmt instanceof Stmt.Match s) {
            block = s.cases().get(s.cases().size() - 1).body();
        } else {
            for (List<Stmt> nested : Statements.blocks(stmt)) {
                block = nested.isEmpty() ? block : nested;
            }
        }
        return block == null || block.isEmpty() ? null : span(block.get(block.size() - 1));
    }

    private Node handler(Stmt.ExceptHandler h) {
        Pos pos = h.pos();
        if (!h.body().isEmpty()) {
            pos = pos.to(span(h.body().get(h.body().size() - 1)));
        }
        return node("ExceptHandler", pos, exprOrNull(h.type()), h.name(), stmts(h.body()));
    }

    private Node alias(Stmt.Alias a) {
        return node("alias", a.pos(), a.name(), a.asName());
    }

    private Node keyword(Stmt.Keyword k) {
        return node("keyword", k.pos(), k.name(), expr(k.value()));
    }

    private Node arguments(Stmt.Arguments a) {
        return new Node("arguments", Arrays.asList(each(a.posOnly(), this::arg), each(a.args(), this::arg),
                a.varArg() == null ? null : arg(a.varArg()), each(a.kwOnly(), this::arg), exprs(a.kwDefaults()),
                a.kwArg() == null ? null : arg(a.kwArg()), exprs(a.defaults())), null);
    }

    private Node arg(Stmt.Arg a) {
        return node("arg", a.pos(), a.name(), exprOrNull(a.annotation()), null);
    }

    /** An assignment or del target: Name, Attribute, Subscript, Starred, List and Tuple take the context. */
    private Node target(Expr e, Node ctx) {
        Pos pos = e.pos();
        if (e instanceof Expr.Name n) return node("Name", pos, n.id(), ctx);
        if (e instanceof Expr.Attribute a) return node("Attribute", pos, expr(a.value()), a.attr(), ctx);
        if (e instanceof Expr.Subscript s) return node("Subscript", pos, expr(s.value()), expr(s.index()), ctx);
        if (e instanceof Expr.Starred s) return node("Starred", pos, target(s.value(), ctx), ctx);
        if (e instanceof Expr.Tuple t) return node("Tuple", pos, each(t.elements(), x -> target(x, ctx)), ctx);
        if (e instanceof Expr.ListDisplay l) return node("List", pos, each(l.elements(), x -> target(x, ctx)), ctx);
        return expr(e);
    }

    private Node expr(Expr e) {
        Pos pos = e.pos();
        if (e instanceof Expr.Constant c) return constant(c);
        if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript || e instanceof Expr.Starred
                || e instanceof Expr.Tuple || e instanceof Expr.ListDisplay) {
            return target(e, LOAD);
        }
        if (e instanceof Expr.NamedExpr n) return node("NamedExpr", pos, target(n.target(), STORE), expr(n.value()));
        if (e instanceof Expr.BinOp b) return node("BinOp", pos, expr(b.left()), leaf(OPERATORS.get(b.op())), expr(b.right()));
        if (e instanceof Expr.UnaryOp u) return node("UnaryOp", pos, leaf(UNARY.get(u.op())), expr(u.operand()));
        if (e instanceof Expr.BoolOp b) return node("BoolOp", pos, leaf(b.isAnd() ? "And" : "Or"), exprs(b.values()));
        if (e instanceof Expr.Compare c) {
            return node("Compare", pos, expr(c.left()), each(c.ops(), op -> leaf(COMPARISONS.get(op))), exprs(c.comparators()));
        }
        if (e instanceof Expr.IfExp i) return node("IfExp", pos, expr(i.test()), expr(i.body()), expr(i.orElse()));
        if (e instanceof Expr.Lambda l) return node("Lambda", pos, arguments(l.args()), expr(l.body()));
        if (e instanceof Expr.Call c) return node("Call", pos, expr(c.func()), exprs(c.args()), each(c.keywords(), this::keyword));
        if (e instanceof Expr.Slice s) return node("Slice", pos, exprOrNull(s.lower()), exprOrNull(s.upper()), exprOrNull(s.step()));
        if (e instanceof Expr.SetDisplay s) return node("Set", pos, exprs(s.elements()));
        if (e instanceof Expr.Dict d) return node("Dict", pos, exprs(d.keys()), exprs(d.values()));
        if (e instanceof Expr.ListComp c) return node("ListComp", pos, expr(c.element()), generators(c.generators()));
        if (e instanceof Expr.SetComp c) return node("SetComp", pos, expr(c.element()), generators(c.generators()));
        if (e instanceof Expr.GeneratorExp c) return node("GeneratorExp", pos, expr(c.element()), generators(c.generators()));
        if (e instanceof Expr.DictComp c) {
            return node("DictComp", pos, expr(c.key()), expr(c.value()), generators(c.generators()));
        }
        if (e instanceof Expr.Yield y) return node("Yield", pos, exprOrNull(y.value()));
        if (e instanceof Expr.YieldFrom y) return node("YieldFrom", pos, expr(y.value()));
        if (e instanceof Expr.Await a) return node("Await", pos, expr(a.value()));
        if (e instanceof Expr.JoinedStr j) return joinedStr(j);
        throw new IllegalStateException("no ast node for " + e.getClass().getSimpleName());
    }

    /** An f-string: in CPython 3.11 its parts all have the span of the whole string, and its literals the kind of the first. */
    private Node joinedStr(Expr.JoinedStr j) {
        String kind = kind(source.text(j.pos()));
        return node("JoinedStr", j.pos(), each(j.values(), part -> part instanceof Expr.FormattedValue f
                ? formattedValue(f, j.pos()) : node("Constant", j.pos(), new Literal(((Expr.Constant) part).value()), kind)));
    }

    /** Constant.kind: "u" for a string whose first literal has the u prefix. */
    private static String kind(String text) {
        return text.startsWith("u") || text.startsWith("U") ? "u" : null;
    }

    /**
     * A replacement field of the f-string spanning {@code whole}. Its format spec spans the f-string token
     * holding it; the spec's fields span the whole string, and so do its literals when a field follows
     * them, the others the token (what CPython 3.11's parser gives).
     */
    private Node formattedValue(Expr.FormattedValue f, Pos whole) {
        Node spec = null;
        if (f.formatSpec() != null) {
            Expr.JoinedStr parts = formatSpec(f.formatSpec());
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < parts.values().size(); i++) {
                Expr part = parts.values().get(i);
                boolean fieldFollows = parts.values().subList(i + 1, parts.values().size()).stream()
                        .anyMatch(p -> p instanceof Expr.FormattedValue);
                values.add(part instanceof Expr.FormattedValue inner ? formattedValue(inner, whole)
                        : node("Constant", fieldFollows ? whole : parts.pos(), new Literal(((Expr.Constant) part).value()), null));
            }
            spec = node("JoinedStr", parts.pos(), values);
        }
        return node("FormattedValue", whole, expr(f.value()), CONVERSIONS[f.conversion()], spec);
    }

    /** A format spec as a JoinedStr: the parser makes a constant spec a Constant (CPython has no empty part). */
    private static Expr.JoinedStr formatSpec(Expr spec) {
        if (spec instanceof Expr.Constant c) {
            return new Expr.JoinedStr(c.pos(), "".equals(c.value()) ? List.of() : List.of(c));
        }
        return (Expr.JoinedStr) spec;
    }

    /** FormattedValue.conversion: -1, or the character of !s, !r, !a (the record has FORMAT_VALUE's 0..3). */
    private static final Integer[] CONVERSIONS = {-1, (int) 's', (int) 'r', (int) 'a'};

    private List<Object> generators(List<Expr.Comprehension> generators) {
        return each(generators, g -> new Node("comprehension", Arrays.asList(target(g.target(), STORE), expr(g.iter()),
                exprs(g.ifs()), g.isAsync() ? 1 : 0), null));
    }

    /**
     * A Constant, kind "u" for a u-prefixed string. The parser folds -literal to a negative constant as
     * CPython's AST optimizer does; ast.parse shows the tree before that fold: UnaryOp(USub, Constant).
     */
    private Node constant(Expr.Constant c) {
        String text = source.text(c.pos());
        if (text.startsWith("-")) {
            // -(1): the operand spans the literal inside the parentheses
            int start = 1;
            int parentheses = 0;
            while (start < text.length() && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\\'
                    || text.charAt(start) == '(')) {
                parentheses += text.charAt(start++) == '(' ? 1 : 0;
            }
            int end = c.pos().endColumn();
            while (parentheses > 0) {
                char last = source.line(c.pos().endLine()).charAt(--end);
                parentheses -= last == ')' ? 1 : 0;
            }
            while (Character.isWhitespace(source.line(c.pos().endLine()).charAt(end - 1))) {
                end--;
            }
            Pos operand = new Pos(c.pos().line(), c.pos().column() + start, c.pos().endLine(), end);
            return node("UnaryOp", c.pos(), leaf("USub"), constant(new Expr.Constant(operand, negate(c.value()))));
        }
        if (c.value() instanceof String && hasFString(text)) {
            // the parser folds an f-string without fields to its text; CPython keeps a JoinedStr
            List<Expr> parts = "".equals(c.value()) ? List.of() : List.of(c);
            return joinedStr(new Expr.JoinedStr(c.pos(), parts));
        }
        return node("Constant", c.pos(), new Literal(c.value()), c.value() instanceof String ? kind(text) : null);
    }

    /** Whether the string literals of {@code text} (with what may separate them) include an f-string. */
    private static boolean hasFString(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (Character.isLetter(c)) {
                int start = i;
                while (Character.isLetter(text.charAt(i))) {
                    i++;
                }
                if (text.substring(start, i).toLowerCase().contains("f")) {
                    return true;
                }
            } else if (c == '"' || c == '\'') {
                String quote = text.startsWith(String.valueOf(c).repeat(3), i) ? String.valueOf(c).repeat(3) : String.valueOf(c);
                i += quote.length();
                while (!text.startsWith(quote, i)) {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                i += quote.length();
            } else {
                i++;
            }
        }
        return false;
    }

    private static Object negate(Object value) {
        if (value instanceof Long n) return n == Long.MIN_VALUE ? java.math.BigInteger.valueOf(n).negate() : (Object) (-n);
        if (value instanceof Double d) return -d;
        if (value instanceof java.math.BigInteger n) return Literals.integer(n.negate());
        throw new IllegalStateException("folded negative of " + value);
    }

    private Node pattern(Pattern p) {
        Pos pos = p.pos();
        if (p instanceof Pattern.MatchValue v) return node("MatchValue", pos, expr(v.value()));
        if (p instanceof Pattern.MatchSingleton s) return node("MatchSingleton", pos, new Literal(s.value()));
        if (p instanceof Pattern.MatchSequence s) return node("MatchSequence", pos, each(s.patterns(), this::pattern));
        if (p instanceof Pattern.MatchMapping m) {
            return node("MatchMapping", pos, exprs(m.keys()), each(m.patterns(), this::pattern), m.rest());
        }
        if (p instanceof Pattern.MatchClass c) {
            return node("MatchClass", pos, expr(c.cls()), each(c.patterns(), this::pattern), new ArrayList<Object>(c.kwdAttrs()),
                    each(c.kwdPatterns(), this::pattern));
        }
        if (p instanceof Pattern.MatchStar s) return node("MatchStar", pos, s.name());
        if (p instanceof Pattern.MatchAs a) return node("MatchAs", pos, a.pattern() == null ? null : pattern(a.pattern()), a.name());
        if (p instanceof Pattern.MatchOr o) return node("MatchOr", pos, each(o.patterns(), this::pattern));
        throw new IllegalStateException("no ast node for " + p.getClass().getSimpleName());
    }
}
