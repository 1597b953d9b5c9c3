"""Jupyter's own conformance tests (jupyter_kernel_test.KernelTests) run against the GIL Lab kernel.

Every attribute that applies to a Java kernel is set; KernelTests skips the tests whose attribute is
empty. Left empty on purpose: code_page_something (the kernel has no pager payloads) and
code_clear_output (the display API has no clear-output call).
"""
import unittest

import jupyter_kernel_test

from kernel_support import KERNEL_NAME


class GilLabKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = KERNEL_NAME

    language_name = "java"
    file_extension = ".java"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("something went wrong");'

    completion_samples = [
        {"text": "Math.floorMo", "matches": {"floorMod("}},
        {"text": "System.out.printl", "matches": {"println("}},
        {"text": "java.util.concurrent.CountDownLa", "matches": {"CountDownLatch"}},
    ]

    complete_code_samples = [
        "1 + 1",
        "int answer = 42;",
        'System.out.println("done");',
        "void greet() { System.out.println(\"hi\"); }",
        "class Point { int x, y; }",
        "import java.util.List;",
        "for (int i = 0; i < 3; i++) {\n    System.out.println(i);\n}",
    ]
    incomplete_code_samples = [
        "if (true) {",
        "void greet() {",
        "class Point {",
        'String s = "abc" +',
        "for (int i = 0; i < 3; i++)",
    ]
    invalid_code_samples = [
        "}",
        "int x = ;",
        "int x = 1;)",
    ]

    code_generate_error = 'throw new IllegalStateException("this cell fails on purpose");'

    # code_history_pattern is a glob that must match exactly one of these codes.
    code_execute_result = [
        {"code": "6*7", "result": "42"},
        {"code": "java.util.List.of(1, 2, 3)", "result": "[1, 2, 3]"},
        {"code": "Math.max(3, 9) > 5", "result": "true"},
        {"code": "int[] a = {1, 2}; a.length", "result": "2"},
    ]
    code_history_pattern = "6?7"
    supported_history_operations = ("tail", "range", "search")

    code_display_data = [
        {"code": 'display("<b>bold</b>", "text/html");', "mime": "text/html"},
        {"code": 'html("<i>italic</i>");', "mime": "text/html"},
        {"code": 'markdown("# A title");', "mime": "text/markdown"},
        {"code": 'svg("<svg xmlns=\\"http://www.w3.org/2000/svg\\" width=\\"4\\" height=\\"4\\"/>");',
         "mime": "image/svg+xml"},
        {"code": 'json(java.util.Map.of("threads", 4));', "mime": "application/json"},
        {"code": 'display(MimeBundle.text("a custom type")'
                 '.with("application/vnd.gillab.test+json", java.util.Map.of("gil", true)));',
         "mime": "application/vnd.gillab.test+json"},
    ]

    code_inspect_sample = "String.valueOf"


if __name__ == "__main__":
    unittest.main()
