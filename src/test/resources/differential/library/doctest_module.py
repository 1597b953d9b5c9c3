"""doctest.testmod on an imported module (not __main__): its tests are named after it and report its
file; an example that fails inside the module's code shows that code's lines in the traceback; a module
of its own with globs and extraglobs, and DocTestFinder with module=False."""
import doctest

import _doctest_shapes


if __name__ == "__main__":
    print(doctest.testmod(_doctest_shapes))
    print(doctest.testmod(_doctest_shapes, verbose=True, report=True, name='shapes'))
    print(doctest.testmod(_doctest_shapes, globs={'area': len, 'Square': _doctest_shapes.Square, 'math': None}))
    for test in doctest.DocTestFinder().find(_doctest_shapes):
        print(test.name, test.lineno, len(test.examples), test.filename == _doctest_shapes.__file__)
    print(doctest.master is not None)
