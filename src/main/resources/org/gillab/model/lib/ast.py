"""Abstract Syntax Trees: the GIL Lab model's ast.

Mirrors CPython 3.11's Lib/ast.py and the node classes of its _ast module (Python/Python-ast.c): written
for the model from the ast documentation (its abstract grammar) and from experiments with python3, not
copied. The trees come from the model's own parser (the Java module _ast hands over each node as a tuple
of class name, fields and positions); this module makes them objects of the classes below, built from the
grammar. parse, literal_eval, dump, walk, iter_fields, iter_child_nodes, NodeVisitor, NodeTransformer,
fix_missing_locations, copy_location, increment_lineno, get_docstring, get_source_segment and unparse are
as in CPython. compile() of a tree compiles the source unparse() gives: its code's line numbers and
columns are those of that source, not the tree's. Left out: type comments (type_comments=True), the
feature_version argument, mode 'func_type', and the deprecated classes Num, Str, Bytes, NameConstant and
Ellipsis.
"""

import sys as _sys
import _ast

__all__ = ['AST', 'NodeTransformer', 'NodeVisitor', 'PyCF_ONLY_AST', 'PyCF_TYPE_COMMENTS',
           'PyCF_ALLOW_TOP_LEVEL_AWAIT', 'copy_location', 'dump', 'fix_missing_locations', 'get_docstring',
           'get_source_segment', 'increment_lineno', 'iter_child_nodes', 'iter_fields', 'literal_eval',
           'parse', 'unparse', 'walk']

PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000

