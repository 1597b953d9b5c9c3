# printf-style formatting: after a %(key) conversion no conversion may take a positional argument, and
# bytes formatting names itself when arguments are left over.
def attempt(make):
    try:
        print(repr(make()))
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)


record = {"name": "Ada", "age": 36}
attempt(lambda: "%(name)s is %(age)d" % record)
attempt(lambda: "%s then %(name)s" % record)
attempt(lambda: "%(name)s then %s" % record)
attempt(lambda: "%(name)s %s %s" % record)
attempt(lambda: b"%(name)s then %s" % {b"name": b"Ada"})
attempt(lambda: "%(name)s %%" % record)
attempt(lambda: "no conversions" % record)
attempt(lambda: "no conversions" % 5)
attempt(lambda: b"no conversions" % 5)
attempt(lambda: b"%d %d" % (1, 2, 3))
