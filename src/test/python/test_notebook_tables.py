"""The CI check on executed notebooks' tables (notebook_tables): it reads the tables the kernel renders and
flags a median speedup beyond the cores, and only that."""

import unittest

from notebook_tables import impossible_speedups, median_speedups, tables_in


def table_html(rows, caption="Countdown 2,000,000"):
    header = "".join(f"<th>{name}</th>" for name in ("engine", "gil", "label", "workers", "repeat", "seconds", "speedup", "note"))
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>\n" for row in rows)
    return (f'<table class="gillab-table"><caption>{caption}</caption>\n<thead><tr>{header}</tr></thead>\n'
            f"<tbody>\n{body}</tbody>\n</table>\n")


def notebook(*htmls):
    return {"cells": [{"cell_type": "markdown", "source": "# a title"}] + [
        {"cell_type": "code", "outputs": [{"output_type": "execute_result", "data": {"text/html": html, "text/plain": ""}}]}
        for html in htmls]}


class NotebookTablesTest(unittest.TestCase):
    def test_a_pool_faster_than_the_cores_allow_is_flagged_by_its_median(self):
        rows = [["model", "new", "1 thread", "1", r, "0.4", "1", ""] for r in (1, 2, 3)]
        rows += [["model", "new", "Pool(2)", "2", 1, "0.16", "2.53", ""],
                 ["model", "new", "Pool(2)", "2", 2, "0.15", "2.6", ""],
                 ["model", "new", "Pool(2)", "2", 3, "0.3", "1.33", ""]]
        found = impossible_speedups(notebook(table_html(rows)), cores=2)
        self.assertEqual(1, len(found), found)
        self.assertIn("label=Pool(2)", found[0])
        self.assertIn("median speedup 2.53 > 2.50", found[0])

    def test_speedups_the_cores_allow_pass_and_blank_ones_are_skipped(self):
        rows = [["model", "new", "1 thread", "1", "1", "0.4", "1", ""],
                ["cpython 3.11.7", "new", "Pool(4)", "4", "1", "0.2", "1.98", ""],
                ["model", "new", "Pool(8)", "8", "1", "0.01", "", "too small to time: 5 ms of work per core"],
                ["cpython 2.7", "", "", "", "", "", "", "not found on this machine"]]
        self.assertEqual([], impossible_speedups(notebook(table_html(rows)), cores=2))

    def test_every_table_of_every_output_is_read(self):
        first = table_html([["model", "free", "4 threads", "4", "1", "0.1", "2.6", ""]], caption="sweep")
        second = table_html([["model", "new", "2 threads", "2", "1", "0.4", "1.0", ""]])
        found = tables_in(notebook(first, second))
        self.assertEqual(["sweep", "Countdown 2,000,000"], [table.caption for _, table in found])
        self.assertEqual({("speedup", "engine=model", "gil=free", "label=4 threads", "workers=4"): 2.6},
                         median_speedups(found[0][1]))
        self.assertEqual(1, len(impossible_speedups(notebook(first, second), cores=2)))


if __name__ == "__main__":
    unittest.main()
