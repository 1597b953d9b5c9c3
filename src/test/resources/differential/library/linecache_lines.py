# linecache: the lines of the running program and of standard modules, as traceback reads them
import linecache
import traceback

here = traceback.extract_stack()[-1].filename
print(repr(linecache.getline(here, 1)), repr(linecache.getline(here, 2)))
print(repr(linecache.getline(here, 0)), repr(linecache.getline(here, 10**6)), repr(linecache.getline('<string>', 1)))
lines = linecache.getlines(here)
print(len(lines) > 5, lines[2], end='')
print(linecache.getlines('/no/such/file.py'), linecache.getline('', 1) == '')
linecache.checkcache(here)
linecache.checkcache()
linecache.clearcache()
print(linecache.getline(here, 3), end='')
print(linecache.updatecache(here)[0], end='')
