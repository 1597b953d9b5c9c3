"""The tables in an executed notebook's outputs, read back from their HTML, and the one invariant physics
fixes for every speedup in them: on C cores nothing runs more than C times faster than one thread.

Used by the notebook tests (CI) and by bench/notebook_speedups.py. Any Python 3 runs it: only the
standard library is imported here."""

import os
import statistics
from html.parser import HTMLParser

# The CI check's margin over the cores: wide enough for a noisy shared machine, narrow enough to catch a
# Pool(2) at 2.5x on two cores (issue 12). Closer ranges belong in bench/sweep, not in CI.
NOISE_MARGIN = 1.25

# Columns that say which run a row belongs to; a median speedup is taken over the rows that agree on them
# (the repeats of one run).
KEY_COLUMNS = ("engine", "gil", "mode", "label", "series", "workers", "count")


class Table:
    def __init__(self, caption):
        self.caption = caption
        self.columns = []
        self.rows = []

    def column(self, name):
        index = self.columns.index(name)
        return [row[index] for row in self.rows]

    def records(self):
        return [dict(zip(self.columns, row)) for row in self.rows]

    def __repr__(self):
        return f"Table({self.caption!r}, {len(self.rows)} rows, columns {self.columns})"


class _TableParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tables = []
        self._cell = None
        self._row = None
        self._in_caption = False

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append(Table(""))
        elif not self.tables:
            return
        elif tag == "caption":
            self._in_caption = True
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if not self.tables:
            return
        table = self.tables[-1]
        if tag == "caption":
            self._in_caption = False
        elif tag in ("td", "th") and self._cell is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if not table.columns:
                table.columns = self._row
            elif len(self._row) == len(table.columns) and any(cell != "…" for cell in self._row):
                table.rows.append(self._row)
            self._row = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)
        elif self._in_caption and self.tables:
            self.tables[-1].caption += data


def tables_in(notebook):
    """Every HTML table in the code cells' outputs, in order, as (cell index, Table)."""
    found = []
    for index, cell in enumerate(notebook["cells"]):
        if cell["cell_type"] != "code":
            continue
        for output in cell.get("outputs", []):
            html = output.get("data", {}).get("text/html")
            if html:
                parser = _TableParser()
                parser.feed(html if isinstance(html, str) else "".join(html))
                found.extend((index, table) for table in parser.tables)
    return found


def number(text):
    """A table cell as a float ("1,234.5" reads as 1234.5); None when blank or not a number."""
    try:
        return float(text.replace(",", ""))
    except (AttributeError, ValueError):
        return None


def median_speedups(table):
    """{run: median speedup} for every column whose name says speedup, runs told apart by KEY_COLUMNS."""
    medians = {}
    for column in table.columns:
        if "speedup" not in column.lower():
            continue
        groups = {}
        for record in table.records():
            value = number(record[column])
            if value is not None:
                key = tuple(f"{name}={record[name]}" for name in KEY_COLUMNS if name in record)
                groups.setdefault(key, []).append(value)
        for key, values in groups.items():
            medians[(column,) + key] = statistics.median(values)
    return medians


def impossible_speedups(notebook, cores=None):
    """Descriptions of the median speedups above cores x NOISE_MARGIN in the notebook's tables."""
    cores = cores or os.cpu_count()
    limit = cores * NOISE_MARGIN
    found = []
    for index, table in tables_in(notebook):
        for key, median in median_speedups(table).items():
            if median > limit:
                found.append(f"cell {index}, table {table.caption!r}, {', '.join(key)}: median speedup "
                             f"{median:.2f} > {limit:.2f} ({cores} cores x {NOISE_MARGIN})")
    return found
