package org.gillab.model.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recursive-descent parser for the model's subset of Python 3's grammar (Grammar/python.gram), building
 * {@link Stmt} and {@link Expr} nodes. Valid Python outside the subset is rejected with a
 * NotImplementedError that names the construct; anything else that does not parse is a SyntaxError.
 */
final class Parser {
    static final String SUPPORTED = "supported: def, return, global, if/elif/else, while, for, break, continue,"
            + " pass, with, raise, assert, del, import, from-import, assignments, list comprehensions";

    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield");
    private static final Map<String, String> UNSUPPORTED_STATEMENTS = Map.of(
            "class", "class definitions",
            "try", "try statements (exception handling)",
            "async", "async functions and statements",
            "nonlocal", "nonlocal declarations",
            "@", "decorators");
    private static final Map<String, String> UNSUPPORTED_EXPRESSIONS = Map.of(
            "lambda", "lambda expressions",
            "yield", "yield expressions (generators)",
            "await", "await expressions",
            "...", "Ellipsis literals (...)",
            ":=", "assignment expressions (:=)");
    private static final Map<String, String> COMPARISONS = Map.of(
            "<", "<", ">", ">", "==", "==", ">=", ">=", "<=", "<=", "!=", "!=", "in", "in", "is", "is");
    private static final Set<String> AUGMENTED = Set.of(
            "+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@=");
    private static final Map<String, BinaryOperator> TERMS = Map.of(
            "*", BinaryOperator.MULTIPLY, "/", BinaryOperator.TRUE_DIVIDE,
            "//", BinaryOperator.FLOOR_DIVIDE, "%", BinaryOperator.REMAINDER);
    /** Guards the Java stack against absurdly nested input (CPython raises RecursionError or "too many nested"). */
    private static final int MAX_NESTING = 1000;

    private final Source source;
    private final List<Token> tokens;
    /** "f-string: " while parsing a replacement field, as CPython 3.11 prefixes those errors. */
    private final String errorPrefix;
    private int index;
    private int nesting;

    private Parser(Source source, List<Token> tokens, String errorPrefix) {
        this.source = source;
        this.tokens = tokens;
        this.errorPrefix = errorPrefix;
    }

    static List<Stmt> parseModule(Source source) {
        Parser parser = new Parser(source, Tokenizer.tokenize(source), "");
        List<Stmt> body = new ArrayList<>();
        while (parser.peek().kind() != Token.Kind.END) {
            body.addAll(parser.statement());
        }
        return body;
    }

    // ---- statements ----

    private List<Stmt> statement() {
        Token t = peek();
        if (t.kind() == Token.Kind.INDENT) {
            throw source.syntaxError(t.pos(), "unexpected indent");
        }
        if (t.kind() == Token.Kind.DEDENT || t.kind() == Token.Kind.NEWLINE) {
            throw invalidSyntax(t);
        }
        String unsupported = UNSUPPORTED_STATEMENTS.get(t.text());
        if (unsupported != null && (t.kind() == Token.Kind.NAME || t.is("@"))) {
            throw source.notImplemented(t.pos(), unsupported + " are not supported by the GIL Lab model (" + SUPPORTED + ")");
        }
        if (t.kind() == Token.Kind.NAME) {
            switch (t.text()) {
                case "def": return List.of(functionDef());
                case "if": return List.of(ifStatement());
                case "while": return List.of(whileStatement());
                case "for": return List.of(forStatement());
                case "with": return List.of(withStatement());
                default: break;
            }
        }
        return simpleStatements();
    }

    private List<Stmt> simpleStatements() {
        List<Stmt> result = new ArrayList<>();
        do {
            if (peek().kind() == Token.Kind.NEWLINE) {
                break;
            }
            result.add(simpleStatement());
        } while (accept(";"));
        expectNewline();
        return result;
    }

    private void expectNewline() {
        Token t = peek();
        if (t.kind() != Token.Kind.NEWLINE) {
            throw invalidSyntax(t);
        }
        index++;
    }

    private Stmt simpleStatement() {
        Token t = peek();
        if (t.kind() == Token.Kind.NAME) {
            switch (t.text()) {
                case "pass": index++; return new Stmt.Pass(t.pos());
                case "break": index++; return new Stmt.Break(t.pos());
                case "continue": index++; return new Stmt.Continue(t.pos());
                case "return": return returnStatement();
                case "global": return globalStatement();
                case "del": return deleteStatement();
                case "import": return importStatement();
                case "from": return fromImportStatement();
                case "raise": return raiseStatement();
                case "assert": return assertStatement();
                default: break;
            }
        }
        return expressionStatement();
    }

