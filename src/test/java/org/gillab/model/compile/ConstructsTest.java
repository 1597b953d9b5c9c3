package org.gillab.model.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Each construct of the subset compiles to the instructions CPython 3.11 would use (modulo the model's
 * simplifications: absolute jump targets, CALL without PRECALL/PUSH_NULL, globals at module level),
 * compared as dis text.
 */
class ConstructsTest {

    private static void assertModule(String source, String expectedDis) {
        assertEquals(expectedDis, Disassembler.dis(Compiler.compile(source, "t.py")));
    }

    /** Compares the disassembly of the last function defined in source. */
    private static void assertFunction(String source, String expectedDis) {
        CodeObject function = null;
        for (Object constant : Compiler.compile(source, "t.py").constants()) {
            if (constant instanceof CodeObject code) {
                function = code;
            }
        }
        assertEquals(expectedDis, Disassembler.dis(function));
    }

    @Test
    void ifElifElse() {
        assertModule("""
                if x > 1:
                    y = 1
                elif x:
                    y = 2
                else:
                    y = 3
                """, """
                  1           0 RESUME                   0
                              1 LOAD_GLOBAL              0 (x)
                              2 LOAD_CONST               0 (1)
                              3 COMPARE_OP               4 (>)
                              4 POP_JUMP_IF_FALSE        8 (to 8)

                  2           5 LOAD_CONST               0 (1)
                              6 STORE_GLOBAL             1 (y)
                              7 JUMP_FORWARD            15 (to 15)

                  3     >>    8 LOAD_GLOBAL              0 (x)
                              9 POP_JUMP_IF_FALSE       13 (to 13)

                  4          10 LOAD_CONST               1 (2)
                             11 STORE_GLOBAL             1 (y)
                             12 JUMP_FORWARD            15 (to 15)

                  6     >>   13 LOAD_CONST               2 (3)
                             14 STORE_GLOBAL             1 (y)

                  1     >>   15 LOAD_CONST               3 (None)
                             16 RETURN_VALUE
                """);
    }

    @Test
    void forLoopBreakPopsTheIteratorAndElseRunsOnExhaustion() {
        assertFunction("""
                def f(xs):
                    for x in xs:
                        if x:
                            continue
                        if not x:
                            break
                    else:
                        return 0
                    return x
                """, """
                  1           0 RESUME                   0

                  2           1 LOAD_FAST                0 (xs)
                              2 GET_ITER
                        >>    3 FOR_ITER                13 (to 13)
                              4 STORE_FAST               1 (x)

                  3           5 LOAD_FAST                1 (x)
                              6 POP_JUMP_IF_FALSE        8 (to 8)

                  4           7 JUMP_BACKWARD            3 (to 3)

                  5     >>    8 LOAD_FAST                1 (x)
                              9 POP_JUMP_IF_TRUE        12 (to 12)

                  6          10 POP_TOP
                             11 JUMP_FORWARD            15 (to 15)

                  5     >>   12 JUMP_BACKWARD            3 (to 3)

                  8     >>   13 LOAD_CONST               0 (0)
                             14 RETURN_VALUE

                  9     >>   15 LOAD_FAST                1 (x)
                             16 RETURN_VALUE
                """);
    }

    @Test
    void withCallsExitWithThreeNonesOnEveryWayOut() {
        assertFunction("""
                def f(n):
                    while n:
                        with lock as held:
                            if n:
                                continue
                            if held:
                                break
                            return n
                    with lock:
                        pass
                """, """
                  1           0 RESUME                   0

                  2     >>    1 LOAD_FAST                0 (n)
                              2 POP_JUMP_IF_FALSE       30 (to 30)

                  3           3 LOAD_GLOBAL              0 (lock)
                              4 BEFORE_WITH
                              5 STORE_FAST               1 (held)

                  4           6 LOAD_FAST                0 (n)
                              7 POP_JUMP_IF_FALSE       14 (to 14)

                  5           8 LOAD_CONST               0 (None)
                              9 LOAD_CONST               0 (None)
                             10 LOAD_CONST               0 (None)
                             11 CALL                     3
                             12 POP_TOP
                             13 JUMP_BACKWARD            1 (to 1)

                  6     >>   14 LOAD_FAST                1 (held)
                             15 POP_JUMP_IF_FALSE       22 (to 22)

                  7          16 LOAD_CONST               0 (None)
                             17 LOAD_CONST               0 (None)
                             18 LOAD_CONST               0 (None)
                             19 CALL                     3
                             20 POP_TOP
                             21 JUMP_FORWARD            30 (to 30)

                  8     >>   22 LOAD_FAST                0 (n)
                             23 SWAP                     2
                             24 LOAD_CONST               0 (None)
                             25 LOAD_CONST               0 (None)
                             26 LOAD_CONST               0 (None)
                             27 CALL                     3
                             28 POP_TOP
                             29 RETURN_VALUE

                  9     >>   30 LOAD_GLOBAL              0 (lock)
                             31 BEFORE_WITH
                             32 POP_TOP
                             33 LOAD_CONST               0 (None)
                             34 LOAD_CONST               0 (None)
                             35 LOAD_CONST               0 (None)
                             36 CALL                     3
                             37 POP_TOP
                             38 LOAD_CONST               0 (None)
                             39 RETURN_VALUE
                """);
    }

