"""token: the numbers of Python 3.11's token types, as CPython's module of that name has them.

Written for GIL Lab from CPython's documentation and python3's observable values (not copied from its
generated Lib/token.py): each name's number is its place in the list below, as in 3.11's grammar.
"""

# In the order that numbers them from 0; N_TOKENS counts them and NT_OFFSET starts the grammar's
# non-terminal symbols.
_TERMINALS = """
    ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT
    LPAR RPAR LSQB RSQB COLON COMMA SEMI PLUS MINUS STAR SLASH VBAR AMPER LESS GREATER EQUAL DOT
    PERCENT LBRACE RBRACE EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL TILDE CIRCUMFLEX LEFTSHIFT
    RIGHTSHIFT DOUBLESTAR PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL
    CIRCUMFLEXEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASH DOUBLESLASHEQUAL AT
    ATEQUAL RARROW ELLIPSIS COLONEQUAL OP AWAIT ASYNC TYPE_IGNORE TYPE_COMMENT SOFT_KEYWORD ERRORTOKEN
    COMMENT NL ENCODING
""".split()

# Each operator's text and the type tokenize gives it as TokenInfo.exact_type.
_OPERATORS = """
    ( LPAR  ) RPAR  [ LSQB  ] RSQB  : COLON  , COMMA  ; SEMI  + PLUS  - MINUS  * STAR  / SLASH
    | VBAR  & AMPER  < LESS  > GREATER  = EQUAL  . DOT  % PERCENT  { LBRACE  } RBRACE  == EQEQUAL
    != NOTEQUAL  <= LESSEQUAL  >= GREATEREQUAL  ~ TILDE  ^ CIRCUMFLEX  << LEFTSHIFT  >> RIGHTSHIFT
    ** DOUBLESTAR  += PLUSEQUAL  -= MINEQUAL  *= STAREQUAL  /= SLASHEQUAL  %= PERCENTEQUAL
    &= AMPEREQUAL  |= VBAREQUAL  ^= CIRCUMFLEXEQUAL  <<= LEFTSHIFTEQUAL  >>= RIGHTSHIFTEQUAL
    **= DOUBLESTAREQUAL  // DOUBLESLASH  //= DOUBLESLASHEQUAL  @ AT  @= ATEQUAL  -> RARROW
    ... ELLIPSIS  := COLONEQUAL
""".split()

globals().update((name, number) for number, name in enumerate(_TERMINALS))
N_TOKENS = len(_TERMINALS)
NT_OFFSET = 256

tok_name = {value: name for name, value in globals().items() if isinstance(value, int) and name.isupper()}

EXACT_TOKEN_TYPES = {text: globals()[name] for text, name in sorted(zip(_OPERATORS[::2], _OPERATORS[1::2]))}

__all__ = ["tok_name", "ISTERMINAL", "ISNONTERMINAL", "ISEOF", *_TERMINALS, "N_TOKENS", "NT_OFFSET"]


def ISTERMINAL(x):
    """Whether x numbers a token type rather than a grammar symbol."""
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    """Whether x numbers a grammar symbol."""
    return x >= NT_OFFSET


def ISEOF(x):
    """Whether x is ENDMARKER, the end of the input."""
    return x == ENDMARKER


del _TERMINALS, _OPERATORS