    private Stmt expressionStatement() {
        Token first = peek();
        Expr e = expressionList();
        if (at("=")) {
            List<Expr> parts = new ArrayList<>(List.of(e));
            while (accept("=")) {
                parts.add(expressionList());
            }
            Expr value = parts.remove(parts.size() - 1);
            for (Expr target : parts) {
                checkTarget(target, "assign to");
            }
            return new Stmt.Assign(first.pos().to(value.pos()), parts, value);
        }
        Token op = peek();
        if (op.kind() == Token.Kind.OP && AUGMENTED.contains(op.text())) {
            if (op.is("@=")) {
                throw source.notImplemented(op.pos(), "the @ operator is not supported by the GIL Lab model");
            }
            if (!(e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript)) {
                throw source.syntaxError(e.pos(), "'" + describe(e) + "' is an illegal expression for augmented assignment");
            }
            index++;
            Expr value = expressionList();
            return new Stmt.AugAssign(first.pos().to(value.pos()), e, inPlace(op.text()), value);
        }
        if (op.is(":")) {
            annotation(e);
        }
        if (e instanceof Expr.Name name && name.id().equals("print") && startsExpression(op)) {
            throw source.syntaxError(e.pos().to(op.pos()), "Missing parentheses in call to 'print'. Did you mean print(...)?");
        }
        return new Stmt.ExprStmt(e.pos(), e);
    }

