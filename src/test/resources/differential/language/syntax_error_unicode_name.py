print("before")
x = "abc\N{BULLET}" + "\N{no such name}"
