# csv's Python layer: DictReader's line_num past blank and trailing blank lines, short and long rows with
# a tuple of fieldnames, DictWriter's case-insensitive extrasaction check, the dialect classes' attributes.
import csv, io

dr = csv.DictReader(io.StringIO("a,b\r\n\r\n1,2\r\n\r\n", newline=""))
print(dr.line_num, next(dr), dr.line_num)
try:
    next(dr)
except StopIteration:
    print("end", dr.line_num)
dr = csv.DictReader(["1", "1,2,3,4"], fieldnames=("x", "y"), restkey="more")
print(list(dr), dr.line_num)
dr = csv.DictReader([])
print(dr.fieldnames, dr.line_num)
dr.fieldnames = ["p"]
print(list(csv.DictReader(["v"], fieldnames=["p", "q"])), dr.fieldnames)
s = io.StringIO()
w = csv.DictWriter(s, ["a", "b"], extrasaction="RAISE")
w.writeheader()
w.writerow({"a": 1, "zzz": 2})
w.writerows(iter([{"b": 3}, {}]))
print(repr(s.getvalue()), w.restval == "", w.extrasaction)
for d in (csv.Dialect, csv.excel, csv.excel_tab, csv.unix_dialect):
    print(d.__name__, d.__mro__, [getattr(d, k) for k in ("delimiter", "quotechar", "escapechar", "doublequote",
          "skipinitialspace", "lineterminator", "quoting", "_name", "_valid")])
print([d.__doc__ for d in (csv.excel, csv.excel_tab, csv.unix_dialect)])
print(csv.excel()._valid, sorted(csv.list_dialects()))