    @Test
    void augmentedAssignmentEvaluatesContainerOnce() {
        assertModule("""
                a[i] += 1
                o.n -= f(x)
                n *= 2
                """, """
                  1           0 RESUME                   0
                              1 LOAD_GLOBAL              0 (a)
                              2 LOAD_GLOBAL              1 (i)
                              3 COPY                     2
                              4 COPY                     2
                              5 BINARY_SUBSCR
                              6 LOAD_CONST               0 (1)
                              7 BINARY_OP               12 (+=)
                              8 SWAP                     3
                              9 SWAP                     2
                             10 STORE_SUBSCR

                  2          11 LOAD_GLOBAL              2 (o)
                             12 COPY                     1
                             13 LOAD_ATTR                3 (n)
                             14 LOAD_GLOBAL              4 (f)
                             15 LOAD_GLOBAL              5 (x)
                             16 CALL                     1
                             17 BINARY_OP               13 (-=)
                             18 SWAP                     2
                             19 STORE_ATTR               3 (n)

                  3          20 LOAD_GLOBAL              3 (n)
                             21 LOAD_CONST               1 (2)
                             22 BINARY_OP               14 (*=)
                             23 STORE_GLOBAL             3 (n)
                             24 LOAD_CONST               2 (None)
                             25 RETURN_VALUE
                """);
    }

    @Test
    void chainedComparisonEvaluatesMiddleOperandOnce() {
        assertModule("""
                x = 0 < y < 10
                """, """
                  1           0 RESUME                   0
                              1 LOAD_CONST               0 (0)
                              2 LOAD_GLOBAL              0 (y)
                              3 SWAP                     2
                              4 COPY                     2
                              5 COMPARE_OP               0 (<)
                              6 JUMP_IF_FALSE_OR_POP    10 (to 10)
                              7 LOAD_CONST               1 (10)
                              8 COMPARE_OP               0 (<)
                              9 JUMP_FORWARD            12 (to 12)
                        >>   10 SWAP                     2
                             11 POP_TOP
                        >>   12 STORE_GLOBAL             1 (x)
                             13 LOAD_CONST               2 (None)
                             14 RETURN_VALUE
                """);
    }

    @Test
    void booleanOperatorsLeaveTheDecidingValue() {
        assertModule("""
                b = x is None or y is not None and z in d
                c = a if not b else -c
                """, """
                  1           0 RESUME                   0
                              1 LOAD_GLOBAL              0 (x)
                              2 LOAD_CONST               0 (None)
                              3 IS_OP                    0 (is)
                              4 JUMP_IF_TRUE_OR_POP     12 (to 12)
                              5 LOAD_GLOBAL              1 (y)
                              6 LOAD_CONST               0 (None)
                              7 IS_OP                    1 (is not)
                              8 JUMP_IF_FALSE_OR_POP    12 (to 12)
                              9 LOAD_GLOBAL              2 (z)
                             10 LOAD_GLOBAL              3 (d)
                             11 CONTAINS_OP              0 (in)
                        >>   12 STORE_GLOBAL             4 (b)

                  2          13 LOAD_GLOBAL              4 (b)
                             14 POP_JUMP_IF_TRUE        17 (to 17)
                             15 LOAD_GLOBAL              5 (a)
                             16 JUMP_FORWARD            19 (to 19)
                        >>   17 LOAD_GLOBAL              6 (c)
                             18 UNARY_NEGATIVE
                        >>   19 STORE_GLOBAL             6 (c)
                             20 LOAD_CONST               0 (None)
                             21 RETURN_VALUE
                """);
    }

