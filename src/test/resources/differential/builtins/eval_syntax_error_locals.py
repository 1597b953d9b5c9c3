"""eval() in a function whose source does not compile: the SyntaxError, and no dict of the caller's locals leaks."""
def f(source):
    try:
        return eval(source)
    except SyntaxError as e:
        print(e)


f('"\\x"')
f('1 +')
