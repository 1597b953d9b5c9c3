# exec() runs the code object of a closure in the cells it is given (its keyword-only closure argument),
# and refuses a code object with free variables without them.
def make_greeter():
    greeting = "hello"

    def greet():
        print(greeting, "from exec")
    return greet


greet = make_greeter()


def attempt(call):
    try:
        print("ok", call())
    except TypeError as e:
        print("TypeError:", e)


attempt(lambda: exec(greet.__code__, closure=greet.__closure__))
attempt(lambda: exec(greet.__code__))
attempt(lambda: exec(greet.__code__, closure=()))
attempt(lambda: exec(greet.__code__, closure=("not a cell",)))
attempt(lambda: exec(make_greeter.__code__, closure=greet.__closure__))
attempt(lambda: exec("print('text')", closure=greet.__closure__))
attempt(lambda: exec("print('text')", closure=None))
attempt(lambda: eval(greet.__code__))