# The abstract grammar, as the ast documentation lists it (Parser/Python.asdl): each definition is a sum
# (alternatives after '=') or a product (fields in parentheses); '?' marks an optional field, '*' a list.
_GRAMMAR = """
mod = Module(stmt* body, type_ignore* type_ignores)
    | Interactive(stmt* body)
    | Expression(expr body)
    | FunctionType(expr* argtypes, expr returns)
stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
     | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
     | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)
     | Return(expr? value)
     | Delete(expr* targets)
     | Assign(expr* targets, expr value, string? type_comment)
     | AugAssign(expr target, operator op, expr value)
     | AnnAssign(expr target, expr annotation, expr? value, int simple)
     | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
     | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
     | While(expr test, stmt* body, stmt* orelse)
     | If(expr test, stmt* body, stmt* orelse)
     | With(withitem* items, stmt* body, string? type_comment)
     | AsyncWith(withitem* items, stmt* body, string? type_comment)
     | Match(expr subject, match_case* cases)
     | Raise(expr? exc, expr? cause)
     | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
     | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
     | Assert(expr test, expr? msg)
     | Import(alias* names)
     | ImportFrom(identifier? module, alias* names, int? level)
     | Global(identifier* names)
     | Nonlocal(identifier* names)
     | Expr(expr value)
     | Pass
     | Break
     | Continue
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
expr = BoolOp(boolop op, expr* values)
     | NamedExpr(expr target, expr value)
     | BinOp(expr left, operator op, expr right)
     | UnaryOp(unaryop op, expr operand)
     | Lambda(arguments args, expr body)
     | IfExp(expr test, expr body, expr orelse)
     | Dict(expr* keys, expr* values)
     | Set(expr* elts)
     | ListComp(expr elt, comprehension* generators)
     | SetComp(expr elt, comprehension* generators)
     | DictComp(expr key, expr value, comprehension* generators)
     | GeneratorExp(expr elt, comprehension* generators)
     | Await(expr value)
     | Yield(expr? value)
     | YieldFrom(expr value)
     | Compare(expr left, cmpop* ops, expr* comparators)
     | Call(expr func, expr* args, keyword* keywords)
     | FormattedValue(expr value, int conversion, expr? format_spec)
     | JoinedStr(expr* values)
     | Constant(constant value, string? kind)
     | Attribute(expr value, identifier attr, expr_context ctx)
     | Subscript(expr value, expr slice, expr_context ctx)
     | Starred(expr value, expr_context ctx)
     | Name(identifier id, expr_context ctx)
     | List(expr* elts, expr_context ctx)
     | Tuple(expr* elts, expr_context ctx)
     | Slice(expr? lower, expr? upper, expr? step)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
expr_context = Load | Store | Del
boolop = And | Or
operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv
unaryop = Invert | Not | UAdd | USub
cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn
comprehension = (expr target, expr iter, expr* ifs, int is_async)
excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
arguments = (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)
arg = (identifier arg, expr? annotation, string? type_comment)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
keyword = (identifier? arg, expr value)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
alias = (identifier name, identifier? asname)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
withitem = (expr context_expr, expr? optional_vars)
match_case = (pattern pattern, expr? guard, stmt* body)
pattern = MatchValue(expr value)
        | MatchSingleton(constant value)
        | MatchSequence(pattern* patterns)
        | MatchMapping(expr* keys, pattern* patterns, identifier? rest)
        | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
        | MatchStar(identifier? name)
        | MatchAs(pattern? pattern, identifier? name)
        | MatchOr(pattern* patterns)
        attributes (int lineno, int col_offset, int end_lineno, int end_col_offset)
type_ignore = TypeIgnore(int lineno, string tag)
"""


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = cls._fields
        if len(args) > len(fields):
            plural = '' if len(fields) == 1 else 's'
            raise TypeError(f"{cls.__name__} constructor takes at most {len(fields)} positional argument{plural}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[:len(args)]:
                raise TypeError(f"{cls.__name__} got multiple values for argument '{name}'")
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


def _declarations(text):
    """(name, fields, attributes, docstring text) for each product, and the sums' constructors."""
    definitions = []
    for line in text.strip().splitlines():
        stripped = line.strip()
        if stripped.startswith('attributes'):
            definitions[-1][2].extend(_parameters(stripped[len('attributes'):]))
        elif stripped.startswith('|'):
            definitions[-1][1].extend(_constructors(stripped[1:]))
        else:
            name, _, rest = stripped.partition(' = ')
            if rest.startswith('('):
                definitions.append((name, None, [], _parameters(rest)))
            else:
                definitions.append((name, _constructors(rest), [], None))
    return definitions


def _constructors(text):
    """'Name(type field, ...) | Other' as [(name, parameters)]."""
    result = []
    for part in text.split(' | '):
        name, _, params = part.strip().partition('(')
        result.append((name, _parameters('(' + params) if params else []))
    return result


def _parameters(text):
    """'(type? name, ...)' as [(type with its mark, name)]."""
    inside = text.strip()[1:-1]
    return [tuple(p.split()) for p in inside.split(', ')] if inside else []


def _signature(name, parameters):
    return name + ('(' + ', '.join(' '.join(p) for p in parameters) + ')' if parameters else '')


# What compile() needs of a tree: the fields without '?' of each class, and the positions without '?' of
# the types that have positions (stmt, expr, excepthandler, pattern, arg, keyword, alias).
_REQUIRED_FIELDS = {}
_REQUIRED_POSITIONS = {}


def _required(parameters):
    return tuple(field for kind, field in parameters if not kind.endswith('?'))


def _make_class(name, base, parameters, attributes, doc):
    _REQUIRED_FIELDS[name] = _required(parameters)
    if attributes:
        _REQUIRED_POSITIONS[name] = _required(attributes)
    namespace = {'__module__': 'ast', '__doc__': doc, '_fields': tuple(p[1] for p in parameters),
                 '__match_args__': tuple(p[1] for p in parameters)}
    if attributes is not None:
        namespace['_attributes'] = tuple(a[1] for a in attributes)
        for kind, field in attributes:
            if kind.endswith('?'):
                namespace[field] = None
    for kind, field in parameters:
        if kind.endswith('?'):
            namespace[field] = None
    cls = type(name, (base,), namespace)
    globals()[name] = cls
    return cls


def _build_classes():
    for name, constructors, attributes, product in _declarations(_GRAMMAR):
        if product is not None:
            _make_class(name, AST, product, attributes, _signature(name, product))
            continue
        signatures = [_signature(*c) for c in constructors]
        if all(not c[1] for c in constructors):
            doc = name + ' = ' + ' | '.join(signatures)
        else:
            doc = name + ' = ' + ('\n' + ' ' * (len(name) + 1) + '| ').join(signatures)
        base_namespace = {'__module__': 'ast', '__doc__': doc, '_fields': (), '__match_args__': ()}
        if attributes:
            _REQUIRED_POSITIONS[name] = _required(attributes)
            base_namespace['_attributes'] = tuple(a[1] for a in attributes)
            base_namespace.update({field: None for kind, field in attributes if kind.endswith('?')})
        base = type(name, (AST,), base_namespace)
        globals()[name] = base
        for constructor, parameters in constructors:
            _make_class(constructor, base, parameters, None, _signature(constructor, parameters))


_build_classes()

# The classes without fields or positions (contexts and operators): ast.parse shares one instance of each.
_SHARED = {}


def _node(data):
    """A node from _ast's tuple (class name, field values, positions or None)."""
    name, values, position = data
    cls = globals()[name]
    if not values and position is None:
        shared = _SHARED.get(name)
        if shared is None:
            shared = _SHARED[name] = cls()
        return shared
    node = cls.__new__(cls)
    for field, value in zip(cls._fields, values):
        setattr(node, field, _value(value))
    if position is not None:
        node.lineno, node.col_offset, node.end_lineno, node.end_col_offset = position
    return node


def _value(value):
    if type(value) is tuple:
        return _node(value)
    if type(value) is list:
        return [_value(item) for item in value]
    return value


_MODULE_FOR_MODE = {'exec': 'Module', 'eval': 'Expression', 'single': 'Interactive'}


def _compile_tree(tree, filename, mode, flags):
    """compile(tree, ...): the tree itself under PyCF_ONLY_AST, else the code of its unparsed source."""
    if mode not in _MODULE_FOR_MODE:
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    if flags & PyCF_ONLY_AST:
        return tree
    expected = _MODULE_FOR_MODE[mode]
    if type(tree).__name__ != expected or not isinstance(tree, mod):
        raise TypeError(f"expected {expected} node, got {type(tree).__name__}")
    _check_required(tree)
    if isinstance(tree, Interactive):
        # unparse() of an Interactive gives its last statement only (as CPython's): join them on one line
        return compile('; '.join(map(unparse, tree.body)), filename, mode, flags)
    return compile(unparse(tree), filename, mode, flags)


def _check_required(node):
    """The TypeError of CPython's compile() for a field or position missing in node or under it, found in
    the order CPython converts a tree: a node's positions, then its fields one by one."""
    cls = type(node)
    for owner in cls.__mro__:
        for name in _REQUIRED_POSITIONS.get(owner.__name__, ()):
            if not hasattr(node, name):
                raise TypeError(f'required field "{name}" missing from {owner.__name__}')
    required = _REQUIRED_FIELDS.get(cls.__name__, ())
    for name in cls._fields:
        if not hasattr(node, name):
            if name in required:
                raise TypeError(f'required field "{name}" missing from {cls.__name__}')
            continue
        value = getattr(node, name)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, AST):
                _check_required(item)


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False, feature_version=None):
    """Parse the source into an AST node (compile() with PyCF_ONLY_AST)."""
    if type_comments:
        raise NotImplementedError("ast.parse(type_comments=True) is not implemented by the model")
    if feature_version is not None:
        raise NotImplementedError("ast.parse(feature_version=...) is not implemented by the model")
    return compile(source, filename, mode, PyCF_ONLY_AST)