    /** target: annotation [= value] is valid Python the model does not implement; anything else is a SyntaxError. */
    private void annotation(Expr target) {
        Token colon = next();
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw source.syntaxError(target.pos(), target instanceof Expr.Tuple
                    ? "only single target (not tuple) can be annotated" : "illegal target for annotation");
        }
        expression();
        if (accept("=")) {
            expressionList();
        }
        if (!atEndOfStatement()) {
            throw invalidSyntax(peek());
        }
        throw source.notImplemented(colon.pos(), "variable annotations are not supported by the GIL Lab model");
    }

    private static BinaryOperator inPlace(String symbol) {
        for (BinaryOperator op : BinaryOperator.values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        throw new IllegalArgumentException(symbol);
    }

    private Stmt returnStatement() {
        Token keyword = next();
        if (atEndOfStatement()) {
            return new Stmt.Return(keyword.pos(), null);
        }
        Expr value = expressionList();
        return new Stmt.Return(keyword.pos().to(value.pos()), value);
    }

    private Stmt globalStatement() {
        Token keyword = next();
        List<String> names = new ArrayList<>();
        Token last;
        do {
            last = expectName();
            names.add(last.text());
        } while (accept(","));
        return new Stmt.Global(keyword.pos().to(last.pos()), names);
    }

    private Stmt deleteStatement() {
        Token keyword = next();
        Expr targets = expressionList();
        if (!atEndOfStatement()) {
            throw invalidSyntax(peek());
        }
        List<Expr> list = targets instanceof Expr.Tuple tuple ? tuple.elements() : List.of(targets);
        for (Expr target : list) {
            checkDeleteTarget(target);
        }
        return new Stmt.Delete(keyword.pos().to(targets.pos()), list);
    }

    private void checkDeleteTarget(Expr target) {
        if (target instanceof Expr.Tuple || target instanceof Expr.ListDisplay) {
            for (Expr element : elementsOf(target)) {
                checkDeleteTarget(element);
            }
        } else if (target instanceof Expr.Attribute) {
            throw source.notImplemented(target.pos(), "deleting attributes is not supported by the GIL Lab model");
        } else if (!(target instanceof Expr.Name || target instanceof Expr.Subscript)) {
            throw source.syntaxError(target.pos(), "cannot delete " + describe(target));
        }
    }

    private Stmt importStatement() {
        Token keyword = next();
        List<String> modules = new ArrayList<>();
        List<String> asNames = new ArrayList<>();
        do {
            Token start = peek();
            String module = dottedName();
            String asName = null;
            if (accept("as")) {
                asName = expectName().text();
            } else if (module.contains(".")) {
                throw source.notImplemented(start.pos().to(previous().pos()),
                        "importing a dotted module name without 'as' is not supported by the GIL Lab model");
            }
            modules.add(module);
            asNames.add(asName);
        } while (accept(","));
        return new Stmt.Import(keyword.pos().to(previous().pos()), modules, asNames);
    }

    private Stmt fromImportStatement() {
        Token keyword = next();
        if (at(".") || at("...")) {
            throw source.notImplemented(peek().pos(), "relative imports are not supported by the GIL Lab model");
        }
        String module = dottedName();
        expect("import");
        if (at("*")) {
            throw source.notImplemented(peek().pos(), "'from ... import *' is not supported by the GIL Lab model");
        }
        boolean parenthesized = accept("(");
        List<String> names = new ArrayList<>();
        List<String> asNames = new ArrayList<>();
        do {
            if (parenthesized && at(")")) {
                break;
            }
            names.add(expectName().text());
            asNames.add(accept("as") ? expectName().text() : null);
        } while (accept(","));
        if (parenthesized) {
            expect(")");
        }
        return new Stmt.ImportFrom(keyword.pos().to(previous().pos()), module, names, asNames);
    }

    private String dottedName() {
        StringBuilder name = new StringBuilder(expectName().text());
        while (accept(".")) {
            name.append('.').append(expectName().text());
        }
        return name.toString();
    }

    private Stmt raiseStatement() {
        Token keyword = next();
        if (atEndOfStatement()) {
            throw source.notImplemented(keyword.pos(), "a bare 'raise' (re-raise) is not supported by the GIL Lab model");
        }
        Expr exception = expression();
        if (at("from")) {
            throw source.notImplemented(peek().pos(), "'raise ... from ...' is not supported by the GIL Lab model");
        }
        return new Stmt.Raise(keyword.pos().to(exception.pos()), exception);
    }

    private Stmt assertStatement() {
        Token keyword = next();
        Expr test = expression();
        Expr message = accept(",") ? expression() : null;
        return new Stmt.Assert(keyword.pos().to(previous().pos()), test, message);
    }

    private Stmt functionDef() {
        Token keyword = next();
        String name = expectName().text();
        expect("(");
        List<String> params = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        while (!at(")")) {
            Token t = peek();
            if (t.is("*") || t.is("**") || t.is("/")) {
                throw source.notImplemented(t.pos(), "'" + t.text() + "' in parameter lists is not supported by the"
                        + " GIL Lab model (only positional parameters with optional defaults)");
            }
            Token param = expectName();
            if (params.contains(param.text())) {
                throw source.syntaxError(param.pos(), "duplicate argument '" + param.text() + "' in function definition");
            }
            params.add(param.text());
            if (at(":")) {
                throw source.notImplemented(peek().pos(), "annotations are not supported by the GIL Lab model");
            }
            if (accept("=")) {
                defaults.add(expression());
            } else if (!defaults.isEmpty()) {
                throw source.syntaxError(param.pos(), "non-default argument follows default argument");
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        if (at("->")) {
            throw source.notImplemented(peek().pos(), "annotations are not supported by the GIL Lab model");
        }
        Pos header = keyword.pos().to(previous().pos());
        List<Stmt> body = block(keyword, "function definition");
        return new Stmt.FunctionDef(header, name, params, defaults, body);
    }

    private Stmt ifStatement() {
        Token keyword = next();
        Expr test = namedExpression();
        List<Stmt> body = block(keyword, "'" + keyword.text() + "' statement");
        List<Stmt> orElse = List.of();
        if (at("elif")) {
            orElse = List.of(ifStatement());
        } else if (at("else")) {
            orElse = block(next(), "'else' statement");
        }
        return new Stmt.If(keyword.pos().to(test.pos()), test, body, orElse);
    }

    private Stmt whileStatement() {
        Token keyword = next();
        Expr test = namedExpression();
        List<Stmt> body = block(keyword, "'while' statement");
        List<Stmt> orElse = at("else") ? block(next(), "'else' statement") : List.of();
        return new Stmt.While(keyword.pos().to(test.pos()), test, body, orElse);
    }

    private Stmt forStatement() {
        Token keyword = next();
        Expr target = targetList();
        checkTarget(target, "assign to");
        expect("in");
        Expr iter = expressionList();
        List<Stmt> body = block(keyword, "'for' statement");
        List<Stmt> orElse = at("else") ? block(next(), "'else' statement") : List.of();
        return new Stmt.For(keyword.pos().to(iter.pos()), target, iter, body, orElse);
    }

    private Stmt withStatement() {
        Token keyword = next();
        List<Expr> contexts = new ArrayList<>();
        List<Expr> targets = new ArrayList<>();
        do {
            contexts.add(expression());
            Expr target = null;
            if (accept("as")) {
                target = bitOr();
                checkTarget(target, "assign to");
            }
            targets.add(target);
        } while (accept(","));
        List<Stmt> body = block(keyword, "'with' statement");
        for (int i = contexts.size() - 1; i >= 0; i--) {
            body = List.of(new Stmt.With(keyword.pos().to(contexts.get(i).pos()), contexts.get(i), targets.get(i), body));
        }
        return body.get(0);
    }

    /** ':' then either an indented block or simple statements on the same line. */
    private List<Stmt> block(Token owner, String what) {
        expect(":");
        if (peek().kind() != Token.Kind.NEWLINE) {
            return simpleStatements();
        }
        index++;
        if (peek().kind() != Token.Kind.INDENT) {
            throw source.syntaxError(peek().pos(), "expected an indented block after " + what + " on line " + owner.line());
        }
        index++;
        enter(peek());
        List<Stmt> body = new ArrayList<>();
        while (peek().kind() != Token.Kind.DEDENT && peek().kind() != Token.Kind.END) {
            body.addAll(statement());
        }
        accept(Token.Kind.DEDENT);
        nesting--;
        return body;
    }

    // ---- targets ----

    /** Targets of for and with: expressions up to 'in' (bitwise-or level), with commas making a tuple. */
    private Expr targetList() {
        Token first = peek();
        Expr e = target();
        if (!at(",")) {
            return e;
        }
        List<Expr> elements = new ArrayList<>(List.of(e));
        while (accept(",")) {
            if (!startsExpression(peek())) {
                break;
            }
            elements.add(target());
        }
        return new Expr.Tuple(first.pos().to(previous().pos()), elements);
    }

    private Expr target() {
        if (at("*")) {
            throw source.notImplemented(peek().pos(), "starred expressions are not supported by the GIL Lab model");
        }
        return bitOr();
    }

    private void checkTarget(Expr target, String verb) {
        if (target instanceof Expr.Tuple || target instanceof Expr.ListDisplay) {
            for (Expr element : elementsOf(target)) {
                checkTarget(element, verb);
            }
        } else if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            boolean keyword = target instanceof Expr.Constant c && (c.value() == null || c.value() instanceof Boolean);
            String hint = !keyword && (target instanceof Expr.Compare || target instanceof Expr.Call
                    || target instanceof Expr.Constant) ? " here. Maybe you meant '==' instead of '='?" : "";
            throw source.syntaxError(target.pos(), "cannot " + verb + " " + describe(target) + hint);
        }
        if (target instanceof Expr.Name name && name.id().equals("__debug__")) {
            throw source.syntaxError(target.pos(), "cannot " + verb + " __debug__");
        }
    }

    private static List<Expr> elementsOf(Expr sequence) {
        return sequence instanceof Expr.Tuple tuple ? tuple.elements() : ((Expr.ListDisplay) sequence).elements();
    }

    /** CPython's _PyPegen_get_expr_name(): how an expression is named in error messages. */
    private static String describe(Expr e) {
        if (e instanceof Expr.Constant c) {
            return c.value() == null ? "None" : c.value() instanceof Boolean b ? (b ? "True" : "False") : "literal";
        }
        if (e instanceof Expr.Call) return "function call";
        if (e instanceof Expr.Compare) return "comparison";
        if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) return "expression";
        if (e instanceof Expr.IfExp) return "conditional expression";
        if (e instanceof Expr.ListComp) return "list comprehension";
        if (e instanceof Expr.Dict) return "dict literal";
        if (e instanceof Expr.JoinedStr) return "f-string expression";
        if (e instanceof Expr.Tuple) return "tuple";
        if (e instanceof Expr.ListDisplay) return "list";
        if (e instanceof Expr.Name) return "name";
        if (e instanceof Expr.Attribute) return "attribute";
        if (e instanceof Expr.Subscript) return "subscript";
        return "expression";
    }

    // ---- expressions ----

    /** A comma-separated list becomes a tuple (return a, b; x = 1, 2). */
    private Expr expressionList() {
        Token first = peek();
        Expr e = element();
        if (!at(",")) {
            return e;
        }
        List<Expr> elements = new ArrayList<>(List.of(e));
        while (accept(",")) {
            if (!startsExpression(peek())) {
                break;
            }
            elements.add(element());
        }
        return new Expr.Tuple(first.pos().to(previous().pos()), elements);
    }

    private Expr namedExpression() {
        Expr e = element();
        if (at(":=")) {
            throw unsupportedExpression(peek());
        }
        return e;
    }

    /** An element of a tuple, list or assignment, where CPython also accepts *starred. */
    private Expr element() {
        if (at("*")) {
            throw source.notImplemented(peek().pos(), "starred expressions are not supported by the GIL Lab model");
        }
        return expression();
    }

    private Expr expression() {
        Token t = peek();
        if (UNSUPPORTED_EXPRESSIONS.containsKey(t.text()) && t.kind() != Token.Kind.STRING) {
            throw unsupportedExpression(t);
        }
        enter(t);
        Expr body = orTest();
        if (accept("if")) {
            Expr test = orTest();
            if (!accept("else")) {
                throw source.syntaxError(body.pos().to(test.pos()), "expected 'else' after 'if' expression");
            }
            Expr orElse = expression();
            body = new Expr.IfExp(body.pos().to(orElse.pos()), test, body, orElse);
        }
        nesting--;
        return body;
    }

    private CompileError unsupportedExpression(Token t) {
        return source.notImplemented(t.pos(), UNSUPPORTED_EXPRESSIONS.get(t.text()) + " are not supported by the GIL Lab model");
    }

    /**
     * The span from {@code start} to the last token consumed, parentheses included, as CPython's parser
     * gives a node the tokens of its rule: {@code (a + b) * c} starts at the parenthesis.
     */
    private Pos from(Token start) {
        return start.pos().to(previous().pos());
    }

    private void enter(Token t) {
        if (++nesting > MAX_NESTING) {
            throw source.syntaxError(t.pos(), "too many nested expressions or blocks");
        }
    }

    private Expr orTest() {
        return boolOp("or", false);
    }

    private Expr boolOp(String keyword, boolean isAnd) {
        Token start = peek();
        Expr first = isAnd ? notTest() : boolOp("and", true);
        if (!at(keyword)) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (accept(keyword)) {
            values.add(isAnd ? notTest() : boolOp("and", true));
        }
        return new Expr.BoolOp(from(start), isAnd, values);
    }

    private Expr notTest() {
        Token t = peek();
        if (accept("not")) {
            enter(t);
            Expr operand = notTest();
            nesting--;
            return new Expr.UnaryOp(from(t), Opcode.UNARY_NOT, operand);
        }
        return comparison();
    }

    private Expr comparison() {
        Token start = peek();
        Expr left = bitOr();
        List<String> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (true) {
            Token t = peek();
            String op;
            if (t.is("not") && tokens.get(index + 1).is("in")) {
                index += 2;
                op = "not in";
            } else if (COMPARISONS.containsKey(t.text()) && t.kind() != Token.Kind.STRING) {
                index++;
                op = t.is("is") && accept("not") ? "is not" : t.text();
            } else {
                break;
            }
            ops.add(op);
            comparators.add(bitOr());
        }
        if (ops.isEmpty()) {
            return left;
        }
        return new Expr.Compare(from(start), left, ops, comparators);
    }

    private Expr bitOr() {
        return binary(0);
    }

    private static final List<Map<String, BinaryOperator>> LEVELS = List.of(
            Map.of("|", BinaryOperator.OR),
            Map.of("^", BinaryOperator.XOR),
            Map.of("&", BinaryOperator.AND),
            Map.of("<<", BinaryOperator.LSHIFT, ">>", BinaryOperator.RSHIFT),
            Map.of("+", BinaryOperator.ADD, "-", BinaryOperator.SUBTRACT),
            TERMS);

    /**
     * Left-associative binary operators binding at least as tightly as level {@code minLevel} of
     * {@link #LEVELS}, by precedence climbing: one Java frame per operand rather than one per level, so
     * that 199 nested parentheses (the tokenizer's limit, as CPython's) fit an ordinary thread stack.
     */
    private Expr binary(int minLevel) {
        Token start = peek();
        Expr left = factor();
        int depth = nesting;
        while (true) {
            Token t = peek();
            if (t.kind() == Token.Kind.OP && t.is("@") && minLevel < LEVELS.size()) {
                throw source.notImplemented(t.pos(), "the @ operator is not supported by the GIL Lab model");
            }
            int level = t.kind() == Token.Kind.OP ? levelOf(t.text()) : -1;
            if (level < minLevel) {
                nesting = depth;
                return left;
            }
            enter(t); // each operator nests the tree one level deeper: a + b + c is (a + b) + c
            index++;
            Expr right = binary(level + 1);
            left = new Expr.BinOp(from(start), left, LEVELS.get(level).get(t.text()), right);
        }
    }

    /** The entry of {@link #LEVELS} that has this operator, or -1. */
    private static int levelOf(String operator) {
        for (int level = 0; level < LEVELS.size(); level++) {
            if (LEVELS.get(level).containsKey(operator)) {
                return level;
            }
        }
        return -1;
    }

    private Expr factor() {
        Token t = peek();
        Opcode op = t.kind() != Token.Kind.OP ? null : switch (t.text()) {
            case "-" -> Opcode.UNARY_NEGATIVE;
            case "+" -> Opcode.UNARY_POSITIVE;
            case "~" -> Opcode.UNARY_INVERT;
            default -> null;
        };
        if (op == null) {
            return power();
        }
        index++;
        enter(t);
        Expr operand = factor();
        nesting--;
        Pos pos = from(t);
        // Constant folding of negative literals, as CPython's AST optimizer does (x = -1 loads the constant -1).
        if (op == Opcode.UNARY_NEGATIVE && operand instanceof Expr.Constant c) {
            if (c.value() instanceof Long n && n != Long.MIN_VALUE) {
                return new Expr.Constant(pos, -n);
            }
            if (c.value() instanceof java.math.BigInteger n) {
                return new Expr.Constant(pos, Literals.integer(n.negate()));
            }
            if (c.value() instanceof Double d) {
                return new Expr.Constant(pos, -d);
            }
        }
        return new Expr.UnaryOp(pos, op, operand);
    }

    private Expr power() {
        if (at("await")) {
            throw unsupportedExpression(peek());
        }
        Token start = peek();
        Expr base = primary();
        Token t = peek();
        if (accept("**")) {
            enter(t);
            Expr exponent = factor();
            nesting--;
            return new Expr.BinOp(from(start), base, BinaryOperator.POWER, exponent);
        }
        return base;
    }

    private Expr primary() {
        Token start = peek();
        Expr e = atom();
        int depth = nesting;
        while (true) {
            enter(peek()); // a.b.c() nests like a + b + c
            if (accept(".")) {
                Token name = expectName();
                e = new Expr.Attribute(from(start), e, name.text());
            } else if (accept("(")) {
                e = callArguments(start, e);
            } else if (accept("[")) {
                Expr index = subscript();
                expect("]");
                e = new Expr.Subscript(from(start), e, index);
            } else {
                nesting = depth;
                return e;
            }
        }
    }

    private Expr callArguments(Token start, Expr func) {
        List<Expr> args = new ArrayList<>();
        List<String> keywordNames = new ArrayList<>();
        List<Expr> keywordValues = new ArrayList<>();
        while (!at(")")) {
            Token t = peek();
            if (t.is("*") || t.is("**")) {
                throw source.notImplemented(t.pos(), "argument unpacking (*args, **kwargs) is not supported by the GIL Lab model");
            }
            if (t.kind() == Token.Kind.NAME && tokens.get(index + 1).is("=")) {
                if (Set.of("True", "False", "None").contains(t.text())) {
                    throw source.syntaxError(t.pos(), "cannot assign to " + t.text());
                }
                if (KEYWORDS.contains(t.text())) {
                    throw invalidSyntax(t);
                }
                index += 2;
                if (keywordNames.contains(t.text())) {
                    throw source.syntaxError(t.pos(), "keyword argument repeated: " + t.text());
                }
                keywordNames.add(t.text());
                keywordValues.add(expression());
            } else {
                Expr arg = namedExpression();
                if (at("for")) {
                    throw source.notImplemented(arg.pos(), "generator expressions are not supported by the GIL Lab model;"
                            + " use a list comprehension [...]");
                }
                if (!keywordNames.isEmpty()) {
                    throw source.syntaxError(arg.pos(), "positional argument follows keyword argument");
                }
                args.add(arg);
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        return new Expr.Call(from(start), func, args, keywordNames, keywordValues);
    }

    private Expr subscript() {
        Token first = peek();
        Expr e = sliceItem();
        if (!at(",")) {
            return e;
        }
        List<Expr> elements = new ArrayList<>(List.of(e));
        while (accept(",") && !at("]")) {
            elements.add(sliceItem());
        }
        return new Expr.Tuple(first.pos().to(previous().pos()), elements);
    }

    private Expr sliceItem() {
        Token first = peek();
        Expr lower = at(":") ? null : expression();
        if (!accept(":")) {
            return lower;
        }
        Expr upper = at(":") || at("]") || at(",") ? null : expression();
        Expr step = null;
        if (accept(":")) {
            step = at("]") || at(",") ? null : expression();
        }
        return new Expr.Slice(first.pos().to(previous().pos()), lower, upper, step);
    }

    private Expr atom() {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER:
                index++;
                return new Expr.Constant(t.pos(), Literals.number(t, source));
            case STRING:
                return strings();
            case NAME:
                return name();
            case OP:
                break;
            default:
                throw invalidSyntax(t);
        }
        if (UNSUPPORTED_EXPRESSIONS.containsKey(t.text())) {
            throw unsupportedExpression(t);
        }
        index++;
        switch (t.text()) {
            case "(": return parenthesized(t);
            case "[": return listDisplay(t);
            case "{": return dictDisplay(t);
            default: throw invalidSyntax(t);
        }
    }

    private Expr name() {
        Token t = next();
        switch (t.text()) {
            case "True": return new Expr.Constant(t.pos(), Boolean.TRUE);
            case "False": return new Expr.Constant(t.pos(), Boolean.FALSE);
            case "None": return new Expr.Constant(t.pos(), null);
            default: break;
        }
        if (UNSUPPORTED_EXPRESSIONS.containsKey(t.text())) {
            throw unsupportedExpression(t);
        }
        if (KEYWORDS.contains(t.text())) {
            throw invalidSyntax(t);
        }
        return new Expr.Name(t.pos(), t.text());
    }

    private Expr parenthesized(Token open) {
        if (accept(")")) {
            return new Expr.Tuple(open.pos().to(previous().pos()), List.of());
        }
        Expr first = namedExpression();
        if (at("for")) {
            throw source.notImplemented(first.pos(), "generator expressions are not supported by the GIL Lab model;"
                    + " use a list comprehension [...]");
        }
        if (accept(")")) {
            return first;
        }
        List<Expr> elements = new ArrayList<>(List.of(first));
        while (accept(",") && !at(")")) {
            elements.add(element());
        }
        expect(")");
        return new Expr.Tuple(open.pos().to(previous().pos()), elements);
    }

    private Expr listDisplay(Token open) {
        List<Expr> elements = new ArrayList<>();
        if (!at("]")) {
            Expr first = namedExpression();
            if (at("for")) {
                return listComprehension(open, first);
            }
            elements.add(first);
            while (accept(",") && !at("]")) {
                elements.add(element());
            }
        }
        expect("]");
        return new Expr.ListDisplay(open.pos().to(previous().pos()), elements);
    }

    private Expr listComprehension(Token open, Expr element) {
        List<Expr.Comprehension> generators = new ArrayList<>();
        while (at("for") || at("async")) {
            if (at("async")) {
                throw unsupportedExpression(peek());
            }
            index++;
            Expr target = targetList();
            checkTarget(target, "assign to");
            expect("in");
            Expr iter = orTest();
            List<Expr> ifs = new ArrayList<>();
            while (accept("if")) {
                ifs.add(orTest());
            }
            generators.add(new Expr.Comprehension(target, iter, ifs));
        }
        expect("]");
        return new Expr.ListComp(open.pos().to(previous().pos()), element, generators);
    }

    private Expr dictDisplay(Token open) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        while (!at("}")) {
            if (at("**")) {
                throw source.notImplemented(peek().pos(), "dictionary unpacking (**) is not supported by the GIL Lab model");
            }
            Expr key = element();
            if (!at(":")) {
                throw notASet(open, key);
            }
            expect(":");
            values.add(expression());
            keys.add(key);
            if (at("for")) {
                throw source.notImplemented(open.pos().to(peek().pos()), "dict comprehensions are not supported by the GIL Lab model");
            }
            if (!accept(",")) {
                break;
            }
        }
        expect("}");
        return new Expr.Dict(open.pos().to(previous().pos()), keys, values);
    }

    /** {a, b} is valid Python (a set) that the model does not implement, once the display parses completely. */
    private CompileError notASet(Token open, Expr first) {
        if (at("for")) {
            return source.notImplemented(open.pos().to(first.pos()), "set comprehensions are not supported by the GIL Lab model");
        }
        while (accept(",") && !at("}")) {
            element();
        }
        expect("}");
        return source.notImplemented(open.pos().to(previous().pos()),
                "sets are not supported by the GIL Lab model (use a dict or a list)");
    }

    /** Adjacent string literals are one constant (or one f-string), as in CPython. */
    private Expr strings() {
        Token first = peek();
        List<Expr> parts = new ArrayList<>();
        while (peek().kind() == Token.Kind.STRING) {
            new FStrings(source, next(), this::parseEmbedded).appendTo(parts);
        }
        Pos pos = first.pos().to(previous().pos());
        List<Expr> merged = FStrings.mergeLiterals(parts, pos);
        if (merged.stream().allMatch(p -> p instanceof Expr.Constant)) {
            return new Expr.Constant(pos, merged.isEmpty() ? "" : ((Expr.Constant) merged.get(0)).value());
        }
        return new Expr.JoinedStr(pos, merged);
    }

    /** Parses the expression of an f-string replacement field, given as an embedded source. */
    private Expr parseEmbedded(Source embedded) {
        Parser parser = new Parser(embedded, Tokenizer.tokenizeExpression(embedded), "f-string: ");
        parser.nesting = nesting;
        Expr e = parser.expressionList();
        if (parser.peek().kind() != Token.Kind.END) {
            throw parser.invalidSyntax(parser.peek());
        }
        return e;
    }

    // ---- token helpers ----

    private Token peek() {
        return tokens.get(index);
    }

    private Token next() {
        Token t = tokens.get(index);
        if (t.kind() != Token.Kind.END) {
            index++;
        }
        return t;
    }

    private Token previous() {
        return tokens.get(Math.max(0, index - 1));
    }

    private boolean at(String text) {
        return peek().is(text);
    }

    private boolean accept(String text) {
        if (at(text)) {
            index++;
            return true;
        }
        return false;
    }

    private void accept(Token.Kind kind) {
        if (peek().kind() == kind) {
            index++;
        }
    }

    /** Whether t can begin an expression, so that a trailing comma ends a tuple before it. */
    private static boolean startsExpression(Token t) {
        return switch (t.kind()) {
            case NUMBER, STRING -> true;
            case NAME -> !KEYWORDS.contains(t.text()) || Set.of("True", "False", "None", "not", "lambda", "await", "yield")
                    .contains(t.text());
            case OP -> Set.of("(", "[", "{", "-", "+", "~", "*", "...").contains(t.text());
            default -> false;
        };
    }

    private boolean atEndOfStatement() {
        return peek().kind() == Token.Kind.NEWLINE || peek().kind() == Token.Kind.END || at(";");
    }

    private void expect(String text) {
        if (!accept(text)) {
            Token t = peek();
            if (text.equals(":") || text.equals("in") || text.equals("import")) {
                throw source.syntaxError(t.pos(), "expected '" + text + "'");
            }
            throw invalidSyntax(t);
        }
    }

    private Token expectName() {
        Token t = peek();
        if (t.kind() != Token.Kind.NAME || KEYWORDS.contains(t.text())) {
            throw invalidSyntax(t);
        }
        return next();
    }

    private CompileError invalidSyntax(Token t) {
        if (t.kind() == Token.Kind.INDENT) {
            return source.syntaxError(t.pos(), "unexpected indent");
        }
        if (t.kind() == Token.Kind.END && errorPrefix.isEmpty()) {
            return source.syntaxError(t.pos(), "unexpected EOF while parsing");
        }
        return source.syntaxError(t.pos(), errorPrefix + "invalid syntax");
    }
}
