# An unterminated triple-quoted string: CPython names the last line as the one where it noticed, a
# final line break starting no line of its own.
text = """first
second
