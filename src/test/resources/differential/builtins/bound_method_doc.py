# A bound method's __doc__ is its function's docstring (what unittest's shortDescription reads).
class A:
    def documented(self):
        """First line.

        More lines."""

    def bare(self):
        pass

    @classmethod
    def klass(cls):
        "A class method's doc."


a = A()
print(repr(a.documented.__doc__))
print(repr(a.bare.__doc__))
print(repr(A.klass.__doc__), repr(a.klass.__doc__))
A.documented.__doc__ = 'changed'
print(a.documented.__doc__)
