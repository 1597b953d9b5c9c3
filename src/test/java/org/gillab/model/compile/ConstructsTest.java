package org.gillab.model.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each construct compiles to the bytecode CPython 3.11 compiles it to: compared with python3.11's dis,
 * both listings normalised as {@link CPythonDis} describes (offsets, CACHE entries, jump numbering,
 * constant indexes). Where the model deliberately differs, the test names the difference and lists the
 * model's bytecode.
 */
class ConstructsTest {

    private static final List<String> SAME_AS_CPYTHON = List.of(
                """
                    def f(xs):
                        for x in xs:
                            if x:
                                continue
                            if not x:
                                break
                        else:
                            return 0
                        return x
                    """,
                """
                    a[i] += 1
                    o.n -= f(x)
                    n *= 2
                    """,
                """
                    x = 0 < y < 10
                    """,
                """
                    b = x is None or y is not None and z in d
                    c = a if not b else -c
                    """,
                """
                    r = obj.method(1, key=3)
                    print("a", "b", sep="")
                    """,
                """
                    a, b = b, a
                    x, y, z = z, y, x
                    p, q = pair
                    for i, (x, y) in enumerate(pairs):
                        pass
                    """,
                """
                    k = [1, 2]
                    t = (1, 2.0, "s", None, True, (3,))
                    u = (1, x)
                    m = {"a": 1, x: y}
                    """,
                """
                    import time, sys as system
                    from threading import Thread, Lock as L
                    def f():
                        import time
                        from math import sqrt
                    """,
                """
                    s = f"{label}: {n!r:>8} took {t:.{digits}f}s"
                    s = f"{n}"
                    s = f"{n=}"
                    """,
                """
                    assert n > 0, "n must be positive"
                    assert n
                    raise ValueError("bad")
                    """,
                """
                    def f(d):
                        del d["k"], d
                        global g
                        del g
                    """,
                """
                    t = s[1:], s[::-1], s[:n], s[a:b:c]
                    s[1:2] = []
                    """,
                """
                    def f(a, b=1, c=None):
                        global total
                        total = a + b
                        local = total
                        return len(local)
                    """,
                """
                    class A(B, metaclass=M):
                        \"""doc\"""
                        x = 1
                        def m(self, y):
                            return super().m(y) + self.x
                    """,
                """
                    def outer():
                        n = 0
                        def inner():
                            nonlocal n
                            n += 1
                            return n
                        return inner
                    """,
                """
                    def gen(n):
                        x = yield n
                        yield from range(x)
                        return x
                    """,
                """
                    def f(a, *args, b=2, **kw):
                        return g(a, *args, b=b, **kw)
                    """,
                """
                    @decorator(1)
                    @other
                    def f():
                        pass
                    """,
                """
                    a, *b, c = seq
                    [x, y] = pair
                    d[k], e.f = 1, 2
                    """,
                """
                    def f(x):
                        if (n := len(x)) > 3:
                            return n
                        raise ValueError(f"too short: {n}")
                    """,
                """
                    def f():
                        global g
                        g = 1
                        del g
                        return [y for y in range(g)]
                    """,
                """
                    x = not a
                    y = -b
                    z = ~c
                    w = a if b else c
                    v = a in b and c not in d
                    u = a is not None
                    """,
                """
                    from . import sibling
                    from .pkg.mod import name as alias
                    from os.path import *
                    """,
                """
                    assert isinstance(x, int), f"got {x!r}"
                    """,
                """
                    def f(a, b, /, c, *, d):
                        return a, b, c, d
                    """,
                """
                    s = "%s %d" % (a, b)
                    t = a @ b
                    u = a // b ** -c
                    """,
                // the test again at the bottom jumps back (the loop's check point); the top's jump gets a copy of the exit
                """
                    while x < 10 or y:
                        x += 1
                    """,
                """
                    def countdown(n):
                        while n > 0:
                            n -= 1
                    """,
                // while True: a NOP for its line; break returns from a copy of the exit, which nothing else reaches
                """
                    def drain(q):
                        while True:
                            item = q.get()
                            if item is None:
                                break
                            print(item)
                    """,
                // each branch's jump to the implicit return becomes a copy of it
                """
                    if x > 1:
                        y = 1
                    elif x:
                        y = 2
                    else:
                        y = 3
                    """,
                // a failed condition jumps straight back to the FOR_ITER (jump threading, within one line)
                """
                    def f(n):
                        return [x for x in range(n) if x % 2]
                    """);

    @Test
    void compileAsCPython311Does() throws Exception {
        CPythonDis.assertSameBytecode(SAME_AS_CPYTHON);
    }

    private static void assertModule(String source, String expectedDis) {
        assertEquals(expectedDis, Disassembler.dis(Compiler.compile(source, "t.py")));
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
        assertEquals(LINES, Arrays.stream(laidOut.lines()).boxed().toList());
    }

    /**
     * RESUME on line 0; the call's instructions on line 2 but b on 3; the if on 4; y = \\ 1 stores on 6 what
     * line 7 loads; the implicit return after it is on 6, the copy of it that the if's jump reaches on 4.
     */
    private static final List<Integer> LINES = List.of(0, 2, 2, 2, 3, 2, 2, 2, 4, 4, 7, 6, 6, 6, 4, 4);
}