def literal_eval(node_or_string):
    """Evaluate an expression node or a string holding only a Python literal or container display."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body
    return _literal(node_or_string)


# literal_eval's helpers are module functions, not closures: a recursive closure would be a reference
# cycle that only the cycle collector frees.
def _malformed(node):
    message = 'malformed node or string'
    line = getattr(node, 'lineno', None)
    if line:
        message += f' on line {line}'
    raise ValueError(message + f': {node!r}')


def _number(node):
    if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
        _malformed(node)
    return node.value


def _signed_number(node):
    if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
        operand = _number(node.operand)
        return +operand if isinstance(node.op, UAdd) else -operand
    return _number(node)


def _literal(node):
    if isinstance(node, Constant):
        return node.value
    if isinstance(node, Tuple):
        return tuple(map(_literal, node.elts))
    if isinstance(node, List):
        return list(map(_literal, node.elts))
    if isinstance(node, Set):
        return set(map(_literal, node.elts))
    if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
            and node.args == node.keywords == []):
        return set()
    if isinstance(node, Dict):
        if len(node.keys) != len(node.values):
            _malformed(node)
        return dict(zip(map(_literal, node.keys), map(_literal, node.values)))
    if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
        left = _signed_number(node.left)
        right = _number(node.right)
        if isinstance(left, (int, float)) and isinstance(right, complex):
            return left + right if isinstance(node.op, Add) else left - right
    return _signed_number(node)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A formatted dump of the tree; with an indent, nested nodes go on lines of their own."""
    if not isinstance(node, AST):
        raise TypeError(f'expected AST, got {type(node).__name__!r}')
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    return _Dumper(annotate_fields, include_attributes, indent).format(node, 0)[0]


_MISSING = object()


class _Dumper:
    def __init__(self, annotate_fields, include_attributes, indent):
        self.annotate_fields = annotate_fields
        self.include_attributes = include_attributes
        self.indent = indent

    @staticmethod
    def absent(node, name):
        """Whether dump leaves the field out: unset, or None where its class has the default None."""
        value = getattr(node, name, _MISSING)
        return value is _MISSING or value is None and getattr(type(node), name, _MISSING) is None

    def format(self, node, level):
        """(text, whether it is simple: may share a line with its siblings)."""
        if self.indent is not None:
            level += 1
            prefix = '\n' + self.indent * level
            separator = ',\n' + self.indent * level
        else:
            prefix = ''
            separator = ', '
        if isinstance(node, AST):
            cls = type(node)
            parts = []
            all_simple = True
            by_keyword = self.annotate_fields
            for name in cls._fields:
                if self.absent(node, name):
                    by_keyword = True
                    continue
                text, simple = self.format(getattr(node, name), level)
                all_simple = all_simple and simple
                parts.append(f'{name}={text}' if by_keyword else text)
            if self.include_attributes:
                for name in cls._attributes:
                    if self.absent(node, name):
                        continue
                    text, simple = self.format(getattr(node, name), level)
                    all_simple = all_simple and simple
                    parts.append(f'{name}={text}')
            if all_simple and len(parts) <= 3:
                return f"{cls.__name__}({', '.join(parts)})", not parts
            return f'{cls.__name__}({prefix}{separator.join(parts)})', False
        if isinstance(node, list):
            if not node:
                return '[]', True
            return f'[{prefix}{separator.join(self.format(item, level)[0] for item in node)}]', False
        return repr(node), True