    @Test
    void conditionsJumpWithoutMaterialisingBooleans() {
        assertModule("""
                if not a and (b or c):
                    pass
                while x < 10 or y:
                    x += 1
                """, """
                  1           0 RESUME                   0
                              1 LOAD_GLOBAL              0 (a)
                              2 POP_JUMP_IF_TRUE         7 (to 7)
                              3 LOAD_GLOBAL              1 (b)
                              4 POP_JUMP_IF_TRUE         7 (to 7)
                              5 LOAD_GLOBAL              2 (c)
                              6 POP_JUMP_IF_FALSE        7 (to 7)

                  3     >>    7 LOAD_GLOBAL              3 (x)
                              8 LOAD_CONST               0 (10)
                              9 COMPARE_OP               0 (<)
                             10 POP_JUMP_IF_TRUE        13 (to 13)
                             11 LOAD_GLOBAL              4 (y)
                             12 POP_JUMP_IF_FALSE       18 (to 18)

                  4     >>   13 LOAD_GLOBAL              3 (x)
                             14 LOAD_CONST               1 (1)
                             15 BINARY_OP               12 (+=)
                             16 STORE_GLOBAL             3 (x)

                  3          17 JUMP_BACKWARD            7 (to 7)
                        >>   18 LOAD_CONST               2 (None)
                             19 RETURN_VALUE
                """);
    }

    @Test
    void callsWithKeywordsAndMethods() {
        assertModule("""
                r = obj.method(1, key=3)
                print("a", "b", sep="")
                """, """
                  1           0 RESUME                   0
                              1 LOAD_GLOBAL              0 (obj)
                              2 LOAD_ATTR                1 (method)
                              3 LOAD_CONST               0 (1)
                              4 LOAD_CONST               1 (3)
                              5 KW_NAMES                 2 (('key',))
                              6 CALL                     2
                              7 STORE_GLOBAL             2 (r)

                  2           8 LOAD_GLOBAL              3 (print)
                              9 LOAD_CONST               3 ('a')
                             10 LOAD_CONST               4 ('b')
                             11 LOAD_CONST               5 ('')
                             12 KW_NAMES                 6 (('sep',))
                             13 CALL                     3
                             14 POP_TOP
                             15 LOAD_CONST               7 (None)
                             16 RETURN_VALUE
                """);
    }

    @Test
    void swapAndUnpacking() {
        assertModule("""
                a, b = b, a
                x, y, z = z, y, x
                p, q = pair
                for i, (x, y) in enumerate(pairs):
                    pass
                """, """
                  1           0 RESUME                   0
                              1 LOAD_GLOBAL              0 (b)
                              2 LOAD_GLOBAL              1 (a)
                              3 SWAP                     2
                              4 STORE_GLOBAL             1 (a)
                              5 STORE_GLOBAL             0 (b)

                  2           6 LOAD_GLOBAL              2 (z)
                              7 LOAD_GLOBAL              3 (y)
                              8 LOAD_GLOBAL              4 (x)
                              9 SWAP                     3
                             10 STORE_GLOBAL             4 (x)
                             11 STORE_GLOBAL             3 (y)
                             12 STORE_GLOBAL             2 (z)

                  3          13 LOAD_GLOBAL              5 (pair)
                             14 UNPACK_SEQUENCE          2
                             15 STORE_GLOBAL             6 (p)
                             16 STORE_GLOBAL             7 (q)

                  4          17 LOAD_GLOBAL              8 (enumerate)
                             18 LOAD_GLOBAL              9 (pairs)
                             19 CALL                     1
                             20 GET_ITER
                        >>   21 FOR_ITER                28 (to 28)
                             22 UNPACK_SEQUENCE          2
                             23 STORE_GLOBAL            10 (i)
                             24 UNPACK_SEQUENCE          2
                             25 STORE_GLOBAL             4 (x)
                             26 STORE_GLOBAL             3 (y)

                  5          27 JUMP_BACKWARD           21 (to 21)

                  4     >>   28 LOAD_CONST               0 (None)
                             29 RETURN_VALUE
                """);
    }

    @Test
    void displaysAndConstantTuples() {
        assertModule("""
                k = [1, 2]
                t = (1, 2.0, "s", None, True, (3,))
                u = (1, x)
                m = {"a": 1, x: y}
                """, """
                  1           0 RESUME                   0
                              1 LOAD_CONST               0 (1)
                              2 LOAD_CONST               1 (2)
                              3 BUILD_LIST               2
                              4 STORE_GLOBAL             0 (k)

                  2           5 LOAD_CONST               2 ((1, 2.0, 's', None, True, (3,)))
                              6 STORE_GLOBAL             1 (t)

                  3           7 LOAD_CONST               0 (1)
                              8 LOAD_GLOBAL              2 (x)
                              9 BUILD_TUPLE              2
                             10 STORE_GLOBAL             3 (u)

                  4          11 LOAD_CONST               3 ('a')
                             12 LOAD_CONST               0 (1)
                             13 LOAD_GLOBAL              2 (x)
                             14 LOAD_GLOBAL              4 (y)
                             15 BUILD_MAP                2
                             16 STORE_GLOBAL             5 (m)
                             17 LOAD_CONST               4 (None)
                             18 RETURN_VALUE
                """);
    }

