"""doctest.testmod() at the end of a script, as users paste them: passing and failing examples in the
docstrings of the module, functions, a class with methods (static, class, property), a nested class and
__test__, expected and unexpected exceptions, <BLANKLINE>, and the reports and summary python3 prints.

>>> square(4)
16
>>> [square(n) for n in range(3)]
[0, 1, 4]
"""


def square(n):
    """Return n squared.

    >>> square(3)
    9
    >>> square(-2)
    4
    >>> square(2)  # a failure
    5
    """
    return n * n


def no_docstring():
    return 1


def empty_docstring():
    """No examples here."""


def outputs():
    """
    >>> print('a\\n\\nb')
    a
    <BLANKLINE>
    b
    >>> print('x')
    >>> for i in range(3):
    ...     i
    0
    1
    2
    >>> x = 5
    >>> x
    5
    >>> print('spaces  ')
    spaces
    >>> None
    >>> 'text'
    'text'
    >>> True
    1
    >>> print('one'); print('two')
    one
    three
    """


def exceptions():
    """
    >>> 1 / 0
    Traceback (most recent call last):
      File "<stdin>", line 1, in <module>
    ZeroDivisionError: division by zero
    >>> int('x')
    Traceback (most recent call last):
    ValueError: invalid literal for int() with base 10: 'y'
    >>> {}['key']
    Traceback (most recent call last):
        ...
    KeyError: 'key'
    >>> undefined_name
    >>> [1, 2][5]
    3
    >>> raise ValueError('multi\\nline')
    Traceback (most recent call last):
    ValueError: multi
    line
    >>> 1 +
    Traceback (most recent call last):
    SyntaxError: invalid syntax
    >>> 1 + * 2
    Traceback (most recent call last):
    SyntaxError: bad syntax
    >>> print('before'); 1 / 0
    before
    """


class Account:
    """A bank account.

    >>> a = Account(10)
    >>> a.deposit(5)
    15
    >>> a.balance
    15
    """

    def __init__(self, balance):
        self.balance = balance

    def deposit(self, amount):
        """
        >>> Account(1).deposit(2)
        3
        >>> Account(1).deposit(-1)
        1
        """
        self.balance += amount
        return self.balance

    @staticmethod
    def currency():
        """
        >>> Account.currency()
        'EUR'
        """
        return 'EUR'

    @classmethod
    def empty(cls):
        """
        >>> Account.empty().balance
        0
        >>> Account.empty().balance
        1
        """
        return cls(0)

    @property
    def overdrawn(self):
        """
        >>> Account(-1).overdrawn
        True
        >>> Account(1).overdrawn
        True
        """
        return self.balance < 0

    class Statement:
        """
        >>> Account.Statement.lines
        []
        >>> len(Account.Statement.lines) + 1
        2
        """
        lines = []


def decorated_helper(f):
    return f


@decorated_helper
def decorated():
    """
    >>> decorated()
    'decorated'
    >>> decorated() + '!'
    'decorated'
    """
    return 'decorated'


__test__ = {
    'as_string': """
    >>> square(5)
    25
    >>> square(5)
    26
    """,
    'a_function': decorated_helper,
}

if __name__ == "__main__":
    import doctest
    print(doctest.testmod())
    print(doctest.testmod(exclude_empty=True, report=False))
    print(doctest.testmod(name='renamed', optionflags=doctest.REPORT_ONLY_FIRST_FAILURE))
    print(_)