def copy_location(new_node, old_node):
    """Copy the positions of old_node to new_node where both classes have them; returns new_node."""
    for name in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if name in old_node._attributes and name in new_node._attributes:
            value = getattr(old_node, name, None)
            if value is not None or (hasattr(old_node, name) and name.startswith('end_')):
                setattr(new_node, name, value)
    return new_node


_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def fix_missing_locations(node):
    """Give every node without positions those of its parent (1, 0 at the top); returns node."""
    _fix_locations(node, (1, 0, 1, 0))
    return node


def _fix_locations(node, inherited):
    """Sets node's missing positions (an end position is missing when None too) to inherited ones."""
    positions = []
    for name, value in zip(_POSITIONS, inherited):
        if name in node._attributes:
            if name.startswith('end_') and getattr(node, name, None) is None or not hasattr(node, name):
                setattr(node, name, value)
            value = getattr(node, name)
        positions.append(value)
    for child in iter_child_nodes(node):
        _fix_locations(child, positions)


def increment_lineno(node, n=1):
    """Move node and every node under it n lines down; returns node."""
    for child in walk(node):
        # a TypeIgnore's lineno is a field, not one of its _attributes
        if isinstance(child, TypeIgnore) or 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        end = getattr(child, 'end_lineno', 0) if 'end_lineno' in child._attributes else None
        if end is not None:
            child.end_lineno = end + n
    return node


def iter_fields(node):
    """(name, value) for each field of node that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The nodes directly under node: its node fields and the nodes in its list fields."""
    for name, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Every node under node, node included, breadth first."""
    from collections import deque
    pending = deque([node])
    while pending:
        node = pending.popleft()
        pending.extend(iter_child_nodes(node))
        yield node


def get_docstring(node, clean=True):
    """The docstring of a def, class or module node, or None; cleaned as inspect.cleandoc does."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError(f"{type(node).__name__!r} can't have docstrings")
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    if clean:
        import inspect
        return inspect.cleandoc(value.value)
    return value.value


def _source_lines(source):
    """source's lines with their ends, split at \\r\\n, \\n and \\r only (not at \\f as str.splitlines)."""
    lines = []
    start = 0
    i = 0
    while i < len(source):
        c = source[i]
        i += 1
        if c == '\r' and source[i:i + 1] == '\n':
            i += 1
        if c in '\r\n':
            lines.append(source[start:i])
            start = i
    if start < len(source):
        lines.append(source[start:])
    return lines


def get_source_segment(source, node, *, padded=False):
    """The text of source that node spans, or None when its positions are missing."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first_line = node.lineno - 1
        last_line = node.end_lineno - 1
        start = node.col_offset
        end = node.end_col_offset
    except AttributeError:
        return None
    lines = _source_lines(source)
    if first_line == last_line:
        return lines[first_line].encode()[start:end].decode()
    padding = ''
    if padded:
        before = lines[first_line].encode()[:start].decode()
        padding = ''.join(c if c in '\f\t' else ' ' for c in before)
    first = padding + lines[first_line].encode()[start:].decode()
    last = lines[last_line].encode()[:end].decode()
    return ''.join([first] + lines[first_line + 1:last_line] + [last])


class NodeVisitor:
    """Calls visit_CLASSNAME for each node visited, generic_visit for classes without one."""

    def visit(self, node):
        visitor = getattr(self, 'visit_' + type(node).__name__, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for child in iter_child_nodes(node):
            self.visit(child)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement of each node: None removes it, a list
    in a list field replaces it by several."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                replaced = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            replaced.extend(item)
                            continue
                    replaced.append(item)
                old[:] = replaced
            elif isinstance(old, AST):
                new = self.visit(old)
                if new is None:
                    delattr(node, name)
                else:
                    setattr(node, name, new)
        return node



# ---- unparse ----

# Binding strength, weakest first: a node is parenthesized when its context asks for more than it has.
(_NAMED_EXPR, _TUPLE, _YIELD, _TEST, _OR, _AND, _NOT, _CMP, _EXPR, _BXOR, _BAND, _SHIFT, _ARITH, _TERM,
 _FACTOR, _POWER, _AWAIT, _ATOM) = range(18)
_BOR = _EXPR

_BINARY = {'Add': ('+', _ARITH), 'Sub': ('-', _ARITH), 'Mult': ('*', _TERM), 'MatMult': ('@', _TERM),
           'Div': ('/', _TERM), 'Mod': ('%', _TERM), 'LShift': ('<<', _SHIFT), 'RShift': ('>>', _SHIFT),
           'BitOr': ('|', _BOR), 'BitXor': ('^', _BXOR), 'BitAnd': ('&', _BAND), 'FloorDiv': ('//', _TERM),
           'Pow': ('**', _POWER)}
_UNARY = {'Invert': ('~', _FACTOR), 'Not': ('not', _NOT), 'UAdd': ('+', _FACTOR), 'USub': ('-', _FACTOR)}
_COMPARISON = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=', 'Is': 'is',
               'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_BOOLEAN = {'And': ('and', _AND), 'Or': ('or', _OR)}
# repr() of an infinite float, as unparse writes it: a literal too large for a float.
_INFINITY = '1e' + repr(_sys.float_info.max_10_exp + 1)
_SINGLE_QUOTES = ("'", '"')
_TRIPLE_QUOTES = ('"""', "'''")
_ALL_QUOTES = _SINGLE_QUOTES + _TRIPLE_QUOTES


