package org.gillab.model.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.gillab.testing.CPython311;
import org.junit.jupiter.api.Test;

/**
 * Compares the compiler with the real CPython (3.11, {@link CPython311}; skipped where there is none): the same
 * literal values, and the same line, column and message for syntax errors.
 */
class CPythonParityTest {

    /** Stands for a line break inside a snippet, so that each snippet travels as one line. */
    private static final String NEWLINE = "\u2424";

    /** Runs a Python script that reads one snippet per line from stdin (as src) and prints one line each. */
    private static List<String> python(String script, List<String> snippets) throws Exception {
        assumeTrue(CPython311.executable() != null, "no CPython 3.11 on this machine: CPython parity not checked");
        Process process = new ProcessBuilder(CPython311.executable(), "-W", "ignore", "-c", script).redirectErrorStream(true).start();
        String input = String.join("\n", snippets.stream().map(x -> x.replace("\n", NEWLINE)).toList());
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("CPython did not finish");
        }
        assertEquals(0, process.exitValue(), out);
        return out.lines().toList();
    }

    private static final String UNESCAPE = "import sys\n"
            + "for line in sys.stdin.buffer.read().decode('utf-8').split('\\n'):\n"
            + "    src = line.replace('" + NEWLINE + "', '\\n')\n";

    @Test
    void literalValuesAreCPythons() throws Exception {
        List<String> literals = List.of("0", "42", "50_000_000", "9223372036854775807", "9223372036854775808",
                "-9223372036854775808", "-9223372036854775809", "2_0000_0000_0000_0000_0000", "0xff", "0o17", "0b1010",
                "0XDEAD_BEEF", "1.5", "1e3", "1.5e-7", "1e16", "1e22", "123456789012345678.0", "0.1", ".5", "5.", "1E+3",
                "1_000.000_1", "-0.0", "1e400", "'abc'", "\"it's\"", "'a' 'b' \"c\"", "'tab\\there'", "'\\x41\\u00e9\\U0001F600'",
                "'\\101\\0'", "r'\\d+\\n'", "'''multi\\nline'''", "'back\\\\slash'", "'unknown \\q escape'", "u'unicode'",
                "f'{{braces}}'", "True", "False", "None", "()", "(1,)", "(1, 'a', None, (2.5, True))", "-1", "-(1)",
                "- 2.5", "'quote\\''");
        List<String> expected = python(UNESCAPE + "    print(repr(eval(src)))", literals);
        List<String> actual = new ArrayList<>();
        for (String literal : literals) {
            CodeObject code = Compiler.compile("x = " + literal, "literal.py");
            actual.add(Disassembler.repr(code.constants().get(0)));
        }
        assertEquals(expected, actual);
    }

    @Test
    void syntaxErrorsAtCPythonsPositionWithCPythonsMessage() throws Exception {
        List<String> snippets = List.of("x = (1,", "if x:\npass", "print(\"abc)", "x = \"\"\"abc", "1 = x", "f() = 3",
                "def f():\n    return 5\nreturn 5", "while 1:\n    pass\nbreak", "x = 0123", "x += 1 = 2",
                "a, b += 1", "while x:\n    pass\nelse:\n    continue", ")", "if x\n  pass", "def f(a=1, b): pass",
                "def f(a, a): pass", "x = [1, 2", "x = 1 +", "x = (]", "print 'hello'", "def f(x):\n    global x",
                "f(a=1, a=2)", "x = 1 if y", "import", "from x import", "del f()", "x.1", "None = 1",
                "for True in x: pass", "del 1", "x = [1, 2}", "def f()\n    pass", "for x in range(3)\n    pass",
                "with open(f) as g\n    pass", "f(True=1)", "f(if=1)",
                "x = f(a,\n      b) + 1\nif x:\n    y = [1,\n  2][0]; z = 1if x else 2\n    w = 1", "x = 1 +* 2",
                "x = a is**not b", "impor: sys, time as t", "(a, b): int = 1", "f(): int", "x: int = 1 2",
                // a bracket left open: reported only if the parser reads to the end of the source
                "def broken(:\n    pass", "x = (1,\ny = 2", "f(a b", "f(a, b\nprint(1)", "if (x:\n  pass", "print((1)",
                // invalid_expression, invalid_named_expression, invalid_kvpair, invalid_*_stmt
                "f(a b)", "x = [1 2]", "x = (not a b)", "f(*a b)", "f(x=1 y=2)", "x = [a for a in b c]", "x = {1: 2 3: 4}",
                "d = {\"a\": 1, \"b\" 2", "x = {1: 2, 3}", "x = {1: 2, **a b}", "if x = 1:\n  pass", "x = [a = 1]",
                "assert x = 1", "for x in y print(x)", "while x print(1)", "class A print(1)", "class A\n  pass",
                "try:\n  pass\nexcept ValueError print(1)", "lambda x print(x)", "def f() print(1)", "try print(1)",
                // assignment targets: the '==' hint only for a lone operand-level target
                "f() = 1", "x = f() = 1", "a < b = 1", "a + 1 = 2", "1 = x = 2", "x = 1 = 2", "-a = 1",
                // async code outside an async function (async generators are NotImplementedError, see CompileErrorTest)
                "await x", "def f():\n    await x", "x = lambda: await y", "class A:\n    await x",
                "x = [i async for i in y]", "async with a: pass", "async for x in y: pass",
                // except*: no mixing with except, types required, no jumping out of a clause (but out of a loop in it)
                "try:\n  pass\nexcept* ValueError:\n  pass\nexcept TypeError:\n  pass",
                "try:\n  pass\nexcept ValueError:\n  pass\nexcept* TypeError:\n  pass", "try:\n  pass\nexcept*:\n  pass",
                "try:\n  pass\nexcept* A, B:\n  pass", "try:\n  pass\nexcept* E:\n  break",
                "for i in x:\n  try:\n    pass\n  except* ValueError:\n    break",
                "for i in x:\n  try:\n    pass\n  except* E:\n    continue",
                "def f():\n  try:\n    pass\n  except* ValueError:\n    if x:\n      return 1",
                "def f():\n  try:\n    pass\n  except* E:\n    return x + 1", "def f():\n  try:\n    pass\n  except* E:\n    return",
                "try:\n  pass\nexcept* E:\n  for i in x:\n    break\n  while 1:\n    continue",
                "try:\n  pass\nexcept *E as e:\n  pass\nelse:\n  break");
        List<String> expected = python(UNESCAPE
                + "    try:\n"
                + "        compile(src, 'e.py', 'exec')\n"
                + "        print('compiled')\n"
                + "    except SyntaxError as e:\n"
                + "        print(e.lineno, e.offset - 1, e.msg)", snippets);
        List<String> actual = new ArrayList<>();
        for (String snippet : snippets) {
            try {
                Compiler.compile(snippet, "e.py");
                actual.add("compiled");
            } catch (CompileError e) {
                actual.add(e.line() + " " + e.column() + " " + e.detail());
            }
        }
        for (int i = 0; i < snippets.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), snippets.get(i));
        }
    }

    /**
     * Mangled versions of a sample program: whatever CPython accepts must compile (or be reported as
     * NotImplementedError), whatever CPython rejects must not compile.
     */
    @Test
    void acceptsWhatCPythonAcceptsAndRejectsWhatItRejects() throws Exception {
        String[] fragments = {"(", ")", "[", "]", "{", "}", ":", ",", "=", "'", "\\", "\n", "\n    ", "#", "if", "else",
            "for", "in", "while", "return", "break", "not", "and", "*", "**", "0x", "1_", ".", "!r", ";", "with", "as",
            "global", "del", "import", " ", "x", "1", "+", "-", "<", "is", "or", "pass", ":=", "lambda"};
        mangledVersionsCompileAsCPythonDecides("features.py", fragments, 7);
    }

    /** match statements: soft keywords, the parser's and the compiler's errors, at CPython's positions. */
    @Test
    void matchStatementsCompileOrFailAsInCPython() throws Exception {
        List<String> snippets = List.of("match x:\n case 1: pass", "match = 1", "match(x)", "match[x]", "match.x = 1",
                "match x, *y:\n case _: pass", "match -x:\n case _: pass", "match {1: 2}:\n case {}: pass",
                "case = 1\nmatch case:\n case case: pass", "_ = 1", "match x:\n case _:\n  pass\n case 1:\n  pass",
                "match x:\n case y:\n  pass\n case 1:\n  pass", "match x:\n case [a, a]: pass",
                "match x:\n case {'k': a, **a}: pass", "match x:\n case 1 | y: pass", "match x:\n case [a] | [b]: pass",
                "match x:\n case _ as y: pass\n case 2: pass", "match x:\n case {'a': 1, 'a': 2}: pass",
                "match x:\n case {1: 1, 1.0: 2}: pass", "match x:\n case C(a=1, a=2): pass",
                "match x:\n case [*a, *b]: pass", "match x:\n case f'x': pass", "match x:\n case 1 + 2: pass",
                "match x:\n case 1j + 2: pass", "match x:\n case {**rest, 'a': 1}: pass",
                "match x:\n case C(a=1, 2): pass", "match x:\n case C(a=1, 2, 3, b=4): pass", "match x:\n case {**_}: pass",
                "match x:\n case *a: pass", "match x:\n case 1 as _: pass", "match x:\n case 1 as 2: pass",
                "match x:\n case (a, b) | (b, a): pass", "match x:\ncase 1: pass", "match x:\n case 1:\n pass",
                "match x:\n pass", "match x:\n case a.b(): pass\n case -a: pass", "match x:\n case [1, *_, 2]: pass",
                "match x:\n case (1): pass\n case (): pass\n case (1,): pass", "match x:\n case {f'a': 1}: pass",
                "match x:\n case __debug__: pass", "match x:\n case C(__debug__=1): pass", "match x:\n case -1 - 2j: pass",
                "def f():\n match x:\n  case [y]:\n   return y", "match x:\n case 1 if (y := 2): pass");
        List<String> expected = python(UNESCAPE
                + "    try:\n"
                + "        compile(src, 'e.py', 'exec')\n"
                + "        print('compiled')\n"
                + "    except SyntaxError as e:\n"
                + "        print(e.lineno, e.offset - 1, e.msg)", snippets);
        for (int i = 0; i < snippets.size(); i++) {
            String actual;
            try {
                Compiler.compile(snippets.get(i), "e.py");
                actual = "compiled";
            } catch (CompileError e) {
                actual = e.line() + " " + e.column() + " " + e.detail();
            }
            assertEquals(expected.get(i), actual, snippets.get(i));
        }
    }

    /** Mangled versions of a program of match statements: accepted where CPython accepts, rejected where it rejects. */
    @Test
    void mangledMatchStatementsAreAcceptedAsCPythonAcceptsThem() throws Exception {
        String[] fragments = {"(", ")", "[", "]", "{", "}", ":", ",", "|", "*", "**", "as", "if", "case", "match", "_",
            ".", "=", "-", "+", "1", "x", "'s'", "\n", "\n    ", " ", "j", "None", "(a)"};
        mangledVersionsCompileAsCPythonDecides("match_features.py", fragments, 11);
    }

    /**
     * 400 versions of a resource program, each with one or two random fragments written over it: whatever
     * CPython accepts must compile (or be reported as NotImplementedError), whatever it rejects must not.
     */
    private static void mangledVersionsCompileAsCPythonDecides(String resource, String[] fragments, long seed) throws Exception {
        String original = MangledSourceTest.resource(resource);
        Random random = new Random(seed);
        List<String> sources = new ArrayList<>();
        for (int n = 0; n < 400; n++) {
            StringBuilder mangled = new StringBuilder(original);
            for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
                int at = random.nextInt(mangled.length());
                mangled.replace(at, Math.min(mangled.length(), at + random.nextInt(3)),
                        fragments[random.nextInt(fragments.length)]);
            }
            sources.add(mangled.toString());
        }
        List<String> cpython = python(UNESCAPE
                + "    try:\n"
                + "        compile(src, 'm.py', 'exec')\n"
                + "        print('accepted')\n"
                + "    except SyntaxError as e:\n"
                + "        print('rejected')", sources);
        for (int i = 0; i < sources.size(); i++) {
            String verdict;
            try {
                Compiler.compile(sources.get(i), "m.py");
                verdict = "accepted";
            } catch (CompileError e) {
                verdict = e.isNotImplemented() ? cpython.get(i) : "rejected";
            }
            assertEquals(cpython.get(i), verdict, sources.get(i));
        }
    }
}
