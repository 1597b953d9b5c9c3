package org.gillab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    private Result run(String program, String... options) throws Exception {
        String[] args = new String[options.length + 2];
        System.arraycopy(options, 0, args, 0, options.length);
        args[options.length] = write(program).toString();
        args[options.length + 1] = "arg1";
        return runCommand(args);
    }

    private Path write(String program) throws Exception {
        Path file = dir.resolve("prog.py");
        Files.writeString(file, program);
        return file;
    }

    /** {@code gil-lab run ARGS...}, its status and what it printed. */
    private static Result runCommand(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int status = RunCommand.run(args);
            return new Result(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void printsWhatTheProgramPrintsWithItsArguments() throws Exception {
        Result r = run("import sys\nprint('hi', sys.argv[1:], sys.getswitchinterval())\n", "--switch-interval", "0.001");
        assertEquals(new Result(0, "hi ['arg1'] 0.001\n", ""), r);
    }

    @Test
    void argparseParsesTheArgumentsAfterTheFile() throws Exception {
        String file = write("""
                import argparse
                parser = argparse.ArgumentParser(description='Doubles n.')
                parser.add_argument('n', type=int)
                parser.add_argument('--name', default='anon')
                args = parser.parse_args()
                print(args.n * 2, args.name)
                """).toString();
        assertEquals(new Result(0, "42 bob\n", ""), runCommand(file, "21", "--name", "bob"));
        assertEquals(new Result(0, "-6 anon\n", ""), runCommand(file, "--", "-3"));
        assertEquals(new Result(2, "", "usage: prog.py [-h] [--name NAME] n\nprog.py: error: argument n: invalid int value: 'many'\n"),
                runCommand(file, "many"));
        assertEquals(new Result(0, "usage: prog.py [-h] [--name NAME] n\n\nDoubles n.\n\npositional arguments:\n  n\n\n"
                + "options:\n  -h, --help   show this help message and exit\n  --name NAME\n", ""), runCommand(file, "-h"));
    }

    @Test
    void anUncaughtExceptionPrintsATracebackAndExitsOne() throws Exception {
        Result r = run("print('before')\nx = {}['k']\n");
        assertEquals(1, r.status());
        assertEquals("before\n", r.out());
        assertTrue(r.err().startsWith("Traceback (most recent call last):\n  File \""), r.err());
        assertTrue(r.err().endsWith("line 2, in <module>\n    x = {}['k']\n        ~~^^^^^\nKeyError: 'k'\n"), r.err());
    }

    @Test
    void systemExitGivesTheExitStatus() throws Exception {
        assertEquals(7, run("import sys\nsys.exit(7)\n").status());
        assertEquals(0, run("import sys\nsys.exit()\n").status());
        Result message = run("import sys\nsys.exit('bye')\n");
        assertEquals(new Result(1, "", "bye\n"), message);
    }

    @Test
    void aCompileErrorIsReportedLikeCPython() throws Exception {
        Result r = run("x = (1,\n");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("SyntaxError"), r.err());
    }

    @Test
    void badOptionsShowTheUsage() throws Exception {
        Result r = run("pass\n", "--gil", "sideways");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("use one of new, old, free, unsafe") && r.err().contains("usage:"), r.err());
    }

    @Test
    void statsGoToStandardError() throws Exception {
        Result r = run("print(1)\n", "--stats", "--gil", "old", "--profile", "3.9");
        assertEquals("1\n", r.out());
        assertTrue(r.err().contains("GIL old") && r.err().contains("heap:"), r.err());
        assertTrue(r.err().matches("(?s)start-up, before the program's own timings: Java \\d+\\.\\d\\d s, model warm-up \\d+\\.\\d\\d s: "
                + "\\d+ rounds, JIT compiler threads \\d+\\.\\d\\d s of CPU, then idle\n.*"), r.err());
    }

    @Test
    void noWarmUpStartsTheProgramAtOnceAndSaysSo() throws Exception {
        Result r = run("print(2)\n", "--no-warm-up", "--stats");
        assertEquals("2\n", r.out());
        assertTrue(r.err().startsWith("start-up, before the program's own timings: Java ")
                && r.err().contains("no model warm-up (--no-warm-up") && !r.err().contains("rounds"), r.err());
    }

    @Test
    void aProgramsPoolsTakeWarmWorkersAndGiveThemBackFresh() throws Exception {
        // a worker the reservoir kept would still hold the last pool's globals if it were not reset
        Result r = run("""
                import os
                from multiprocessing import Pool

                seen = []

                def visit(x):
                    seen.append(x)            # a worker's globals: fresh in each pool, as in a new process
                    return os.getpid(), len(seen)

                if __name__ == "__main__":
                    for _ in range(3):
                        with Pool(2) as pool:
                            done = {}
                            fresh = True
                            for pid, count in pool.map(visit, range(4), chunksize=1):
                                done[pid] = done.get(pid, 0) + 1
                                fresh = fresh and count == done[pid]
                        print("fresh" if fresh else "stale")
                """, "--stats");
        assertEquals("fresh\nfresh\nfresh\n", r.out(), r.err());
        assertTrue(r.err().matches("(?s).*\n\\d+ warm worker JVMs for the program's pools and processes, warmed up beside it, "
                + "each with the program loaded\n.*"), r.err());
    }

    @Test
    void aChildHasTheParentsArgvAndDirectoryAsTheyAreWhenItStarts() throws Exception {
        // the warm workers load the program as it starts; a child started after the program changed its
        // sys.argv or working directory must see the new ones, as a forked child does
        Result r = run("""
                import os
                import sys
                from multiprocessing import Process, Queue

                def where(q):
                    q.put((sys.argv[1:], os.getcwd()))

                def child_sees():
                    q = Queue()
                    p = Process(target=where, args=(q,))
                    p.start()
                    argv, cwd = q.get()
                    p.join()
                    return argv, cwd == os.getcwd()

                if __name__ == "__main__":
                    print(child_sees())
                    sys.argv.append("later")
                    print(child_sees())
                    os.chdir(os.path.dirname(os.path.abspath(sys.argv[0])))
                    print(child_sees())
                """);
        assertEquals("(['arg1'], True)\n(['arg1', 'later'], True)\n(['arg1', 'later'], True)\n", r.out(), r.err());
    }
}