    @Test
    void importsBindNamesInTheirScope() {
        assertFunction("""
                import time, sys as system
                from threading import Thread, Lock as L
                def f():
                    import time
                    from math import sqrt
                """, """
                  3           0 RESUME                   0

                  4           1 IMPORT_NAME              0 (time)
                              2 STORE_FAST               0 (time)

                  5           3 IMPORT_NAME              1 (math)
                              4 IMPORT_FROM              2 (sqrt)
                              5 STORE_FAST               1 (sqrt)
                              6 POP_TOP
                              7 LOAD_CONST               0 (None)
                              8 RETURN_VALUE
                """);
    }

    @Test
    void fStringsFormatValueAndBuildString() {
        assertModule("""
                s = f"{label}: {n!r:>8} took {t:.{digits}f}s"
                s = f"{n}"
                s = f"{n=}"
                """, """
                  1           0 RESUME                   0
                              1 LOAD_GLOBAL              0 (label)
                              2 FORMAT_VALUE             0
                              3 LOAD_CONST               0 (': ')
                              4 LOAD_GLOBAL              1 (n)
                              5 LOAD_CONST               1 ('>8')
                              6 FORMAT_VALUE             6 (repr, with format)
                              7 LOAD_CONST               2 (' took ')
                              8 LOAD_GLOBAL              2 (t)
                              9 LOAD_CONST               3 ('.')
                             10 LOAD_GLOBAL              3 (digits)
                             11 FORMAT_VALUE             0
                             12 LOAD_CONST               4 ('f')
                             13 BUILD_STRING             3
                             14 FORMAT_VALUE             4 (with format)
                             15 LOAD_CONST               5 ('s')
                             16 BUILD_STRING             6
                             17 STORE_GLOBAL             4 (s)

                  2          18 LOAD_GLOBAL              1 (n)
                             19 FORMAT_VALUE             0
                             20 STORE_GLOBAL             4 (s)

                  3          21 LOAD_CONST               6 ('n=')
                             22 LOAD_GLOBAL              1 (n)
                             23 FORMAT_VALUE             2 (repr)
                             24 BUILD_STRING             2
                             25 STORE_GLOBAL             4 (s)
                             26 LOAD_CONST               7 (None)
                             27 RETURN_VALUE
                """);
    }

    @Test
    void raiseAndAssert() {
        assertModule("""
                assert n > 0, "n must be positive"
                assert n
                raise ValueError("bad")
                """, """
                  1           0 RESUME                   0
                              1 LOAD_GLOBAL              0 (n)
                              2 LOAD_CONST               0 (0)
                              3 COMPARE_OP               4 (>)
                              4 POP_JUMP_IF_TRUE         9 (to 9)
                              5 LOAD_GLOBAL              1 (AssertionError)
                              6 LOAD_CONST               1 ('n must be positive')
                              7 CALL                     1
                              8 RAISE_VARARGS            1

                  2     >>    9 LOAD_GLOBAL              0 (n)
                             10 POP_JUMP_IF_TRUE        14 (to 14)
                             11 LOAD_GLOBAL              1 (AssertionError)
                             12 CALL                     0
                             13 RAISE_VARARGS            1

                  3     >>   14 LOAD_GLOBAL              2 (ValueError)
                             15 LOAD_CONST               2 ('bad')
                             16 CALL                     1
                             17 RAISE_VARARGS            1
                             18 LOAD_CONST               3 (None)
                             19 RETURN_VALUE
                """);
    }

    @Test
    void deleteNamesAndSubscripts() {
        assertFunction("""
                def f(d):
                    del d["k"], d
                    global g
                    del g
                """, """
                  1           0 RESUME                   0

                  2           1 LOAD_FAST                0 (d)
                              2 LOAD_CONST               0 ('k')
                              3 DELETE_SUBSCR
                              4 DELETE_FAST              0 (d)

                  4           5 DELETE_GLOBAL            0 (g)
                              6 LOAD_CONST               1 (None)
                              7 RETURN_VALUE
                """);
    }

