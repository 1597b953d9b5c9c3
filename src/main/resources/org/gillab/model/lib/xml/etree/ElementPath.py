"""xml.etree.ElementPath: the XPath subset of Element.find, findall, iterfind and findtext.

Written for GIL Lab from CPython 3.11's documentation ("Supported XPath syntax") and python3 experiments:
steps "tag", "{uri}tag", "prefix:tag" (through the namespaces mapping), "{*}tag", "*", ".", "..", "//",
and the predicates [@attr], [@attr='v'], [@attr!='v'], [tag], [tag='text'], [.='text'], [n], [last()]
and [last()-n]; errors are CPython's SyntaxErrors.
"""

import re

# A path is read as tokens: a quoted string, an operator, or a name (possibly "{uri}local" or "p:local").
_token = re.compile(
    r"('[^']*'|\"[^\"]*\"|::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])|"
    r"((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)|\s+")

_cache = {}


def _tokens(path, namespaces):
    default = namespaces.get('') if namespaces else None
    for match in _token.finditer(path):
        op, name = match.groups()
        if op is None and name is None:
            continue
        if name and name[0] != "{":
            prefix, colon, local = name.partition(":")
            if colon:
                if not namespaces or prefix not in namespaces:
                    raise SyntaxError("prefix %r not found in prefix map" % prefix)
                name = "{%s}%s" % (namespaces[prefix], local)
            elif default and not op and not name.isdigit() and name != "last":
                name = "{%s}%s" % (default, name)
        yield op, name


def _matches(tag, pattern):
    """Whether an element's tag fits a step's name ("*" and "{*}local" are wildcards)."""
    if pattern == "*":
        return isinstance(tag, str) or tag is None
    if pattern.startswith("{*}"):
        return isinstance(tag, str) and (tag == pattern[3:] or tag.endswith("}" + pattern[3:]))
    if pattern.startswith("{}"):
        return tag == pattern[2:]
    return tag == pattern


def _children(context, pattern):
    for elem in context:
        for child in elem:
            if _matches(child.tag, pattern):
                yield child


def _descendants(context, pattern):
    for elem in context:
        for desc in elem.iter():
            if desc is not elem and _matches(desc.tag, pattern):
                yield desc


class _Parents:
    """Child to parent, built once per search from its root."""

    def __init__(self, root):
        self.root = root
        self.map = None

    def __getitem__(self, elem):
        if self.map is None:
            self.map = {child: parent for parent in self.root.iter() for child in parent}
        return self.map.get(elem)


def _parent_step(context, parents):
    seen = set()
    for elem in context:
        parent = parents[elem]
        if parent is not None and id(parent) not in seen:
            seen.add(id(parent))
            yield parent


def _predicate(tokens):
    """Read a predicate up to its "]": a function (elements, parents) -> the elements it keeps."""
    signature = []
    values = []
    for op, name in tokens:
        if op == "]":
            break
        if op and op[:1] in "'\"":
            signature.append("'")
            values.append(op[1:-1])
        elif name and name[:1] == "-" and name[1:].isdigit():
            signature.append("-")
            values.append(name)
        elif name:
            signature.append("d" if name.isdigit() else "n")
            values.append(name)
        else:
            signature.append(op)
    else:
        raise SyntaxError("invalid path")
    signature = "".join(signature)
    if signature == "@n":
        key = values[0]
        return lambda elems, parents: (e for e in elems if e.get(key) is not None)
    if signature in ("@n='", "@n!='"):
        key, value = values
        if "!" in signature:
            return lambda elems, parents: (e for e in elems if e.get(key) != value)
        return lambda elems, parents: (e for e in elems if e.get(key) == value)
    if signature == "n" and not values[0].isdigit():
        tag = values[0]
        return lambda elems, parents: (e for e in elems if e.find(tag) is not None)
    if signature in ("n='", ".='", "n!='", ".!='"):
        value = values[-1]
        negate = "!" in signature
        tag = values[0] if signature[0] == "n" else None

        def texts(e):
            return [e] if tag is None else [c for c in e if _matches(c.tag, tag)]

        if negate:
            return lambda elems, parents: (e for e in elems
                                           if any("".join(c.itertext()) != value for c in texts(e)))
        return lambda elems, parents: (e for e in elems
                                       if any("".join(c.itertext()) == value for c in texts(e)))
    if signature in ("d", "n()", "n()-"):
        return _position(signature, values)
    raise SyntaxError("invalid predicate")


def _position(signature, values):
    # [n] counts from 1, [last()] and [last()-n] from the end, among the siblings of the same tag.
    if signature == "d":
        index = int(values[0]) - 1
        if index < 0:
            raise SyntaxError("XPath position >= 1 expected")
    else:
        if values[0] != "last":
            raise SyntaxError("unsupported function")
        index = -1
        if signature == "n()-":
            try:
                index = int(values[1]) - 1
            except ValueError:
                raise SyntaxError("unsupported expression") from None
            if index > -2:
                raise SyntaxError("XPath offset from last() must be negative")

    def select(elems, parents):
        for e in elems:
            parent = parents[e]
            if parent is None:
                continue
            try:
                siblings = [c for c in parent if c.tag == e.tag]
                if siblings[index] is e:
                    yield e
            except IndexError:
                pass
    return select


def _compile(path, namespaces):
    """The steps of path: functions (elements, parents) -> elements."""
    tokens = _tokens(path, namespaces)
    steps = []
    expect_step = True
    for op, name in tokens:
        if op == "/" and steps and not expect_step:
            expect_step = True
            continue
        if op == "/":
            raise SyntaxError("cannot use absolute path on element")
        if op == "//":
            if not steps:
                raise SyntaxError("cannot use absolute path on element")
            step = _descend_step(tokens)
        elif op == "[":
            if expect_step:
                raise SyntaxError("invalid path")
            steps.append(_predicate(tokens))
            continue
        elif not expect_step:
            raise SyntaxError("invalid path")
        elif op == "*" or name:
            pattern = name or "*"
            step = lambda elems, parents, p=pattern: _children(elems, p)
        elif op == ".":
            step = lambda elems, parents: elems
        elif op == "..":
            step = lambda elems, parents: _parent_step(elems, parents)
        else:
            raise SyntaxError("invalid path")
        steps.append(step)
        expect_step = False
    if expect_step and steps:
        raise SyntaxError("invalid path")
    return steps


def _descend_step(tokens):
    try:
        op, name = next(tokens)
    except StopIteration:
        raise SyntaxError("invalid descendant") from None
    if op == "*" or name:
        pattern = name or "*"
        return lambda elems, parents: _descendants(elems, pattern)
    raise SyntaxError("invalid descendant")


def iterfind(elem, path, namespaces=None):
    key = (path, None if namespaces is None else tuple(sorted(namespaces.items())))
    steps = _cache.get(key)
    if steps is None:
        if path[-1:] == "/":
            path = path + "*"  # "a/" means "a/*", as in CPython
        if len(_cache) > 100:
            _cache.clear()  # as CPython's cache, bounded: programs that build paths must not grow it
        steps = _cache[key] = _compile(path, namespaces)
    parents = _Parents(elem)
    result = iter([elem])
    for step in steps:
        result = step(result, parents)
    return result


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    try:
        elem = next(iterfind(elem, path, namespaces))
    except StopIteration:
        return default
    return elem.text or ""