_ESCAPES = {'\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r'}


def _escape(c):
    """c as the unicode_escape codec writes it."""
    if c in _ESCAPES:
        return _ESCAPES[c]
    code = ord(c)
    return f'\\x{code:02x}' if code < 0x100 else f'\\u{code:04x}' if code < 0x10000 else f'\\U{code:08x}'


def _quoted(text, quotes, escape_whitespace=True):
    """(text escaped for a literal, the quotes that can enclose it, best first) as unparse chooses them:
    backslashes and unprintable characters escaped, newlines and tabs kept unless escape_whitespace."""
    escaped = ''.join(c if (c in '\n\t' and not escape_whitespace) or (c != '\\' and c.isprintable())
                      else _escape(c) for c in text)
    usable = [q for q in quotes if ('\n' not in escaped or q in _TRIPLE_QUOTES) and q not in escaped]
    if not usable:
        literal = repr(text)
        return literal[1:-1], [next((q for q in quotes if literal[0] in q), literal[0])]
    if escaped:
        usable.sort(key=lambda q: q[0] == escaped[-1])
        if usable[0][0] == escaped[-1]:
            escaped = escaped[:-1] + '\\' + escaped[-1]
    return escaped, usable


class _Unparser(NodeVisitor):
    """Writes the source of a tree (CPython 3.11's ast.unparse): a node's text, with the parentheses
    its context needs."""

    def __init__(self, in_fstring=False):
        self._out = []
        self._precedence = {}
        self._indent = 0
        self._in_fstring = in_fstring

    def visit(self, node):
        self._out = []
        self.traverse(node)
        return ''.join(self._out)

    def traverse(self, node_or_nodes):
        """Writes a node, or each node of a list."""
        for node in node_or_nodes if isinstance(node_or_nodes, list) else [node_or_nodes]:
            super().visit(node)

    # -- output helpers --

    def write(self, *texts):
        self._out.extend(texts)

    def fill(self, text=''):
        """A new line at the current indentation, then text."""
        if self._out:
            self.write('\n')
        self.write('    ' * self._indent + text)

    def new_line_before_definition(self):
        if self._out:
            self.write('\n')

    def block(self, body):
        self.write(':')
        self._indent += 1
        self.traverse(body)
        self._indent -= 1

    def joined(self, separator, items, write=None):
        write = write or self.traverse
        for i, item in enumerate(items):
            if i:
                self.write(separator)
            write(item)

    def items(self, items):
        """Tuple elements: a single one takes a trailing comma."""
        if len(items) == 1:
            self.traverse(items[0])
            self.write(',')
        else:
            self.joined(', ', items)

    def precedence(self, node):
        return self._precedence.get(node, _TEST)

    def set_precedence(self, level, *nodes):
        for node in nodes:
            self._precedence[node] = level

    def open_if(self, condition, opening='(', closing=')'):
        """Writes opening if condition; returns what closes it."""
        if condition:
            self.write(opening)
            return closing
        return ''

    def parens(self, level, node):
        return self.open_if(self.precedence(node) > level)

    def docstring_and_body(self, node):
        body = node.body
        if body and isinstance(body[0], Expr) and isinstance(body[0].value, Constant) \
                and isinstance(body[0].value.value, str):
            docstring = body[0].value
            self.fill()
            if docstring.kind == 'u':
                self.write('u')
            text, quotes = _quoted(docstring.value, _TRIPLE_QUOTES, escape_whitespace=False)
            self.write(quotes[0], text, quotes[0])
            body = body[1:]
        self.traverse(body)

    # -- modules --

    # Interactive has no visit method: as in CPython, generic_visit visits each statement afresh, so
    # that unparse() gives the last one only.

    def visit_Module(self, node):
        self.docstring_and_body(node)

    def visit_Expression(self, node):
        self.traverse(node.body)

    # -- statements --

    def visit_Expr(self, node):
        self.fill()
        self.set_precedence(_YIELD, node.value)
        self.traverse(node.value)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_precedence(_TUPLE, target)
            self.traverse(target)
            self.write(' = ')
        self.traverse(node.value)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(' ' + _BINARY[type(node.op).__name__][0] + '= ')
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        closing = self.open_if(not node.simple and isinstance(node.target, Name))
        self.traverse(node.target)
        self.write(closing, ': ')
        self.traverse(node.annotation)
        if node.value:
            self.write(' = ')
            self.traverse(node.value)

    def visit_Return(self, node):
        self.fill('return')
        if node.value:
            self.write(' ')
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.fill('pass')

    def visit_Break(self, node):
        self.fill('break')

    def visit_Continue(self, node):
        self.fill('continue')

    def visit_Delete(self, node):
        self.fill('del ')
        self.joined(', ', node.targets)

    def visit_Assert(self, node):
        self.fill('assert ')
        self.traverse(node.test)
        if node.msg:
            self.write(', ')
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.fill('global ' + ', '.join(node.names))

    def visit_Nonlocal(self, node):
        self.fill('nonlocal ' + ', '.join(node.names))

    def visit_Import(self, node):
        self.fill('import ')
        self.joined(', ', node.names)

    def visit_ImportFrom(self, node):
        self.fill('from ' + '.' * (node.level or 0) + (node.module or '') + ' import ')
        self.joined(', ', node.names)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(' as ' + node.asname)

    def visit_Raise(self, node):
        self.fill('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(' ')
        self.traverse(node.exc)
        if node.cause:
            self.write(' from ')
            self.traverse(node.cause)

    def try_statement(self, node, except_keyword):
        self.fill('try')
        self.block(node.body)
        for handler in node.handlers:
            self.fill(except_keyword)
            if handler.type:
                self.write(' ')
                self.traverse(handler.type)
            if handler.name:
                self.write(' as ' + handler.name)
            self.block(handler.body)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)
        if node.finalbody:
            self.fill('finally')
            self.block(node.finalbody)

    def visit_Try(self, node):
        self.try_statement(node, 'except')

    def visit_TryStar(self, node):
        self.try_statement(node, 'except*')

    def visit_ClassDef(self, node):
        self.new_line_before_definition()
        self.decorators(node)
        self.fill('class ' + node.name)
        closing = self.open_if(node.bases or node.keywords)
        self.joined(', ', node.bases + node.keywords)
        self.write(closing)
        self.block_with_docstring(node)

    def decorators(self, node):
        for decorator in node.decorator_list:
            self.fill('@')
            self.traverse(decorator)

    def block_with_docstring(self, node):
        self.write(':')
        self._indent += 1
        self.docstring_and_body(node)
        self._indent -= 1

    def function(self, node, keyword):
        self.new_line_before_definition()
        self.decorators(node)
        self.fill(keyword + ' ' + node.name + '(')
        self.traverse(node.args)
        self.write(')')
        if node.returns:
            self.write(' -> ')
            self.traverse(node.returns)
        self.block_with_docstring(node)

    def visit_FunctionDef(self, node):
        self.function(node, 'def')

    def visit_AsyncFunctionDef(self, node):
        self.function(node, 'async def')

    def for_statement(self, node, keyword):
        self.fill(keyword)
        self.set_precedence(_TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.traverse(node.iter)
        self.block(node.body)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def visit_For(self, node):
        self.for_statement(node, 'for ')

    def visit_AsyncFor(self, node):
        self.for_statement(node, 'async for ')

    def visit_If(self, node):
        self.fill('if ')
        self.traverse(node.test)
        self.block(node.body)
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill('elif ')
            self.traverse(node.test)
            self.block(node.body)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def visit_While(self, node):
        self.fill('while ')
        self.traverse(node.test)
        self.block(node.body)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def visit_With(self, node):
        self.fill('with ')
        self.joined(', ', node.items)
        self.block(node.body)

    def visit_AsyncWith(self, node):
        self.fill('async with ')
        self.joined(', ', node.items)
        self.block(node.body)

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(' as ')
            self.traverse(node.optional_vars)

    def visit_Match(self, node):
        self.fill('match ')
        self.traverse(node.subject)
        self.write(':')
        self._indent += 1
        self.traverse(node.cases)
        self._indent -= 1

    def visit_match_case(self, node):
        self.fill('case ')
        self.traverse(node.pattern)
        if node.guard:
            self.write(' if ')
            self.traverse(node.guard)
        self.block(node.body)

    # -- patterns --

    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self.constant(node.value)

    def visit_MatchSequence(self, node):
        self.write('[')
        self.joined(', ', node.patterns)
        self.write(']')

    def visit_MatchStar(self, node):
        self.write('*' + (node.name if node.name is not None else '_'))

    def visit_MatchMapping(self, node):
        self.write('{')
        for i, (key, pattern) in enumerate(zip(node.keys, node.patterns)):
            self.write(', ' if i else '')
            self.traverse(key)
            self.write(': ')
            self.traverse(pattern)
        if node.rest is not None:
            self.write(', ' if node.keys else '', '**' + node.rest)
        self.write('}')

    def visit_MatchClass(self, node):
        self.set_precedence(_ATOM, node.cls)
        self.traverse(node.cls)
        self.write('(')
        self.joined(', ', node.patterns)
        for i, (name, pattern) in enumerate(zip(node.kwd_attrs, node.kwd_patterns)):
            self.write(', ' if i or node.patterns else '', name + '=')
            self.traverse(pattern)
        self.write(')')

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write('_')
        elif node.pattern is None:
            self.write(node.name)
        else:
            closing = self.parens(_TEST, node)
            self.set_precedence(_BOR, node.pattern)
            self.traverse(node.pattern)
            self.write(' as ' + node.name, closing)

    def visit_MatchOr(self, node):
        closing = self.parens(_BOR, node)
        self.set_precedence(_BOR + 1, *node.patterns)
        self.joined(' | ', node.patterns)
        self.write(closing)

    # -- expressions --

    def visit_Name(self, node):
        self.write(node.id)

    def constant(self, value):
        if isinstance(value, (float, complex)):
            self.write(repr(value).replace('inf', _INFINITY).replace('nan', f'({_INFINITY}-{_INFINITY})'))
        elif self._in_fstring and isinstance(value, str):
            text, quotes = _quoted(value, _ALL_QUOTES)
            self.write(quotes[0], text, quotes[0])
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.write('(')
            self.items_of(value, self.constant)
            self.write(')')
        elif value is ...:
            self.write('...')
        else:
            if node.kind == 'u':
                self.write('u')
            self.constant(value)

    def items_of(self, values, write):
        if len(values) == 1:
            write(values[0])
            self.write(',')
        else:
            self.joined(', ', values, write)

    def visit_JoinedStr(self, node):
        self.write('f')
        parts = []
        quotes = _ALL_QUOTES
        for value in node.values:
            text = self.fstring_part(value)
            text, quotes = _quoted(text, quotes, escape_whitespace=isinstance(value, Constant))
            parts.append(text)
        self.write(quotes[0], ''.join(parts), quotes[0])

    def visit_FormattedValue(self, node):
        self.write('f')
        text, quotes = _quoted(self.fstring_part(node), _ALL_QUOTES)
        self.write(quotes[0], text, quotes[0])

    def fstring_part(self, node):
        """The text a part of an f-string contributes between its quotes."""
        if isinstance(node, Constant):
            return node.value.replace('{', '{{').replace('}', '}}')
        if isinstance(node, JoinedStr):
            return ''.join(self.fstring_part(value) for value in node.values)
        inner = _Unparser(in_fstring=True)
        inner.set_precedence(_TEST + 1, node.value)
        expression = inner.visit(node.value)
        if '\\' in expression:
            raise ValueError('Unable to avoid backslash in f-string expression part')
        text = '{' + (' ' if expression.startswith('{') else '') + expression
        if node.conversion != -1:
            text += '!' + chr(node.conversion)
        if node.format_spec:
            text += ':' + self.fstring_part(node.format_spec)
        return text + '}'

    def visit_Tuple(self, node):
        closing = self.open_if(not node.elts or self.precedence(node) > _TUPLE)
        self.items(node.elts)
        self.write(closing)

    def visit_List(self, node):
        self.write('[')
        self.joined(', ', node.elts)
        self.write(']')

    def visit_Set(self, node):
        if not node.elts:
            self.write('{*()}')
            return
        self.write('{')
        self.joined(', ', node.elts)
        self.write('}')

    def visit_Dict(self, node):
        self.write('{')
        for i, (key, value) in enumerate(zip(node.keys, node.values)):
            self.write(', ' if i else '')
            if key is None:
                self.write('**')
                self.set_precedence(_EXPR, value)
            else:
                self.traverse(key)
                self.write(': ')
            self.traverse(value)
        self.write('}')

    def comprehension_display(self, opening, closing, *parts, generators):
        self.write(opening)
        for i, part in enumerate(parts):
            self.write(': ' if i else '')
            self.traverse(part)
        self.traverse(generators)
        self.write(closing)

    def visit_ListComp(self, node):
        self.comprehension_display('[', ']', node.elt, generators=node.generators)

    def visit_SetComp(self, node):
        self.comprehension_display('{', '}', node.elt, generators=node.generators)

    def visit_GeneratorExp(self, node):
        self.comprehension_display('(', ')', node.elt, generators=node.generators)

    def visit_DictComp(self, node):
        self.comprehension_display('{', '}', node.key, node.value, generators=node.generators)

    def visit_comprehension(self, node):
        self.write(' async for ' if node.is_async else ' for ')
        self.set_precedence(_TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.set_precedence(_TEST + 1, node.iter, *node.ifs)
        self.traverse(node.iter)
        for condition in node.ifs:
            self.write(' if ')
            self.traverse(condition)

    def visit_IfExp(self, node):
        closing = self.parens(_TEST, node)
        self.set_precedence(_TEST + 1, node.body, node.test)
        self.traverse(node.body)
        self.write(' if ')
        self.traverse(node.test)
        self.write(' else ')
        self.set_precedence(_TEST, node.orelse)
        self.traverse(node.orelse)
        self.write(closing)

    def visit_UnaryOp(self, node):
        symbol, level = _UNARY[type(node.op).__name__]
        closing = self.parens(level, node)
        self.write(symbol if level == _FACTOR else symbol + ' ')
        self.set_precedence(level, node.operand)
        self.traverse(node.operand)
        self.write(closing)

    def visit_BinOp(self, node):
        symbol, level = _BINARY[type(node.op).__name__]
        closing = self.parens(level, node)
        right_associative = level == _POWER
        self.set_precedence(level + 1 if right_associative else level, node.left)
        self.set_precedence(level if right_associative else level + 1, node.right)
        self.traverse(node.left)
        self.write(f' {symbol} ')
        self.traverse(node.right)
        self.write(closing)

    def visit_Compare(self, node):
        closing = self.parens(_CMP, node)
        self.set_precedence(_CMP + 1, node.left, *node.comparators)
        self.traverse(node.left)
        for op, comparator in zip(node.ops, node.comparators):
            self.write(' ' + _COMPARISON[type(op).__name__] + ' ')
            self.traverse(comparator)
        self.write(closing)

    def visit_BoolOp(self, node):
        symbol, level = _BOOLEAN[type(node.op).__name__]
        closing = self.parens(level, node)
        for i, value in enumerate(node.values):
            # each operand asks one level more than the one before it, as CPython's unparser does
            self.set_precedence(level + 1 + i, value)
            self.write(f' {symbol} ' if i else '')
            self.traverse(value)
        self.write(closing)

    def visit_NamedExpr(self, node):
        closing = self.parens(_NAMED_EXPR, node)
        self.set_precedence(_ATOM, node.target, node.value)
        self.traverse(node.target)
        self.write(' := ')
        self.traverse(node.value)
        self.write(closing)

    def visit_Attribute(self, node):
        self.set_precedence(_ATOM, node.value)
        self.traverse(node.value)
        # 1 .real: without the space 1. would read as a float
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(' ')
        self.write('.' + node.attr)

    def visit_Call(self, node):
        self.set_precedence(_ATOM, node.func)
        self.traverse(node.func)
        self.write('(')
        self.joined(', ', node.args + node.keywords)
        self.write(')')

    def visit_keyword(self, node):
        self.write('**' if node.arg is None else node.arg + '=')
        self.traverse(node.value)

    def visit_Subscript(self, node):
        self.set_precedence(_ATOM, node.value)
        self.traverse(node.value)
        self.write('[')
        if isinstance(node.slice, Tuple) and node.slice.elts:
            self.items(node.slice.elts)
        else:
            self.traverse(node.slice)
        self.write(']')

    def visit_Starred(self, node):
        self.write('*')
        self.set_precedence(_EXPR, node.value)
        self.traverse(node.value)

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(':')
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(':')
            self.traverse(node.step)

    def keyword_prefixed(self, node, keyword, level):
        closing = self.parens(level, node)
        self.write(keyword)
        if node.value:
            self.write(' ')
            self.set_precedence(_ATOM, node.value)
            self.traverse(node.value)
        self.write(closing)

    def visit_Yield(self, node):
        self.keyword_prefixed(node, 'yield', _YIELD)

    def visit_YieldFrom(self, node):
        self.keyword_prefixed(node, 'yield from', _YIELD)

    def visit_Await(self, node):
        self.keyword_prefixed(node, 'await', _AWAIT)

    def visit_Lambda(self, node):
        closing = self.parens(_TEST, node)
        self.write('lambda')
        arguments = _Unparser().visit(node.args)
        if arguments:
            self.write(' ' + arguments)
        self.write(': ')
        self.set_precedence(_TEST, node.body)
        self.traverse(node.body)
        self.write(closing)

    def visit_arguments(self, node):
        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        written = []

        def separate():
            self.write(', ' if written else '')
            written.append(True)

        for index, (argument, default) in enumerate(zip(positional, defaults), 1):
            separate()
            self.traverse(argument)
            if default:
                self.write('=')
                self.traverse(default)
            if index == len(node.posonlyargs):
                self.write(', /')
        if node.vararg or node.kwonlyargs:
            separate()
            self.write('*')
            if node.vararg:
                self.traverse(node.vararg)
        for argument, default in zip(node.kwonlyargs, node.kw_defaults):
            separate()
            self.traverse(argument)
            if default:
                self.write('=')
                self.traverse(default)
        if node.kwarg:
            separate()
            self.write('**')
            self.traverse(node.kwarg)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(': ')
            self.traverse(node.annotation)


def unparse(ast_obj):
    """Source code that parses to a tree equal to ast_obj."""
    return _Unparser().visit(ast_obj)
