name = "world"
n = 42
pi = 3.14159
print(f"hello {name}!", f"{n:>6}", f"{n:#x}", f"{pi:.2f}", f"{pi!r}", f"{name!r:>10}", f"{name!s}", f"{name!a}")
print(f"{n + 1}", f"{'nested'}", f"{[1, 2][0]}", f"{ {'a': 1}['a'] }", f"{n:{'>'}{8}}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|", f"{{literal}}", f"{n=}", f"{n = }", f"{pi=:.1f}", f"{name=!r}")
print(f"{'a' if n > 40 else 'b'}", f"{(lambda: 5)()}", f"{n:,}", f"{1234567.891:,.2f}", f"{0.25:%}")
print(f"multi {n} {name} {pi}", f"""triple {n}""", F"upper {n}", rf"raw\n{n}", fr"\t{name}")
print(f"{n!r:^9}|", f"{3.0:g}", f"{-5:+d}", f"{5:08.3f}", f"{'x':*^7}")
items = ["a", "b"]
print(f"{', '.join(items)}", f"{len(items)} items", f"{items[-1]}")
obj = {"key": [10, 20]}
print(f"{obj['key'][1]}", f"{obj}")
print(f"{n}" f"{name}" "plain" f"{pi:.0f}")
