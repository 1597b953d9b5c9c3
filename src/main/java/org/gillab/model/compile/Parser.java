package org.gillab.model.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recursive-descent parser for Python 3.11's grammar (Grammar/python.gram), building {@link Stmt} and
 * {@link Expr} nodes with CPython's SyntaxError messages. Valid Python the model does not run (async
 * generators) is a NotImplementedError naming it.
 */
final class Parser {
    /** match, case and _: names that are keywords only in a match statement. */
    private static final Set<String> SOFT_KEYWORDS = Set.of("match", "case", "_");
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield");
    private static final Set<String> COMPARISONS = Set.of("<", ">", "==", ">=", "<=", "!=", "in", "is");
    private static final Set<String> AUGMENTED = Set.of(
            "+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@=");
    /** Guards the Java stack against absurdly nested input (CPython raises RecursionError or "too many nested"). */
    private static final int MAX_NESTING = 1000;

    private final Source source;
    private final List<Token> tokens;
    /** "f-string: " while parsing a replacement field, as CPython 3.11 prefixes those errors. */
    private final String errorPrefix;
    /** Brackets around the tokens parsed: 1 in an f-string's field, which CPython parses in parentheses. */
    private int enclosingBrackets;
    private int index;
    private int nesting;
    /** The enclosing scopes, innermost first: true for a function or lambda, false for a class body. */
    private final Deque<Boolean> functions = new ArrayDeque<>();
    /** Parallel to {@link #functions}: true for an async def, where await, async for and async with belong. */
    private final Deque<Boolean> coroutines = new ArrayDeque<>();
    /** Whether the comprehension being parsed has an async for clause. */
    private boolean asynchronous;
    /** Whether the parser makes the compiler's checks it can (see {@link #asyncAllowed}). */
    private boolean compilerChecks = true;
    /** The last disjunction (an or_test) parsed, for the "Perhaps you forgot a comma?" error. */
    private Expr lastDisjunction;
    /** The index of the farthest token read, for {@link #unclosedBracketFirst}. */
    private int farthest;
    /** The error that ends the tokens with an ERROR token, or null: see {@link Tokenizer.Program}. */
    private final CompileError tokenizerError;

    private Parser(Source source, List<Token> tokens, String errorPrefix) {
        this(source, new Tokenizer.Program(tokens, null), errorPrefix);
    }

    private Parser(Source source, Tokenizer.Program program, String errorPrefix) {
        this.source = source;
        this.tokens = program.tokens();
        this.tokenizerError = program.error();
        this.errorPrefix = errorPrefix;
    }

    static List<Stmt> parseModule(Source source) {
        return parseModule(source, true);
    }

    /** @param compilerChecks false for ast.parse: see {@link #asyncAllowed} */
    static List<Stmt> parseModule(Source source, boolean compilerChecks) {
        Parser parser = new Parser(source, Tokenizer.tokenize(source), "");
        parser.compilerChecks = compilerChecks;
        try {
            List<Stmt> body = new ArrayList<>();
            while (parser.peek().kind() != Token.Kind.END) {
                body.addAll(parser.statement());
            }
            return body;
        } catch (CompileError e) {
            throw parser.unclosedBracketFirst(parser.tokenizerErrorFirst(e));
        }
    }

    /** An expression alone (eval mode): star_expressions then the end of the input. */
    static Expr parseExpression(Source source) {
        return parseExpression(source, true);
    }

    /** @param compilerChecks false for ast.parse: see {@link #asyncAllowed} */
    static Expr parseExpression(Source source, boolean compilerChecks) {
        Parser parser = new Parser(source, Tokenizer.tokenize(source), "");
        parser.compilerChecks = compilerChecks;
        try {
            return parser.wholeExpression();
        } catch (CompileError e) {
            throw parser.unclosedBracketFirst(parser.tokenizerErrorFirst(e));
        }
    }

    /**
     * _Pypegen_set_syntax_error: the parser's error gives way to one the tokenizer raises further on in the
     * text, except an unexpected indent, which CPython reports before it looks further.
     */
    private CompileError tokenizerErrorFirst(CompileError e) {
        return tokenizerError != null && !e.detail().equals("unexpected indent") ? tokenizerError : e;
    }

    /**
     * _PyPegen_tokenize_full_source_to_check_for_errors: when the parser fails on a line after that of a
     * bracket the source never closes (the farthest token it read tells the line), the bracket is the error.
     */
    private CompileError unclosedBracketFirst(CompileError e) {
        Token last = tokens.get(tokens.size() - 1);
        boolean parserError = e.stage() == CompileError.Stage.PARSER && !e.detail().endsWith("was never closed");
        return parserError && last.kind() == Token.Kind.UNCLOSED && tokens.get(farthest).line() > last.line()
                ? unclosed(last) : e;
    }

    /** raise_unclosed_parentheses_error: the bracket's position, with no end column (end_offset 0). */
    private CompileError unclosed(Token bracket) {
        return source.syntaxError(new Pos(bracket.line(), bracket.column(), bracket.line(), -1),
                "'" + bracket.text() + "' was never closed");
    }

    private Expr wholeExpression() {
        while (peek().kind() == Token.Kind.NEWLINE) {
            index++;
        }
        Expr e = starExpressions();
        while (peek().kind() == Token.Kind.NEWLINE) {
            index++;
        }
        if (peek().kind() != Token.Kind.END) {
            throw invalidSyntax(peek());
        }
        return e;
    }

    // ---- statements ----

    private List<Stmt> statement() {
        Token t = peek();
        if (t.kind() == Token.Kind.INDENT) {
            throw unexpectedIndent(t);
        }
        if (t.kind() == Token.Kind.DEDENT || t.kind() == Token.Kind.NEWLINE) {
            throw invalidSyntax(t);
        }
        if (t.is("@")) {
            return List.of(decorated());
        }
        if (t.kind() == Token.Kind.NAME) {
            switch (t.text()) {
                case "def": return List.of(functionDef(List.of(), next(), null));
                case "class": return List.of(classDef(List.of(), next()));
                case "if": return List.of(ifStatement());
                case "while": return List.of(whileStatement());
                case "for": return List.of(forStatement(null));
                case "with": return List.of(withStatement(null));
                case "try": return List.of(tryStatement());
                case "async": return List.of(asyncStatement());
                case "match":
                    if (isMatchStatement()) {
                        return List.of(matchStatement());
                    }
                    break;
                default: break;
            }
        }
        return simpleStatements();
    }

