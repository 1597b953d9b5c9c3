source = "a = 1\nb = a +\n"
exec(source)
