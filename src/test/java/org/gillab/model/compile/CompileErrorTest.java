package org.gillab.model.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SyntaxError, IndentationError and NotImplementedError: kind, position and a message laid out like CPython's
 * (CPythonParityTest checks many more syntax errors against python3 itself).
 */
class CompileErrorTest {

    static CompileError error(String source) {
        return assertThrows(CompileError.class, () -> Compiler.compile(source, "seed.py"));
    }

    @Test
    void messageIsLaidOutLikeCPythonsWithTheIndentationStripped() {
        CompileError e = error("def f():\n    x = 1\n    async def g(): yield from x\n");
        assertEquals("SyntaxError", e.kind());
        assertEquals("seed.py", e.filename());
        assertEquals(3, e.line());
        assertEquals(19, e.column());
        assertEquals(20, e.displayColumn());
        assertEquals("    async def g(): yield from x", e.sourceLine());
        assertEquals("""
                  File "seed.py", line 3
                    async def g(): yield from x
                                   ^^^^^^^^^^^^
                SyntaxError: 'yield from' inside async function""", e.getMessage());
    }

    @Test
    void caretsSpanTheOffendingExpression() {
        CompileError e = error("x = 1\nf(x) = 3\n");
        assertEquals("""
                  File "seed.py", line 2
                    f(x) = 3
                    ^^^^
                SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?""", e.getMessage());
    }

    @Test
    void errorAtEndOfFileHasNoSourceLine() {
        CompileError e = error("x = (1,\n");
        assertEquals("SyntaxError", e.kind());
        assertEquals("'(' was never closed", e.detail());
        assertEquals(1, e.line());
        assertEquals(4, e.column());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            x = 1\\n  y = 2                      | IndentationError | 2 | 1  | unexpected indent
            def f():\\n\treturn 1\\n        return 2 | TabError | 3 | 0 | inconsistent use of tabs and spaces in indentation
            for x in y:\\n    pass\\n  z = 1     | IndentationError | 3 | 7  | unindent does not match any outer indentation level
            if x:\\n    pass\\n    x = 1 2      | SyntaxError | 3 | 10 | invalid syntax
            def f():\\nreturn 1                 | IndentationError | 2 | 0  | expected an indented block after function definition on line 1
            f(x                                 | SyntaxError | 1 | 1  | '(' was never closed
            async def f():\\n    yield 1\\n    return 2 | SyntaxError | 3 | 4 | 'return' with value in async generator
            async def f():\\n    yield from x  | SyntaxError | 2 | 4  | 'yield from' inside async function
            x = 'abc                            | SyntaxError | 1 | 4  | unterminated string literal (detected at line 1)
            x = f'{1 +}'                        | SyntaxError | 1 | 4  | f-string: invalid syntax
            x = f'{'                            | SyntaxError | 1 | 8  | f-string: expecting '}'
            x = f'}'                            | SyntaxError | 1 | 8  | f-string: single '}' is not allowed
            x = '\\x4'                          | SyntaxError | 1 | 9  | `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape`
            x = 08                              | SyntaxError | 1 | 4  | leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers
            x = 0x                              | SyntaxError | 1 | 5  | invalid hexadecimal literal
            x = 0b12                            | SyntaxError | 1 | 7  | invalid digit '2' in binary literal
            x = 1__0                            | SyntaxError | 1 | 5  | invalid decimal literal
            def f(\\n 1                         | SyntaxError | 1 | 5  | '(' was never closed
            continue                            | SyntaxError | 1 | 0  | 'continue' not properly in loop
            def f():\\n    with a:\\n        break | SyntaxError | 3 | 8 | 'break' outside loop
            None = 1                            | SyntaxError | 1 | 0  | cannot assign to None
            for True in x: pass                 | SyntaxError | 1 | 4  | cannot assign to True
            for 1 in x: pass                    | SyntaxError | 1 | 4  | cannot assign to literal
            1 = x                               | SyntaxError | 1 | 0  | cannot assign to literal here. Maybe you meant '==' instead of '='?
            def f():\\n    nonlocal x           | SyntaxError | 2 | 4  | no binding for nonlocal 'x' found
            await x                             | SyntaxError | 1 | 0  | 'await' outside function
            x = 1 +                             | SyntaxError | 1 | 7  | invalid syntax
            """)
    void syntaxErrors(String source, String kind, int line, int column, String detail) {
        CompileError e = error(source.replace("\\n", "\n"));
        assertEquals(kind, e.kind(), e.getMessage());
        assertEquals(detail, e.detail(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
    }
}
