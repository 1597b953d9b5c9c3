# A class body that binds a name its methods take from the enclosing function: the name is the class's
# own (STORE_NAME, LOAD_NAME), and the methods still see the enclosing function's variable.


def codec_info(encode):
    class Incremental:
        def encode(self, text):
            return encode(text)
    return Incremental


print(codec_info(str.upper)().encode("shouts"))

x = "global x"


def reads_before_binding():
    x = "function's x"

    class C:
        print(x)  # the class binds x below: the module's x, not the function's
        x = "class x"
        print(x)

        def method(self):
            return x
        del x
        try:
            print(x)
        except NameError as e:
            print("NameError:", e)
    return C().method(), "x" in vars(C)


print(reads_before_binding())

y = 10


def augmented():
    y = 1

    class D:
        y = y + 1

        def method(self):
            return y
    return D.y, D().method()


print(augmented())


def free_only():
    z = "cell"

    class E:
        w = z

        def method(self):
            return z
    return E.w, E().method()


print(free_only())


def declared_nonlocal():
    x = 0

    class K:
        nonlocal x
        x = 5  # the function's variable, not the class's

        def get(self):
            return x
    return x, K().get(), hasattr(K, "x")


print(declared_nonlocal())