    @Test
    void listComprehensionInlinedWithConditionsAsCheckPoints() {
        assertFunction("""
                def f(n):
                    return [x * y for x in range(n) if x % 2 for y in (1, 2)]
                """, """
                  1           0 RESUME                   0

                  2           1 BUILD_LIST               0
                              2 LOAD_GLOBAL              0 (range)
                              3 LOAD_FAST                0 (n)
                              4 CALL                     1
                              5 GET_ITER
                        >>    6 FOR_ITER                22 (to 22)
                              7 STORE_FAST               1 (x)
                              8 LOAD_FAST                1 (x)
                              9 LOAD_CONST               0 (2)
                             10 BINARY_OP                5 (%)
                             11 POP_JUMP_IF_FALSE       21 (to 21)
                             12 LOAD_CONST               1 ((1, 2))
                             13 GET_ITER
                        >>   14 FOR_ITER                21 (to 21)
                             15 STORE_FAST               2 (y)
                             16 LOAD_FAST                1 (x)
                             17 LOAD_FAST                2 (y)
                             18 BINARY_OP                2 (*)
                             19 LIST_APPEND              3
                             20 JUMP_BACKWARD           14 (to 14)
                        >>   21 JUMP_BACKWARD            6 (to 6)
                        >>   22 RETURN_VALUE
                """);
    }

    @Test
    void slices() {
        assertModule("""
                t = s[1:], s[::-1], s[:n], s[a:b:c]
                s[1:2] = []
                """, """
                  1           0 RESUME                   0
                              1 LOAD_GLOBAL              0 (s)
                              2 LOAD_CONST               0 (1)
                              3 LOAD_CONST               1 (None)
                              4 BUILD_SLICE              2
                              5 BINARY_SUBSCR
                              6 LOAD_GLOBAL              0 (s)
                              7 LOAD_CONST               1 (None)
                              8 LOAD_CONST               1 (None)
                              9 LOAD_CONST               2 (-1)
                             10 BUILD_SLICE              3
                             11 BINARY_SUBSCR
                             12 LOAD_GLOBAL              0 (s)
                             13 LOAD_CONST               1 (None)
                             14 LOAD_GLOBAL              1 (n)
                             15 BUILD_SLICE              2
                             16 BINARY_SUBSCR
                             17 LOAD_GLOBAL              0 (s)
                             18 LOAD_GLOBAL              2 (a)
                             19 LOAD_GLOBAL              3 (b)
                             20 LOAD_GLOBAL              4 (c)
                             21 BUILD_SLICE              3
                             22 BINARY_SUBSCR
                             23 BUILD_TUPLE              4
                             24 STORE_GLOBAL             5 (t)

                  2          25 BUILD_LIST               0
                             26 LOAD_GLOBAL              0 (s)
                             27 LOAD_CONST               0 (1)
                             28 LOAD_CONST               3 (2)
                             29 BUILD_SLICE              2
                             30 STORE_SUBSCR
                             31 LOAD_CONST               1 (None)
                             32 RETURN_VALUE
                """);
    }

    @Test
    void scopingLocalsGlobalsAndDefaults() {
        assertFunction("""
                def f(a, b=1, c=None):
                    global total
                    total = a + b
                    local = total
                    return len(local)
                """, """
                  1           0 RESUME                   0

                  3           1 LOAD_FAST                0 (a)
                              2 LOAD_FAST                1 (b)
                              3 BINARY_OP                0 (+)
                              4 STORE_GLOBAL             0 (total)

                  4           5 LOAD_GLOBAL              0 (total)
                              6 STORE_FAST               3 (local)

                  5           7 LOAD_GLOBAL              1 (len)
                              8 LOAD_FAST                3 (local)
                              9 CALL                     1
                             10 RETURN_VALUE
                """);
    }

    /** Comments, blank lines, CRLF, a byte-order mark and joined lines change positions, not instructions. */
    @Test
    void sourceLayoutIsTransparent() {
        CodeObject plain = Compiler.compile("x = f(a, b)\nif x:\n    y = 1\n", "t.py");
        CodeObject laidOut = Compiler.compile(
                "\uFEFF# comment\r\nx = f(a,  # inside brackets\r\n      b)\r\nif x:\r\n\r\n    y = \\\r\n        1\r\n",
                "t.py");
        assertArrayEquals(plain.instructions(), laidOut.instructions());
        assertEquals(plain.constants(), laidOut.constants());
        assertEquals(plain.names(), laidOut.names());
        assertEquals(List.of(1, 2, 2, 3, 2, 2, 4, 4, 7, 6, 4, 4), Arrays.stream(laidOut.lines()).boxed().toList());
    }
}