    /** 'match' is a soft keyword: a statement when the line, not in brackets, ends with ':' after a subject. */
    private boolean isMatchStatement() {
        Token after = tokens.get(index + 1);
        if (after.kind() == Token.Kind.NEWLINE || after.is("=") || after.is(".")) {
            return false;
        }
        int depth = 0;
        for (int i = index + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.NEWLINE || t.kind() == Token.Kind.END || t.kind() == Token.Kind.UNCLOSED) {
                return tokens.get(i - 1).is(":") && i - 1 > index + 1;
            }
            if (t.is("(") || t.is("[") || t.is("{")) {
                depth++;
            } else if (t.is(")") || t.is("]") || t.is("}")) {
                depth--;
            } else if (depth == 0 && (t.is("=") || AUGMENTED.contains(t.text()))) {
                return false;
            }
        }
        return false;
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
        if (t.kind() != Token.Kind.NEWLINE && t.kind() != Token.Kind.END) {
            throw invalidSyntax(t);
        }
        next();
    }

    private Stmt simpleStatement() {
        Token t = peek();
        if (t.kind() == Token.Kind.NAME) {
            switch (t.text()) {
                case "pass": index++; return new Stmt.Pass(t.pos());
                case "break": index++; return new Stmt.Break(t.pos());
                case "continue": index++; return new Stmt.Continue(t.pos());
                case "return": return returnStatement();
                case "global": {
                    Token keyword = next();
                    List<String> list = nameList();
                    return new Stmt.Global(from(keyword), list);
                }
                case "nonlocal": {
                    Token keyword = next();
                    List<String> list = nameList();
                    return new Stmt.Nonlocal(from(keyword), list);
                }
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
        Expr e = at("yield") ? yieldExpression() : starExpressions();
        if (at("=")) {
            List<Expr> parts = new ArrayList<>(List.of(e));
            while (accept("=")) {
                parts.add(at("yield") ? yieldExpression() : starExpressions());
            }
            Expr value = parts.remove(parts.size() - 1);
            if (parts.size() == 1 && comparisonHint(parts.get(0))) {
                // invalid_named_expression: "T = value" alone, T an operand-level expression that is no target
                checkTarget(parts.get(0), "assign to", " here. Maybe you meant '==' instead of '='?");
            }
            for (Expr target : parts) {
                checkTarget(target, "assign to");
            }
            if (value instanceof Expr.Starred starred) {
                throw source.syntaxError(starred.pos(), "can't use starred expression here");
            }
            return new Stmt.Assign(first.pos().to(value.pos()), parts, value);
        }
        Token op = peek();
        if (op.kind() == Token.Kind.OP && AUGMENTED.contains(op.text())) {
            if (!(e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript)) {
                throw source.syntaxError(e.pos(), "'" + describe(e) + "' is an illegal expression for augmented assignment");
            }
            index++;
            Expr value = at("yield") ? yieldExpression() : starExpressions();
            return new Stmt.AugAssign(first.pos().to(value.pos()), e, inPlace(op.text()), value);
        }
        if (op.is(":")) {
            return annotatedAssignment(first, e);
        }
        if (e instanceof Expr.Name name && name.id().equals("print") && startsExpression(op)) {
            throw source.syntaxError(e.pos().to(op.pos()), "Missing parentheses in call to 'print'. Did you mean print(...)?");
        }
        if (e instanceof Expr.Starred starred) {
            throw source.syntaxError(starred.pos(), "can't use starred expression here");
        }
        return new Stmt.ExprStmt(e.pos(), e);
    }

    /** target: annotation [= value] (PEP 526). */
    private Stmt annotatedAssignment(Token first, Expr target) {
        index++;
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw source.syntaxError(target.pos(), target instanceof Expr.Tuple
                    ? "only single target (not tuple) can be annotated" : "illegal target for annotation");
        }
        Expr annotation = expression();
        Expr value = null;
        if (accept("=")) {
            value = at("yield") ? yieldExpression() : starExpressions();
        }
        boolean simple = target instanceof Expr.Name && !first.is("(");
        return new Stmt.AnnAssign(first.pos().to(previous().pos()), target, annotation, value, simple);
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
        Expr value = starExpressions();
        return new Stmt.Return(keyword.pos().to(value.pos()), value);
    }

    /** NAME (',' NAME)* after global or nonlocal. */
    private List<String> nameList() {
        List<String> list = new ArrayList<>();
        do {
            list.add(expectName().text());
        } while (accept(","));
        return list;
    }

    private Stmt deleteStatement() {
        Token keyword = next();
        List<Expr> list = new ArrayList<>();
        do {
            if (atEndOfStatement()) {
                break;
            }
            Expr target = at("*") ? starred() : bitOr();
            checkDeleteTarget(target);
            list.add(target);
        } while (accept(","));
        if (list.isEmpty() || !atEndOfStatement()) {
            throw invalidSyntax(peek());
        }
        return new Stmt.Delete(keyword.pos().to(previous().pos()), list);
    }

    private void checkDeleteTarget(Expr target) {
        if (target instanceof Expr.Tuple || target instanceof Expr.ListDisplay) {
            for (Expr element : elementsOf(target)) {
                checkDeleteTarget(element);
            }
        } else if (target instanceof Expr.Starred) {
            throw source.syntaxError(target.pos(), "cannot delete starred");
        } else if (!(target instanceof Expr.Name || target instanceof Expr.Subscript || target instanceof Expr.Attribute)) {
            throw source.syntaxError(target.pos(), "cannot delete " + describe(target));
        }
    }

    private Stmt importStatement() {
        Token keyword = next();
        List<Stmt.Alias> aliases = new ArrayList<>();
        do {
            Token start = peek();
            String module = dottedName();
            String asName = accept("as") ? expectName().text() : null;
            aliases.add(new Stmt.Alias(from(start), module, asName));
        } while (accept(","));
        return new Stmt.Import(from(keyword), aliases);
    }

    private Stmt fromImportStatement() {
        Token keyword = next();
        int level = 0;
        while (at(".") || at("...")) {
            level += next().text().length();
        }
        String module = level > 0 && at("import") ? null : dottedName();
        expect("import");
        List<Stmt.Alias> aliases = new ArrayList<>();
        if (at("*")) {
            Token star = next();
            aliases.add(new Stmt.Alias(star.pos(), "*", null));
            return new Stmt.ImportFrom(from(keyword), module, aliases, level);
        }
        boolean parenthesized = accept("(");
        do {
            if (parenthesized && at(")")) {
                break;
            }
            Token name = expectName();
            String asName = accept("as") ? expectName().text() : null;
            aliases.add(new Stmt.Alias(from(name), name.text(), asName));
        } while (accept(","));
        if (parenthesized) {
            expect(")");
        } else if (aliases.isEmpty() || previous().is(",")) {
            throw source.syntaxError(previous().pos(), "trailing comma not allowed without surrounding parentheses");
        }
        return new Stmt.ImportFrom(from(keyword), module, aliases, level);
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
            return new Stmt.Raise(keyword.pos(), null, null);
        }
        Expr exception = expression();
        Expr cause = accept("from") ? expression() : null;
        return new Stmt.Raise(from(keyword), exception, cause);
    }

    private Stmt assertStatement() {
        Token keyword = next();
        Expr test = expression();
        Expr message = accept(",") ? expression() : null;
        return new Stmt.Assert(from(keyword), test, message);
    }

    // ---- compound statements ----

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (at("@")) {
            index++;
            decorators.add(namedExpression());
            expectNewline();
        }
        Token t = peek();
        if (t.is("def")) {
            return functionDef(decorators, next(), null);
        }
        if (t.is("class")) {
            return classDef(decorators, next());
        }
        if (t.is("async") && tokens.get(index + 1).is("def")) {
            index++;
            return functionDef(decorators, next(), t);
        }
        throw invalidSyntax(t);
    }

    /** async def, async with, async for; the last two are a SyntaxError outside an async function (compile.c). */
    private Stmt asyncStatement() {
        Token async = next();
        if (at("def")) {
            return functionDef(List.of(), next(), async);
        }
        if (!at("with") && !at("for")) {
            throw invalidSyntax(peek());
        }
        String what = peek().text();
        Stmt statement = at("with") ? withStatement(async) : forStatement(async);
        if (!asyncAllowed()) {
            throw source.syntaxError(statement.pos(), "'async " + what + "' outside async function");
        }
        return statement;
    }

    /**
     * Whether await, async for and with, and async comprehensions may be here: in an async def (compile.c's
     * check, which the model's parser makes), or anywhere in a tree for the ast module (CPython's parser
     * leaves that check to the compiler).
     */
    private boolean asyncAllowed() {
        return !compilerChecks || inAsyncFunction();
    }

    /** Whether the innermost function is an async def: await and async for and with may be used. */
    private boolean inAsyncFunction() {
        return !coroutines.isEmpty() && coroutines.peek();
    }

    /** def, or async def when {@code async} (the async keyword before it) is not null. */
    private Stmt functionDef(List<Expr> decorators, Token keyword, Token async) {
        String name = expectName().text();
        expect("(");
        Stmt.Arguments args = parameters(")", true);
        expect(")");
        Expr returns = accept("->") ? expression() : null;
        List<Stmt> body = inScope(true, async != null, () -> block(keyword, "function definition"));
        return new Stmt.FunctionDef(through(async != null ? async : keyword, body), name, args, body, decorators, returns,
                async != null);
    }

    private Stmt classDef(List<Expr> decorators, Token keyword) {
        String name = expectName().text();
        List<Expr> bases = List.of();
        List<Stmt.Keyword> keywords = List.of();
        if (accept("(")) {
            Expr.Call call = (Expr.Call) callArguments(keyword, new Expr.Name(keyword.pos(), name));
            if (call.args().stream().anyMatch(a -> a instanceof Expr.GeneratorExp)) {
                throw invalidSyntax(peek());
            }
            bases = call.args();
            keywords = call.keywords();
        }
        List<Stmt> body = inScope(false, () -> block(keyword, "class definition"));
        return new Stmt.ClassDef(through(keyword, body), name, bases, keywords, body, decorators);
    }

    /**
     * A parameter list up to {@code close} (")" for def, ":" for lambda), with CPython's checks:
     * defaults in order, one '/', one '*', nothing after '**'.
     */
    private Stmt.Arguments parameters(String close, boolean annotations) {
        List<Stmt.Arg> posOnly = new ArrayList<>();
        List<Stmt.Arg> args = new ArrayList<>();
        List<Stmt.Arg> kwOnly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        Stmt.Arg varArg = null;
        Stmt.Arg kwArg = null;
        boolean star = false;
        boolean slash = false;
        while (!at(close)) {
            Token t = peek();
            if (kwArg != null) {
                throw source.syntaxError(t.pos(), "arguments cannot follow var-keyword argument");
            }
            if (accept("/")) {
                if (slash) {
                    throw source.syntaxError(t.pos(), "/ may appear only once");
                }
                if (star) {
                    throw source.syntaxError(t.pos(), "/ must be ahead of *");
                }
                if (args.isEmpty()) {
                    throw invalidSyntax(t);
                }
                slash = true;
                posOnly.addAll(args);
                args.clear();
            } else if (accept("*")) {
                if (star) {
                    throw source.syntaxError(t.pos(), "* argument may appear only once");
                }
                star = true;
                if (!at(",") && !at(close)) {
                    varArg = parameter(seen, annotations);
                    if (at("=")) {
                        throw source.syntaxError(peek().pos(), "var-positional argument cannot have default value");
                    }
                } else if (at(close) || tokens.get(index + 1).is("**")) {
                    throw source.syntaxError(t.pos(), "named arguments must follow bare *");
                }
            } else if (accept("**")) {
                kwArg = parameter(seen, annotations);
                if (at("=")) {
                    throw source.syntaxError(peek().pos(), "var-keyword argument cannot have default value");
                }
            } else {
                Stmt.Arg arg = parameter(seen, annotations);
                Expr value = accept("=") ? expression() : null;
                if (star) {
                    kwOnly.add(arg);
                    kwDefaults.add(value);
                } else {
                    args.add(arg);
                    if (value != null) {
                        defaults.add(value);
                    } else if (!defaults.isEmpty()) {
                        throw source.syntaxError(arg.pos(), "non-default argument follows default argument");
                    }
                }
            }
            if (!accept(",")) {
                break;
            }
        }
        return new Stmt.Arguments(posOnly, args, varArg, kwOnly, kwDefaults, kwArg, defaults);
    }

    private Stmt.Arg parameter(List<String> seen, boolean annotations) {
        Token name = expectName();
        if (seen.contains(name.text())) {
            throw source.syntaxError(name.pos(), "duplicate argument '" + name.text() + "' in function definition");
        }
        seen.add(name.text());
        Expr annotation = annotations && accept(":") ? expression() : null;
        return new Stmt.Arg(from(name), name.text(), annotation);
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
        return new Stmt.If(through(keyword, body, orElse), test, body, orElse);
    }

    private Stmt whileStatement() {
        Token keyword = next();
        Expr test = namedExpression();
        List<Stmt> body = block(keyword, "'while' statement");
        List<Stmt> orElse = at("else") ? block(next(), "'else' statement") : List.of();
        return new Stmt.While(through(keyword, body, orElse), test, body, orElse);
    }

    /** for, or async for when {@code async} (the async keyword before it) is not null. */
    private Stmt forStatement(Token async) {
        Token keyword = next();
        Expr target = targetList();
        checkTarget(target, "assign to");
        expect("in");
        Expr iter = starExpressions();
        List<Stmt> body = block(keyword, "'for' statement");
        List<Stmt> orElse = at("else") ? block(next(), "'else' statement") : List.of();
        return new Stmt.For(through(async != null ? async : keyword, body, orElse), target, iter, body, orElse, async != null);
    }

    /** with, or async with when {@code async} (the async keyword before it) is not null. */
    private Stmt withStatement(Token async) {
        Token keyword = next();
        List<Stmt.WithItem> items = at("(") ? parenthesizedWithItems() : null;
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (accept(","));
        }
        List<Stmt> body = block(keyword, "'with' statement");
        return new Stmt.With(through(async != null ? async : keyword, body), items, body, async != null);
    }

    /** with (a as b, c as d): tried first, as python.gram does; null (nothing consumed) when it is not that form. */
    private List<Stmt.WithItem> parenthesizedWithItems() {
        int start = index;
        int depth = nesting;
        try {
            index++;
            List<Stmt.WithItem> items = new ArrayList<>();
            do {
                if (at(")")) {
                    break;
                }
                items.add(withItem());
            } while (accept(","));
            expect(")");
            if (at(":")) {
                return items;
            }
        } catch (CompileError notThatForm) {
            // a parenthesized expression: parse it again as one
        }
        index = start;
        nesting = depth;
        return null;
    }

    private Stmt.WithItem withItem() {
        Expr context = expression();
        Expr target = null;
        if (accept("as")) {
            target = target();
            checkTarget(target, "assign to");
        }
        return new Stmt.WithItem(context, target);
    }

    private Stmt tryStatement() {
        Token keyword = next();
        List<Stmt> body = block(keyword, "'try' statement");
        List<Stmt.ExceptHandler> handlers = new ArrayList<>();
        boolean star = false;
        while (at("except")) {
            Token except = next();
            boolean starred = accept("*");
            if (handlers.isEmpty()) {
                star = starred;
            } else if (starred != star) {
                throw source.syntaxError(except.pos().to(previous().pos()), "cannot have both 'except' and 'except*' on the same 'try'");
            }
            if (starred && at(":")) {
                throw source.syntaxError(peek().pos(), "expected one or more exception types");
            }
            Expr type = null;
            String name = null;
            if (!at(":")) {
                type = expression();
                if (at(",")) {
                    Token comma = peek();
                    List<Expr> types = new ArrayList<>(List.of(type));
                    while (accept(",")) {
                        types.add(expression());
                    }
                    if (at(":") || at("as")) {
                        throw source.syntaxError(type.pos().to(previous().pos()), "multiple exception types must be parenthesized");
                    }
                    throw invalidSyntax(comma);
                }
                if (accept("as")) {
                    name = expectName().text();
                }
            }
            List<Stmt> handlerBody = block(except, "'except' statement");
            handlers.add(new Stmt.ExceptHandler(through(except, handlerBody), type, name, handlerBody));
        }
        List<Stmt> orElse = List.of();
        if (at("else")) {
            if (handlers.isEmpty()) {
                throw noHandler();
            }
            orElse = block(next(), "'else' statement");
        }
        List<Stmt> finalBody = List.of();
        if (at("finally")) {
            finalBody = block(next(), "'finally' statement");
        } else if (handlers.isEmpty()) {
            throw noHandler();
        }
        for (int i = 0; i < handlers.size() - 1; i++) {
            if (handlers.get(i).type() == null) {
                throw source.syntaxError(handlers.get(i).pos(), "default 'except:' must be last");
            }
        }
        List<Stmt> lastHandler = handlers.isEmpty() ? List.of() : handlers.get(handlers.size() - 1).body();
        return new Stmt.Try(through(keyword, body, lastHandler, orElse, finalBody), body, handlers, orElse, finalBody, star);
    }

    // ---- match statements (python.gram's match_stmt and patterns) ----

    /** match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT; 'match' and 'case' are soft keywords. */
    private Stmt matchStatement() {
        Token keyword = next();
        Expr subject = matchSubject();
        expect(":");
        if (peek().kind() != Token.Kind.NEWLINE) {
            throw invalidSyntax(peek());
        }
        index++;
        if (peek().kind() != Token.Kind.INDENT) {
            Token first = peek();
            throw source.indentationError(raisedAt(first), "expected an indented block after 'match' statement on line " + keyword.line());
        }
        index++;
        enter(peek());
        List<Pattern.MatchCase> cases = new ArrayList<>();
        while (peek().kind() != Token.Kind.DEDENT && peek().kind() != Token.Kind.END) {
            if (!at("case")) {
                throw invalidSyntax(peek());
            }
            cases.add(caseBlock());
        }
        accept(Token.Kind.DEDENT);
        nesting--;
        return new Stmt.Match(through(keyword, cases.get(cases.size() - 1).body()), subject, cases);
    }

    /** subject_expr: a, *b makes a tuple; otherwise a named expression. */
    private Expr matchSubject() {
        Token first = peek();
        Expr e = element();
        if (!at(",")) {
            if (e instanceof Expr.Starred) {
                throw invalidSyntax(peek()); // *x alone is no subject: only in a tuple
            }
            return e;
        }
        List<Expr> elements = new ArrayList<>(List.of(e));
        while (accept(",")) {
            if (at(":")) {
                break;
            }
            elements.add(element());
        }
        return new Expr.Tuple(from(first), elements);
    }

    /** case_block: "case" patterns guard? ':' block. */
    private Pattern.MatchCase caseBlock() {
        Token keyword = next();
        Pattern pattern = patterns();
        Expr guard = accept("if") ? namedExpression() : null;
        List<Stmt> body = block(keyword, "'case' statement");
        return new Pattern.MatchCase(pattern, guard, body);
    }

    /** patterns: an open sequence pattern (a, *b without brackets) or one pattern. */
    private Pattern patterns() {
        Token first = peek();
        Pattern p = maybeStarPattern();
        if (!at(",")) {
            if (p instanceof Pattern.MatchStar) {
                throw invalidSyntax(peek());
            }
            return p;
        }
        List<Pattern> items = new ArrayList<>(List.of(p));
        while (accept(",")) {
            if (at(":") || at("if")) {
                break;
            }
            items.add(maybeStarPattern());
        }
        return new Pattern.MatchSequence(from(first), items);
    }

    private Pattern maybeStarPattern() {
        if (!at("*")) {
            return pattern();
        }
        Token star = next();
        Token name = expectName();
        return new Pattern.MatchStar(from(star), name.is("_") ? null : name.text());
    }

    /** pattern: or_pattern ['as' NAME]. */
    private Pattern pattern() {
        Token first = peek();
        Pattern or = orPattern();
        if (!accept("as")) {
            return or;
        }
        Token name = peek();
        if (name.is("_")) {
            throw source.syntaxError(name.pos(), "cannot use '_' as a target");
        }
        if (name.kind() != Token.Kind.NAME || KEYWORDS.contains(name.text())) {
            throw source.syntaxError(name.pos(), "invalid pattern target");
        }
        index++;
        return new Pattern.MatchAs(from(first), or, name.text());
    }

    private Pattern orPattern() {
        Token first = peek();
        Pattern p = closedPattern();
        if (!at("|")) {
            return p;
        }
        List<Pattern> alternatives = new ArrayList<>(List.of(p));
        while (accept("|")) {
            alternatives.add(closedPattern());
        }
        return new Pattern.MatchOr(from(first), alternatives);
    }

    /** closed_pattern: a literal, capture, wildcard, value, group, sequence, mapping or class pattern. */
    private Pattern closedPattern() {
        Token t = peek();
        if (t.kind() == Token.Kind.NUMBER || t.is("-") || t.kind() == Token.Kind.STRING) {
            Expr literal = literalExpression();
            return new Pattern.MatchValue(literal.pos(), literal);
        }
        if (t.is("None") || t.is("True") || t.is("False")) {
            index++;
            return new Pattern.MatchSingleton(t.pos(), t.is("None") ? null : Boolean.valueOf(t.is("True")));
        }
        if (t.is("(")) {
            return parenthesizedPattern();
        }
        if (t.is("[")) {
            Token open = next();
            List<Pattern> items = new ArrayList<>();
            while (!at("]")) {
                items.add(maybeStarPattern());
                if (!accept(",")) {
                    break;
                }
            }
            expect("]");
            return new Pattern.MatchSequence(from(open), items);
        }
        if (t.is("{")) {
            return mappingPattern();
        }
        if (t.kind() != Token.Kind.NAME || KEYWORDS.contains(t.text())) {
            throw invalidSyntax(t);
        }
        Expr nameOrAttr = nameOrAttribute();
        if (at("(")) {
            return classPattern(t, nameOrAttr);
        }
        if (nameOrAttr instanceof Expr.Attribute) {
            return new Pattern.MatchValue(nameOrAttr.pos(), nameOrAttr);
        }
        return new Pattern.MatchAs(t.pos(), null, t.is("_") ? null : t.text());
    }

    /** name_or_attr: NAME ('.' NAME)*. */
    private Expr nameOrAttribute() {
        Token first = next();
        Expr e = new Expr.Name(first.pos(), first.text());
        while (accept(".")) {
            String attr = expectName().text();
            e = new Expr.Attribute(from(first), e, attr);
        }
        return e;
    }

    /**
     * literal_expr without None/True/False: a signed number, a complex literal (real +/- imaginary, left
     * for the compiler to compute, as the model has no complex constants), or strings (f-strings are the
     * compiler's error).
     */
    private Expr literalExpression() {
        Token first = peek();
        if (first.kind() == Token.Kind.STRING) {
            boolean formatted = false;
            for (int i = index; tokens.get(i).kind() == Token.Kind.STRING; i++) {
                formatted |= isFormatted(tokens.get(i));
            }
            Expr s = strings();
            // an f-string is the compiler's error (MatchCompiler), even one without replacement fields
            return formatted && s instanceof Expr.Constant ? new Expr.JoinedStr(s.pos(), List.of(s)) : s;
        }
        Expr real = signedNumber();
        if (!at("+") && !at("-")) {
            return real;
        }
        Token op = next();
        if (real instanceof Expr.UnaryOp || real instanceof Expr.Constant c && c.value() instanceof Constants.Imaginary) {
            throw source.syntaxError(real.pos(), "real number required in complex literal");
        }
        Token imaginary = peek();
        if (imaginary.kind() != Token.Kind.NUMBER) {
            throw invalidSyntax(imaginary);
        }
        index++;
        Object value = Literals.number(imaginary, source);
        if (!(value instanceof Constants.Imaginary)) {
            throw source.syntaxError(imaginary.pos(), "imaginary number required in complex literal");
        }
        return new Expr.BinOp(from(first), real, op.is("+") ? BinaryOperator.ADD : BinaryOperator.SUBTRACT,
                new Expr.Constant(imaginary.pos(), value));
    }

    /** Whether a string token is an f-string: its prefix, before the first quote, has an f. */
    private static boolean isFormatted(Token t) {
        String text = t.text();
        int quote = 0;
        while (text.charAt(quote) != '"' && text.charAt(quote) != '\'') {
            quote++;
        }
        return text.substring(0, quote).toLowerCase().contains("f");
    }

    /** signed_number: NUMBER or '-' NUMBER, folded to a constant as CPython's AST optimizer does (but -2j, see {@link #negative}). */
    private Expr signedNumber() {
        Token first = peek();
        boolean minus = accept("-");
        Token number = peek();
        if (number.kind() != Token.Kind.NUMBER) {
            throw invalidSyntax(number);
        }
        index++;
        Expr literal = new Expr.Constant(number.pos(), Literals.number(number, source));
        return minus ? negative(from(first), literal) : literal;
    }

    /** '(' pattern ')' is the pattern itself (a group); (), (p,) and (p, q) are sequence patterns. */
    private Pattern parenthesizedPattern() {
        Token open = next();
        if (accept(")")) {
            return new Pattern.MatchSequence(from(open), List.of());
        }
        Pattern first = maybeStarPattern();
        if (!(first instanceof Pattern.MatchStar) && accept(")")) {
            return first;
        }
        List<Pattern> items = new ArrayList<>(List.of(first));
        expect(",");
        while (!at(")")) {
            items.add(maybeStarPattern());
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        return new Pattern.MatchSequence(from(open), items);
    }

    /** mapping_pattern: {key: pattern, ..., **rest}; a key is a literal or a dotted name. */
    private Pattern mappingPattern() {
        Token open = next();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        String rest = null;
        while (!at("}")) {
            if (accept("**")) {
                Token name = expectName();
                if (name.is("_")) {
                    throw invalidSyntax(name);
                }
                rest = name.text();
                accept(",");
                if (!at("}")) {
                    throw invalidSyntax(peek());
                }
                break;
            }
            keys.add(mappingKey());
            expect(":");
            patterns.add(pattern());
            if (!accept(",")) {
                break;
            }
        }
        expect("}");
        return new Pattern.MatchMapping(from(open), keys, patterns, rest);
    }

    private Expr mappingKey() {
        Token t = peek();
        if (t.kind() == Token.Kind.NUMBER || t.is("-") || t.kind() == Token.Kind.STRING) {
            return literalExpression();
        }
        if (t.is("None") || t.is("True") || t.is("False")) {
            return name();
        }
        if (t.kind() == Token.Kind.NAME && !KEYWORDS.contains(t.text()) && tokens.get(index + 1).is(".")) {
            return nameOrAttribute();
        }
        throw invalidSyntax(t);
    }

    /** class_pattern: cls(positional patterns, then NAME=pattern keyword patterns). */
    private Pattern classPattern(Token first, Expr cls) {
        next();
        List<Pattern> patterns = new ArrayList<>();
        List<String> attributes = new ArrayList<>();
        List<Pattern> keywordPatterns = new ArrayList<>();
        while (!at(")")) {
            if (peek().kind() == Token.Kind.NAME && tokens.get(index + 1).is("=")) {
                attributes.add(expectName().text());
                index++;
                keywordPatterns.add(pattern());
            } else if (attributes.isEmpty()) {
                patterns.add(pattern());
            } else {
                throw positionalAfterKeyword();
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        return new Pattern.MatchClass(from(first), cls, patterns, attributes, keywordPatterns);
    }

    /** CPython's invalid_class_argument_pattern: the error spans the positional patterns after a keyword one. */
    private CompileError positionalAfterKeyword() {
        Token start = peek();
        Pos end = pattern().pos();
        while (at(",") && !tokens.get(index + 1).is(")")
                && !(tokens.get(index + 1).kind() == Token.Kind.NAME && tokens.get(index + 2).is("="))) {
            index++;
            end = pattern().pos();
        }
        return source.syntaxError(start.pos().to(end), "positional patterns follow keyword patterns");
    }

    /**
     * ':' then either an indented block or simple statements on the same line. A missing ':' is "expected
     * ':'" where the grammar forces it (def, try, else, finally), else only before the end of the line
     * (the invalid_*_stmt rules); otherwise it is plain invalid syntax.
     */
    private List<Stmt> block(Token owner, String what) {
        boolean forced = owner.is("def") || owner.is("try") || owner.is("else") || owner.is("finally");
        if (!at(":") && !forced && peek().kind() != Token.Kind.NEWLINE) {
            throw invalidSyntax(peek());
        }
        expect(":");
        if (peek().kind() != Token.Kind.NEWLINE) {
            return simpleStatements();
        }
        index++;
        if (peek().kind() != Token.Kind.INDENT) {
            Token first = peek();
            throw source.indentationError(raisedAt(first), "expected an indented block after " + what + " on line " + owner.line());
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

    /** Targets of for: expressions up to 'in' (bitwise-or level, or *starred), with commas making a tuple. */
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
        return at("*") ? starred() : bitOr();
    }

    /** Whether a target that is not assignable is reported with "here. Maybe you meant '=='": a bitwise_or that is no display. */
    private static boolean comparisonHint(Expr target) {
        return !(target instanceof Expr.Compare || target instanceof Expr.BoolOp || target instanceof Expr.IfExp
                || target instanceof Expr.Lambda || target instanceof Expr.NamedExpr || target instanceof Expr.Tuple
                || target instanceof Expr.ListDisplay || target instanceof Expr.GeneratorExp || target instanceof Expr.Starred
                || target instanceof Expr.UnaryOp u && u.op() == Opcode.UNARY_NOT
                || target instanceof Expr.Constant c && (c.value() == null || c.value() instanceof Boolean));
    }

    private void checkTarget(Expr target, String verb) {
        checkTarget(target, verb, "");
    }

    private void checkTarget(Expr target, String verb, String hint) {
        if (target instanceof Expr.Tuple || target instanceof Expr.ListDisplay) {
            for (Expr element : elementsOf(target)) {
                checkTarget(element instanceof Expr.Starred s ? s.value() : element, verb);
            }
            return;
        }
        if (target instanceof Expr.Starred starred) {
            throw source.syntaxError(starred.pos(), "starred assignment target must be in a list or tuple");
        }
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            if (target instanceof Expr.Yield || target instanceof Expr.YieldFrom) {
                throw source.syntaxError(target.pos(), "assignment to yield expression not possible");
            }
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
            if (c.value() == null) return "None";
            if (c.value() instanceof Boolean b) return b ? "True" : "False";
            if (c.value() == Constants.ELLIPSIS) return "ellipsis";
            return "literal";
        }
        if (e instanceof Expr.Call) return "function call";
        if (e instanceof Expr.Compare) return "comparison";
        if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) return "expression";
        if (e instanceof Expr.IfExp) return "conditional expression";
        if (e instanceof Expr.Lambda) return "lambda";
        if (e instanceof Expr.ListComp) return "list comprehension";
        if (e instanceof Expr.SetComp) return "set comprehension";
        if (e instanceof Expr.DictComp) return "dict comprehension";
        if (e instanceof Expr.GeneratorExp) return "generator expression";
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) return "yield expression";
        if (e instanceof Expr.Await) return "await expression";
        if (e instanceof Expr.NamedExpr) return "named expression";
        if (e instanceof Expr.Dict) return "dict literal";
        if (e instanceof Expr.SetDisplay) return "set display";
        if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) return "f-string expression";
        if (e instanceof Expr.Tuple) return "tuple";
        if (e instanceof Expr.ListDisplay) return "list";
        if (e instanceof Expr.Starred) return "starred";
        if (e instanceof Expr.Name) return "name";
        if (e instanceof Expr.Attribute) return "attribute";
        if (e instanceof Expr.Subscript) return "subscript";
        return "expression";
    }

    // ---- expressions ----

    /** star_expressions: a comma-separated list (with *starred items) becomes a tuple (return a, *b). */
    private Expr starExpressions() {
        Token first = peek();
        Expr e = starExpression();
        if (!at(",")) {
            return e;
        }
        List<Expr> elements = new ArrayList<>(List.of(e));
        while (accept(",")) {
            if (!startsExpression(peek())) {
                break;
            }
            elements.add(starExpression());
        }
        return new Expr.Tuple(first.pos().to(previous().pos()), elements);
    }

    private Expr starExpression() {
        return at("*") ? starred() : expression();
    }

    /** star_named_expression: an element of a list, tuple or set display. */
    private Expr element() {
        return at("*") ? starred() : namedExpression();
    }

    private Expr starred() {
        Token star = next();
        Expr value = bitOr();
        lastDisjunction = value;
        return new Expr.Starred(from(star), value);
    }

    /** named_expression: NAME ':=' expression, or an expression. */
    private Expr namedExpression() {
        Token t = peek();
        if (t.kind() == Token.Kind.NAME && tokens.get(index + 1).is(":=") && !KEYWORDS.contains(t.text())) {
            index += 2;
            Expr value = expression();
            return new Expr.NamedExpr(from(t), new Expr.Name(t.pos(), t.text()), value);
        }
        Expr e = expression();
        if (at(":=")) {
            throw source.syntaxError(e.pos(), "cannot use assignment expressions with " + describe(e));
        }
        return e;
    }

    private Expr expression() {
        Token t = peek();
        if (t.is("lambda")) {
            return lambda();
        }
        if (t.is("yield")) {
            throw invalidSyntax(t);
        }
        enter(t);
        Expr body = orTest();
        if (accept("if")) {
            Expr test = orTest();
            if (!accept("else")) {
                throw source.syntaxError(body.pos().to(test.pos()), "expected 'else' after 'if' expression");
            }
            Expr orElse = expression();
            body = new Expr.IfExp(from(t), test, body, orElse);
        }
        nesting--;
        return body;
    }

    private Expr lambda() {
        Token keyword = next();
        Stmt.Arguments args = parameters(":", false);
        if (!accept(":")) {
            throw invalidSyntax(peek());
        }
        Expr body = inScope(true, this::expression);
        return new Expr.Lambda(from(keyword), args, body);
    }

    /** yield [star_expressions] | yield from expression. */
    private Expr yieldExpression() {
        Token keyword = next();
        if (accept("from")) {
            Expr value = expression();
            return new Expr.YieldFrom(from(keyword), value);
        }
        if (atEndOfStatement() || at(")") || at("=") || at("]") || at("}")) {
            return new Expr.Yield(keyword.pos(), null);
        }
        Expr value = starExpressions();
        return new Expr.Yield(from(keyword), value);
    }

    /**
     * The span from {@code start} to the last token consumed, parentheses included, as CPython's parser
     * gives a node the tokens of its rule: {@code (a + b) * c} starts at the parenthesis.
     */
    /**
     * A compound statement's span: from its keyword to the end of its last non-empty block, as CPython's
     * AST gives it (so a traceback shows no carets under an instruction placed at the whole statement).
     */
    @SafeVarargs
    private static Pos through(Token keyword, List<Stmt>... blocks) {
        for (int i = blocks.length - 1; i >= 0; i--) {
            if (!blocks[i].isEmpty()) {
                return keyword.pos().to(blocks[i].get(blocks[i].size() - 1).pos());
            }
        }
        return keyword.pos();
    }

    private Pos from(Token start) {
        return start.pos().to(previous().pos());
    }

    private void enter(Token t) {
        if (++nesting > MAX_NESTING) {
            throw source.syntaxError(t.pos(), "too many nested expressions or blocks");
        }
    }

    private Expr orTest() {
        Expr disjunction = boolOp("or", false);
        lastDisjunction = disjunction;
        return disjunction;
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
            } else if (COMPARISONS.contains(t.text()) && t.kind() != Token.Kind.STRING) {
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
            Map.of("*", BinaryOperator.MULTIPLY, "/", BinaryOperator.TRUE_DIVIDE, "//", BinaryOperator.FLOOR_DIVIDE,
                    "%", BinaryOperator.REMAINDER, "@", BinaryOperator.MATRIX_MULTIPLY));

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
        return op == Opcode.UNARY_NEGATIVE ? negative(pos, operand) : new Expr.UnaryOp(pos, op, operand);
    }

    /** -operand, with negative literals folded to constants as CPython's AST optimizer does (x = -1 loads the constant -1). */
    private static Expr negative(Pos pos, Expr operand) {
        if (operand instanceof Expr.Constant c) {
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
        return new Expr.UnaryOp(pos, Opcode.UNARY_NEGATIVE, operand);
    }

    private Expr power() {
        Token start = peek();
        Expr base = at("await") ? awaitPrimary() : primary();
        Token t = peek();
        if (accept("**")) {
            enter(t);
            Expr exponent = factor();
            nesting--;
            return new Expr.BinOp(from(start), base, BinaryOperator.POWER, exponent);
        }
        return base;
    }

    /** await_primary: await on a primary, in an async function only (compile.c's checks). */
    private Expr awaitPrimary() {
        Token await = next();
        Expr operand = primary();
        Pos pos = from(await);
        if (!asyncAllowed()) {
            throw source.syntaxError(pos,
                    functions.isEmpty() || !functions.peek() ? "'await' outside function" : "'await' outside async function");
        }
        return new Expr.Await(pos, operand);
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

    /** The arguments of a call after its '(' up to and including ')': positional, *iterable, name=value, **mapping. */
    private Expr callArguments(Token start, Expr func) {
        Token open = previous();
        List<Expr> args = new ArrayList<>();
        List<Stmt.Keyword> keywords = new ArrayList<>();
        boolean doubleStarred = false;
        while (!at(")")) {
            Token t = peek();
            if (t.is("*")) {
                if (doubleStarred) {
                    throw source.syntaxError(t.pos(), "iterable argument unpacking follows keyword argument unpacking");
                }
                args.add(starred());
            } else if (t.is("**")) {
                index++;
                Expr value = expression();
                keywords.add(new Stmt.Keyword(from(t), null, value));
                doubleStarred = true;
            } else if (t.kind() == Token.Kind.NAME && tokens.get(index + 1).is("=")) {
                if (Set.of("True", "False", "None").contains(t.text())) {
                    throw source.syntaxError(t.pos().to(tokens.get(index + 2).pos()), "cannot assign to " + t.text());
                }
                if (KEYWORDS.contains(t.text())) {
                    throw invalidSyntax(t);
                }
                index += 2;
                Expr value = expression();
                for (Stmt.Keyword k : keywords) {
                    if (t.text().equals(k.name())) {
                        throw source.syntaxError(from(t), "keyword argument repeated: " + t.text());
                    }
                }
                keywords.add(new Stmt.Keyword(from(t), t.text(), value));
            } else {
                Expr arg = namedExpression();
                if (atComprehension()) {
                    // f(x for x in y): a sole generator expression spans the call's parentheses
                    List<Expr.Comprehension> generators = comprehensionClauses();
                    if (!args.isEmpty() || !keywords.isEmpty() || !at(")")) {
                        throw source.syntaxError(arg.pos().to(previous().pos()), "Generator expression must be parenthesized");
                    }
                    arg = new Expr.GeneratorExp(open.pos().to(peek().pos()), arg, generators);
                }
                if (!keywords.isEmpty()) {
                    throw source.syntaxError(arg.pos(), doubleStarred ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument");
                }
                args.add(arg);
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        return new Expr.Call(from(start), func, args, keywords);
    }

    private Expr subscript() {
        Token first = peek();
        Expr e = sliceItem();
        if (!at(",") && !(e instanceof Expr.Starred)) {
            return e;
        }
        // a[*b] indexes with a tuple, as a[x, *b] does (PEP 646)
        List<Expr> elements = new ArrayList<>(List.of(e));
        while (accept(",") && !at("]")) {
            elements.add(sliceItem());
        }
        return new Expr.Tuple(first.pos().to(previous().pos()), elements);
    }

    private Expr sliceItem() {
        Token first = peek();
        if (at("*")) {
            return starred();
        }
        Expr lower = at(":") ? null : namedExpression();
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
        index++;
        switch (t.text()) {
            case "(": return parenthesized(t);
            case "[": return listDisplay(t);
            case "{": return braceDisplay(t);
            case "...": return new Expr.Constant(t.pos(), Constants.ELLIPSIS);
            default:
                index--;
                throw invalidSyntax(t);
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
        if (KEYWORDS.contains(t.text())) {
            index--;
            throw invalidSyntax(t);
        }
        return new Expr.Name(t.pos(), t.text());
    }

    /** invalid_group's "(*x)": 3.11's words for a starred expression alone in parentheses (an f-string's field too). */
    private CompileError starredGroup(Expr.Starred s) {
        return source.syntaxError(s.pos(), errorPrefix + "cannot use starred expression here");
    }

    /**
     * invalid_group's "(**x)" after the '(' (or at an f-string field's start, which 3.11 parses in parentheses):
     * the error at the '**' if an expression and the closing (the field's end if {@code field}) follow, else
     * null, the position unchanged.
     */
    private CompileError doubleStarredGroup(boolean field) {
        if (!at("**")) {
            return null;
        }
        int start = index;
        Token stars = tokens.get(index++);
        try {
            expression();
            boolean closed = field ? peek().kind() == Token.Kind.END : at(")");
            return closed ? source.syntaxError(stars.pos(), errorPrefix + "cannot use double starred expression here") : null;
        } catch (CompileError e) {
            return null;
        } finally {
            index = start;
        }
    }

    /** After '(': (), (yield ...), (x for ...), (x), (x, y). */
    private Expr parenthesized(Token open) {
        if (accept(")")) {
            return new Expr.Tuple(from(open), List.of());
        }
        if (at("yield")) {
            Expr y = yieldExpression();
            expect(")");
            return y;
        }
        CompileError doubleStarred = doubleStarredGroup(false);
        if (doubleStarred != null) {
            throw doubleStarred;
        }
        Expr first = element();
        if (atComprehension()) {
            if (first instanceof Expr.Starred s) {
                throw source.syntaxError(s.pos(), "iterable unpacking cannot be used in comprehension");
            }
            return comprehension(open, first, null, Expr.GeneratorExp.class, ")");
        }
        if (accept(")")) {
            if (first instanceof Expr.Starred s) {
                throw starredGroup(s);
            }
            return first;
        }
        List<Expr> elements = new ArrayList<>(List.of(first));
        while (accept(",") && !at(")")) {
            elements.add(element());
        }
        expect(")");
        return new Expr.Tuple(from(open), elements);
    }

    private Expr listDisplay(Token open) {
        List<Expr> elements = new ArrayList<>();
        if (!at("]")) {
            Expr first = element();
            if (atComprehension()) {
                if (first instanceof Expr.Starred s) {
                    throw source.syntaxError(s.pos(), "iterable unpacking cannot be used in comprehension");
                }
                return comprehension(open, first, null, Expr.ListComp.class, "]");
            }
            elements.add(first);
            while (accept(",") && !at("]")) {
                elements.add(element());
            }
        }
        expect("]");
        return new Expr.ListDisplay(from(open), elements);
    }

    /** After '{': a dict or set display, or a dict or set comprehension. */
    private Expr braceDisplay(Token open) {
        if (accept("}")) {
            return new Expr.Dict(from(open), List.of(), List.of());
        }
        if (at("**")) {
            return dictDisplay(open);
        }
        Expr first = element();
        if (accept(":")) {
            if (first instanceof Expr.Starred s) {
                throw source.syntaxError(s.pos(), "cannot use a starred expression in a dictionary value");
            }
            Expr value = expression();
            if (atComprehension()) {
                return comprehension(open, first, value, Expr.DictComp.class, "}");
            }
            return dictDisplayAfter(open, first, value);
        }
        if (atComprehension()) {
            if (first instanceof Expr.Starred s) {
                throw source.syntaxError(s.pos(), "iterable unpacking cannot be used in comprehension");
            }
            return comprehension(open, first, null, Expr.SetComp.class, "}");
        }
        List<Expr> elements = new ArrayList<>(List.of(first));
        while (accept(",") && !at("}")) {
            elements.add(element());
        }
        expect("}");
        return new Expr.SetDisplay(from(open), elements);
    }

    private Expr dictDisplay(Token open) {
        return dictDisplayAfter(open, null, null);
    }

    /** The rest of a dict display; {@code firstKey}/{@code firstValue} already parsed, or null. */
    private Expr dictDisplayAfter(Token open, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        if (firstValue != null) {
            keys.add(firstKey);
            values.add(firstValue);
            if (!accept(",")) {
                expect("}");
                return new Expr.Dict(from(open), keys, values);
            }
        }
        while (!at("}")) {
            if (accept("**")) {
                Expr mapping = bitOr();
                lastDisjunction = null;
                if (at("for")) {
                    throw source.syntaxError(previous().pos(), "dict unpacking cannot be used in dict comprehension");
                }
                keys.add(null);
                values.add(mapping);
            } else {
                Expr key = expression();
                if (!at(":")) { // invalid_kvpair: reported at the key's last character
                    Pos end = key.pos();
                    throw source.syntaxError(new Pos(end.endLine(), end.endColumn() - 1, end.endLine(), end.endColumn()),
                            "':' expected after dictionary key");
                }
                index++;
                keys.add(key);
                values.add(expression());
            }
            if (!accept(",")) {
                break;
            }
        }
        expect("}");
        return new Expr.Dict(from(open), keys, values);
    }

    /** A comprehension after its element (and, for a dict, value) up to and including {@code close}. */
    private Expr comprehension(Token open, Expr element, Expr value, Class<? extends Expr> kind, String close) {
        asynchronous = false;
        List<Expr.Comprehension> generators = comprehensionClauses();
        expect(close);
        Pos pos = from(open);
        if (asynchronous && kind != Expr.GeneratorExp.class && !asyncAllowed()) { // an async genexpr is an async generator
            throw source.syntaxError(pos, "asynchronous comprehension outside of an asynchronous function");
        }
        if (kind == Expr.ListComp.class) {
            return new Expr.ListComp(pos, element, generators);
        }
        if (kind == Expr.SetComp.class) {
            return new Expr.SetComp(pos, element, generators);
        }
        if (kind == Expr.DictComp.class) {
            return new Expr.DictComp(pos, element, value, generators);
        }
        return new Expr.GeneratorExp(pos, element, generators);
    }

    /** The for ... in ... [if ...] clauses of a comprehension. */
    private List<Expr.Comprehension> comprehensionClauses() {
        List<Expr.Comprehension> generators = new ArrayList<>();
        while (atComprehension()) {
            boolean isAsync = accept("async");
            asynchronous |= isAsync;
            index++;
            Expr target = targetList();
            checkTarget(target, "assign to");
            expect("in");
            Expr iter = orTest();
            List<Expr> ifs = new ArrayList<>();
            while (accept("if")) {
                ifs.add(orTestOrNamed());
            }
            lastDisjunction = null; // the grammar's cut: an error after a clause is plain invalid syntax
            generators.add(new Expr.Comprehension(target, iter, ifs, isAsync));
        }
        return generators;
    }

    /** A comprehension's if clause: a disjunction, or NAME := value. */
    private Expr orTestOrNamed() {
        Token t = peek();
        if (t.kind() == Token.Kind.NAME && tokens.get(index + 1).is(":=")) {
            return namedExpression();
        }
        return orTest();
    }

    /** Adjacent string literals are one constant (or one f-string), as in CPython; bytes only with bytes. */
    private Expr strings() {
        Token first = peek();
        int end = index;
        while (tokens.get(end).kind() == Token.Kind.STRING) {
            end++;
        }
        Token after = tokens.get(end);
        Pos whole = first.pos().to(tokens.get(end - 1).pos());
        List<Expr> parts = new ArrayList<>();
        Boolean bytes = null;
        while (peek().kind() == Token.Kind.STRING) {
            Token t = next();
            boolean isBytes = FStrings.isBytes(t);
            if (bytes != null && bytes != isBytes) {
                throw source.syntaxError(first.pos().to(t.pos()), "cannot mix bytes and nonbytes literals");
            }
            bytes = isBytes;
            new FStrings(source, t, after, whole, this::parseEmbedded).appendTo(parts);
        }
        Pos pos = from(first);
        if (bytes) {
            return new Expr.Constant(pos, FStrings.joinBytes(parts));
        }
        List<Expr> merged = FStrings.mergeLiterals(parts, pos);
        if (merged.stream().allMatch(p -> p instanceof Expr.Constant)) {
            return new Expr.Constant(pos, merged.isEmpty() ? "" : ((Expr.Constant) merged.get(0)).value());
        }
        return new Expr.JoinedStr(pos, merged);
    }

    /**
     * Parses the expression of an f-string replacement field, which starts at {@code line} and {@code column}:
     * its nodes carry true positions. CPython 3.11 parses it as "(expression)" (fstring_compile_expr), so
     * inside brackets, and its parser's errors show that text ({@link #inParentheses}).
     */
    private Expr parseEmbedded(String expression, int line, int column) {
        Source embedded = source.embedded(expression, line, column);
        Parser parser = new Parser(embedded, Tokenizer.tokenizeExpression(embedded), "f-string: ");
        parser.nesting = nesting;
        parser.compilerChecks = compilerChecks;
        // the field is in the enclosing function: await belongs there in an async def
        parser.functions.addAll(functions);
        parser.coroutines.addAll(coroutines);
        parser.enclosingBrackets = 1;
        try {
            CompileError doubleStarred = parser.doubleStarredGroup(true);
            if (doubleStarred != null) {
                throw doubleStarred;
            }
            Expr e = parser.at("yield") ? parser.yieldExpression() : parser.starExpressions();
            if (parser.peek().kind() != Token.Kind.END) {
                throw parser.invalidSyntax(parser.peek());
            }
            if (e instanceof Expr.Starred s) {
                throw parser.starredGroup(s);
            }
            return e;
        } catch (CompileError e) {
            throw e.detail().startsWith(parser.errorPrefix) ? inParentheses(e, expression, line, column) : e;
        }
    }

    /**
     * A field parser's error as 3.11 reports it: located in the text "(expression)", whose line it shows,
     * the line number counted from the field's first line.
     */
    private CompileError inParentheses(CompileError e, String expression, int line, int column) {
        String[] lines = ("(" + expression + ")").split("\n", -1);
        int index = Math.max(0, Math.min(e.line() - line, lines.length - 1));
        int shift = index == 0 ? 1 - column : 0;
        int column0 = e.column() + shift;
        // at the end of the expression CPython's parser meets the ')' it added: a token one character wide
        return new CompileError(e.kind(), e.filename(), e.line(), column0, Math.max(column0 + 1, e.endColumn() + shift),
                lines[index], true, e.detail(), e.stage(), false);
    }

    // ---- token helpers ----

    /** The next token; reading past the last one of a source with open brackets is CPython's "never closed" error. */
    private Token peek() {
        Token t = tokens.get(index);
        farthest = Math.max(farthest, index);
        if (t.kind() == Token.Kind.UNCLOSED) {
            throw unclosed(t);
        }
        if (t.kind() == Token.Kind.ERROR) {
            throw tokenizerError;
        }
        return t;
    }

    private Token next() {
        Token t = peek();
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

    /**
     * "unexpected indent" at an INDENT token: SyntaxError.offset is the indentation's length and end_offset
     * -1 (an end column of -2), so no carets show.
     */
    private CompileError unexpectedIndent(Token indent) {
        return source.indentationError(new Pos(indent.line(), indent.endColumn() - 1, indent.line(), -2), "unexpected indent");
    }

    /**
     * Where CPython's parser reports an error raised without a location of its own (RAISE_SYNTAX_ERROR,
     * RAISE_INDENTATION_ERROR) when {@code t} is the last token it read: at {@code t}, or, at the end of the
     * input (ENDMARKER, and the DEDENTs and implicit NEWLINE before it), where {@link Source#endOfInput} says.
     */
    private Pos raisedAt(Token t) {
        return t.column() < 0 ? source.endOfInput() : t.pos(); // the tokens at the end of the input have no column
    }

    /** A try with neither except nor finally, found at the token after its body (invalid_try_stmt). */
    private CompileError noHandler() {
        return source.syntaxError(raisedAt(peek()), "expected 'except' or 'finally' block");
    }

    private CompileError invalidSyntax(Token t) {
        if (t.kind() == Token.Kind.INDENT) {
            return unexpectedIndent(t);
        }
        CompileError hint = t.is("=") ? equalsForComparison(t) : missingComma(t);
        return hint != null ? hint : source.syntaxError(t.pos(), errorPrefix + "invalid syntax");
    }

    /**
     * invalid_named_expression: NAME '=' bitwise_or where an expression was expected (a condition, an
     * argument in brackets), not followed by another '=' or ':='; the error spans both sides.
     */
    private CompileError equalsForComparison(Token t) {
        Expr name = lastDisjunction;
        if (bracketDepth(index) == 0 && !Set.of("if", "elif", "while").contains(statementStart().text())) {
            return null; // only where the grammar asks for a named_expression
        }
        if (t != tokens.get(index) || !(name instanceof Expr.Name) || previous().kind() != Token.Kind.NAME
                || name.pos().endColumn() != previous().endColumn() || name.pos().endLine() != previous().endLine()) {
            return null;
        }
        int at = index;
        try {
            index++;
            Expr value = bitOr();
            if (!at("=") && !at(":=")) {
                return source.syntaxError(name.pos().to(value.pos()),
                        errorPrefix + "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        } catch (CompileError e) {
            if (e.detail().endsWith("was never closed")) {
                throw e;
            }
        }
        index = at;
        return null;
    }

    /**
     * invalid_expression's "Perhaps you forgot a comma?": inside brackets, an expression that directly follows
     * a complete one ({@link #lastDisjunction}); the error spans both. Parsing the second one may read to the
     * end of a source whose brackets are open, which then is the error, as in CPython. Null when it does not apply.
     */
    private CompileError missingComma(Token t) {
        Expr first = lastDisjunction;
        if (t != tokens.get(index) || index == 0 || first == null || enclosingBrackets + bracketDepth(index) == 0 || !startsExpression(t)
                || first.pos().endLine() != previous().endLine() || first.pos().endColumn() != previous().endColumn()) {
            return null;
        }
        Token start = tokenAt(first.pos());
        if (first instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec") || SOFT_KEYWORDS.contains(n.id()))
                || start != null && start.kind() == Token.Kind.NAME && tokens.get(tokens.indexOf(start) + 1).kind() == Token.Kind.STRING) {
            return null;
        }
        int at = index;
        try {
            Expr second = expression();
            return source.syntaxError(first.pos().to(second.pos()), errorPrefix + "invalid syntax. Perhaps you forgot a comma?");
        } catch (CompileError e) {
            if (e.detail().endsWith("was never closed")) {
                throw e;
            }
            index = at;
            return null;
        }
    }

    /** Whether a comprehension's first clause starts here: for, or async for. */
    private boolean atComprehension() {
        return at("for") || at("async") && tokens.get(index + 1).is("for");
    }

    /** Parses {@code body} inside a function (true) or class (false) scope. */
    private <T> T inScope(boolean function, java.util.function.Supplier<T> body) {
        return inScope(function, false, body);
    }

    private <T> T inScope(boolean function, boolean coroutine, java.util.function.Supplier<T> body) {
        functions.push(function);
        coroutines.push(coroutine);
        try {
            return body.get();
        } finally {
            functions.pop();
            coroutines.pop();
        }
    }

    /** The first token of the logical line being parsed. */
    private Token statementStart() {
        int i = index;
        while (i > 0 && !Set.of(Token.Kind.NEWLINE, Token.Kind.INDENT, Token.Kind.DEDENT).contains(tokens.get(i - 1).kind())
                && !tokens.get(i - 1).is(";")) {
            i--;
        }
        return tokens.get(i);
    }

    /** How many brackets are open before token {@code i}. */
    private int bracketDepth(int i) {
        int depth = 0;
        for (int k = 0; k < i; k++) {
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.OP) {
                depth += "([{".contains(t.text()) ? 1 : ")]}".contains(t.text()) ? -1 : 0;
            }
        }
        return depth;
    }

    /** The token that starts at {@code pos}, or null. */
    private Token tokenAt(Pos pos) {
        for (Token t : tokens) {
            if (t.line() == pos.line() && t.column() == pos.column()) {
                return t;
            }
        }
        return null;
    }
}
