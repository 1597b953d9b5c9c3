# shutil.get_terminal_size: COLUMNS and LINES when they hold positive numbers, else the terminal's
# size, else the fallback (stdout is a pipe here, so python3 has no terminal to ask either).
import os
import shutil

for columns, lines in (('100', '40'), ('0', '30'), ('abc', '-5'), (None, '12'), ('72', None), (None, None), (' 90 ', '+7')):
    for name, value in (('COLUMNS', columns), ('LINES', lines)):
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    size = shutil.get_terminal_size()
    print(columns, lines, size, size.columns, size.lines, tuple(size), size == (size[0], size[1]), len(size))
    print(shutil.get_terminal_size((120, 50)), shutil.get_terminal_size(fallback=(1, 2)))
columns, lines = shutil.get_terminal_size()
print(columns, lines, isinstance(shutil.get_terminal_size(), tuple))
