"""NodeVisitor, NodeTransformer and the tree helpers: walk, iter_fields, locations, docstrings, segments."""
import ast

PROGRAM = '''\
"""A program that starts threads."""
import threading
from threading import Thread

def work(n):
    """Do the work.

        Indented detail.
    """
    return n * 2

threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
extra = Thread(target=work, args=(9,))
t = threading.Thread(target=lambda: None)
for th in threads:
    th.start()
print(len(threads), "threads", 'é', "naïve")
'''


class ThreadCounter(ast.NodeVisitor):
    """Counts the calls of threading.Thread or Thread, and the names each program defines."""

    def __init__(self):
        self.calls = []
        self.functions = []

    def visit_Call(self, node):
        func = node.func
        if (isinstance(func, ast.Attribute) and func.attr == 'Thread' and isinstance(func.value, ast.Name)
                and func.value.id == 'threading') or (isinstance(func, ast.Name) and func.id == 'Thread'):
            self.calls.append((node.lineno, node.col_offset, ast.get_source_segment(PROGRAM, node)))
        self.generic_visit(node)

    def visit_FunctionDef(self, node):
        self.functions.append(node.name)
        self.generic_visit(node)


tree = ast.parse(PROGRAM, filename='threads.py')
counter = ThreadCounter()
counter.visit(tree)
print(counter.calls)
print(counter.functions)
print(ast.get_docstring(tree), '|', ast.get_docstring(tree.body[3]), '|', repr(ast.get_docstring(tree.body[3], clean=False)))
print(ast.get_docstring(ast.parse("def f(): pass").body[0]), ast.get_docstring(ast.parse("class C: 'x'").body[0]))
try:
    ast.get_docstring(tree.body[1])
except TypeError as e:
    print('TypeError', e)

names = sorted({n.id for n in ast.walk(tree) if isinstance(n, ast.Name)})
print(names)
print([type(n).__name__ for n in ast.walk(ast.parse("a = f(b, c=1)"))])
print(list(ast.iter_fields(tree.body[1])))
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[3])])
print(list(ast.iter_fields(ast.Name(id='only'))))
last = tree.body[-1]
print(ast.get_source_segment(PROGRAM, last), ast.get_source_segment(PROGRAM, last.value.args[3]))
print(repr(ast.get_source_segment(PROGRAM, tree.body[3])))
print(repr(ast.get_source_segment(PROGRAM, tree.body[3].body[1], padded=True)))
print(ast.get_source_segment(PROGRAM, ast.Name('x')), ast.get_source_segment("a\r\nbb\rc = '\f' ; d", ast.parse("a\r\nbb\rc = '\f' ; d").body[3]))


class ConstantDoubler(ast.NodeTransformer):
    """Doubles integer constants, drops pass statements and splits x += n into two statements."""

    def visit_Constant(self, node):
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

    def visit_Pass(self, node):
        return None

    def visit_AugAssign(self, node):
        self.generic_visit(node)
        note = ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('adding'), node.value], []))
        return [note, node]


source = "x = 1\ny = [2, 3, True]\npass\nx += 4\nprint(x, y, 'five')\nif x:\n    pass\n    z = 5\n"
tree = ConstantDoubler().visit(ast.parse(source))
tree = ast.fix_missing_locations(tree)
print(ast.dump(tree, include_attributes=True))
exec(compile(tree, '<doubled>', 'exec'))
print(ast.unparse(tree))

expression = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
ast.fix_missing_locations(expression)
print(eval(compile(expression, '<expr>', 'eval')))
print(compile(expression, '<expr>', 'eval', ast.PyCF_ONLY_AST) is expression)
for wrong, mode in [(expression, 'exec'), (ast.parse('x'), 'eval'), (ast.Name('x', ast.Load()), 'exec')]:
    try:
        compile(wrong, '<w>', mode)
    except TypeError as e:
        print('TypeError', e)

moved = ast.increment_lineno(ast.parse("a\nb = (1,\n 2)"), 10)
print([(n.lineno, n.end_lineno) for n in ast.walk(moved) if hasattr(n, 'lineno')])
node = ast.Name('y', ast.Load())
ast.copy_location(node, moved.body[1].value)
print(node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
partial = ast.Name('z', ast.Load(), lineno=3, col_offset=1)
print(ast.copy_location(ast.Name('w', ast.Load()), partial).__dict__)
fixed = ast.fix_missing_locations(ast.Module([ast.Expr(ast.Name('q', ast.Load()), lineno=4, col_offset=2)], []))
print(ast.dump(fixed, include_attributes=True))


class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.Name(node.id.upper(), node.ctx) if node.id.islower() else node


renamed = ast.fix_missing_locations(Renamer().visit(ast.parse("a = 1\nb = a + 1\nprint(A, B)", mode='exec')))
namespace = {'PRINT': print}
exec(compile(renamed, '<renamed>', 'exec'), namespace)
print(sorted(k for k in namespace if k != '__builtins__'))

# compile() wants every required field and position: fix_missing_locations supplies the positions
for tree in [ast.Module([ast.Expr(ast.Name('x', ast.Load()))], []),
             ast.Module([ast.Expr(ast.Name('x', ast.Load()), lineno=1, col_offset=0)], []),
             ast.fix_missing_locations(ast.Module([ast.Expr(ast.Name('x'))], [])),
             ast.fix_missing_locations(ast.Module([ast.Expr()], [])),
             ast.fix_missing_locations(ast.Module([ast.Pass()])),
             ast.fix_missing_locations(ast.Module([ast.Expr(ast.Call(ast.Name('f', ast.Load())))], [])),
             ast.fix_missing_locations(ast.Module([ast.Expr(ast.Call(ast.Name('print', ast.Load()), [], []))], []))]:
    try:
        exec(compile(tree, '<t>', 'exec'), {})
        print('compiled')
    except TypeError as e:
        print('TypeError', e)

exec(compile(ast.parse('a = 1; b = a + 1; a, b', mode='single'), '<single>', 'single'))

# a tree given to parse() (compile() with PyCF_ONLY_AST) comes back as it is
expression = ast.Expression(ast.Constant(1))
print(ast.parse(expression) is expression)
for call in [lambda: ast.parse(123), lambda: compile(expression, '<x>', 'bad')]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
