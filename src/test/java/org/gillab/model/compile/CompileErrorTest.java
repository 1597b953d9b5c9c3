package org.gillab.model.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SyntaxError and NotImplementedError: kind, position and a message laid out like CPython's. */
class CompileErrorTest {

    static CompileError error(String source) {
        return assertThrows(CompileError.class, () -> Compiler.compile(source, "seed.py"));
    }

    @Test
    void messageIsLaidOutLikeCPythonsWithTheIndentationStripped() {
        CompileError e = error("def f():\n    x = 1\n    class A: pass\n");
        assertEquals("NotImplementedError", e.kind());
        assertTrue(e.isNotImplemented());
        assertEquals("seed.py", e.filename());
        assertEquals(3, e.line());
        assertEquals(4, e.column());
        assertEquals(5, e.displayColumn());
        assertEquals("    class A: pass", e.sourceLine());
        assertEquals("""
                  File "seed.py", line 3
                    class A: pass
                    ^^^^^
                NotImplementedError: class definitions are not supported by the GIL Lab model (supported: def, return, \
                global, if/elif/else, while, for, break, continue, pass, with, raise, assert, del, import, from-import, \
                assignments, list comprehensions)""", e.getMessage());
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
            class A: pass                          | 1 | 0  | class definitions are not supported
            try:\\n    pass\\nexcept: pass         | 1 | 0  | try statements (exception handling) are not supported
            async def f(): pass                    | 1 | 0  | async functions and statements are not supported
            @dec\\ndef f(): pass                   | 1 | 0  | decorators are not supported
            def f():\\n    nonlocal x              | 2 | 4  | nonlocal declarations are not supported
            f = lambda: 0                          | 1 | 4  | lambda expressions are not supported
            def f():\\n    yield 1                 | 2 | 4  | yield expressions (generators) are not supported
            def f(*args): pass                     | 1 | 6  | '*' in parameter lists is not supported
            def f(**kw): pass                      | 1 | 6  | '**' in parameter lists is not supported
            def f(a: int): pass                    | 1 | 7  | annotations are not supported
            x: int = 1                             | 1 | 1  | variable annotations are not supported
            f(*args)                               | 1 | 2  | argument unpacking (*args, **kwargs) is not supported
            s = {1, 2}                             | 1 | 4  | sets are not supported
            d = {k: 1 for k in x}                  | 1 | 4  | dict comprehensions are not supported
            g = (x for x in y)                     | 1 | 5  | generator expressions are not supported
            total = sum(x for x in y)              | 1 | 12 | generator expressions are not supported
            x = 1j                                 | 1 | 4  | complex numbers are not supported
            x = b'abc'                             | 1 | 4  | bytes literals are not supported
            from . import x                        | 1 | 5  | relative imports are not supported
            from os import *                       | 1 | 15 | 'from ... import *' is not supported
            import os.path                         | 1 | 7  | importing a dotted module name without 'as' is not supported
            raise                                  | 1 | 0  | a bare 'raise' (re-raise) is not supported
            raise ValueError() from None           | 1 | 19 | 'raise ... from ...' is not supported
            del obj.attr                           | 1 | 4  | deleting attributes is not supported
            x = a @ b                              | 1 | 6  | the @ operator is not supported
            x = f'{y!a}'                           | 1 | 4  | the !a conversion is not supported
            if (n := 10) > 5: pass                 | 1 | 6  | assignment expressions (:=) are not supported
            x = ...                                | 1 | 4  | Ellipsis literals (...) are not supported
            a, *b = c                              | 1 | 3  | starred expressions are not supported
            def outer():\\n    n = 1\\n    def inner():\\n        return n | 4 | 15 | closures are not supported
            """)
    void validPythonOutsideTheSubsetIsNotImplemented(String source, int line, int column, String detail) {
        CompileError e = error(source.replace("\\n", "\n"));
        assertEquals("NotImplementedError", e.kind(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.detail().startsWith(detail), e.getMessage());
        assertTrue(e.detail().contains("GIL Lab model"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            x = 1\\n  y = 2                      | 2 | 0  | unexpected indent
            for x in y:\\n    pass\\n  z = 1     | 3 | 2  | unindent does not match any outer indentation level
            if x:\\n    pass\\n    x = 1 2      | 3 | 10 | invalid syntax
            f(x                                 | 1 | 1  | '(' was never closed
            x = 'abc                            | 1 | 4  | unterminated string literal (detected at line 1)
            x = f'{1 +}'                        | 1 | 10 | f-string: invalid syntax
            x = f'{'                            | 1 | 4  | f-string: expecting '}'
            x = f'}'                            | 1 | 4  | f-string: single '}' is not allowed
            x = '\\x4'                          | 1 | 4  | `(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\xXX escape`
            x = 08                              | 1 | 4  | leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers
            x = 0x                              | 1 | 4  | invalid hexadecimal literal
            continue                            | 1 | 0  | 'continue' not properly in loop
            def f():\\n    with a:\\n        break | 3 | 8 | 'break' outside loop
            None = 1                            | 1 | 0  | cannot assign to None
            for True in x: pass                 | 1 | 4  | cannot assign to True
            for 1 in x: pass                    | 1 | 4  | cannot assign to literal here. Maybe you meant '==' instead of '='?
            x = 1 +                             | 1 | 7  | invalid syntax
            """)
    void syntaxErrors(String source, int line, int column, String detail) {
        CompileError e = error(source.replace("\\n", "\n"));
        assertEquals("SyntaxError", e.kind(), e.getMessage());
        assertEquals(detail, e.detail(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
    }
}
