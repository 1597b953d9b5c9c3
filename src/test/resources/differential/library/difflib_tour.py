import difflib, random

a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n']
b = ['zero\n', 'one\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n', 'eleven\n']
print(''.join(difflib.unified_diff(a, b, 'a.txt', 'b.txt', '2024-01-01', '2024-01-02')))
print(''.join(difflib.context_diff(a, b, 'a.txt', 'b.txt')))
print(''.join(difflib.unified_diff(a, b, n=1)))
print(''.join(difflib.context_diff(a, [], n=0)))
print(list(difflib.unified_diff([], [])))
delta = list(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n']))
print(''.join(delta), end='')
print(''.join(difflib.restore(delta, 1)), end='')
print(''.join(difflib.restore(delta, 2)), end='')
try:
    list(difflib.restore(delta, 3))
except ValueError as e:
    print(e)
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
print(''.join(difflib.Differ().compare(text1, text2)), end='')
print(''.join(difflib.ndiff(text1, text2)), end='')
print('\n'.join(difflib.ndiff(['\tabc def', 'x y z'], ['\tabd def', 'x  y z', 'same'])))
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
for op in s.get_opcodes():
    print(op)
s = difflib.SequenceMatcher(None, ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match())
s = difflib.SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9), s.bjunk)
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist), difflib.get_close_matches('pineapple', keyword.kwlist))
print(difflib.get_close_matches('accept', ['ape', 'python', 'except', 'accent', 'access'], n=2, cutoff=0.3))
for bad in ((0, 0.5), (3, 1.5)):
    try:
        difflib.get_close_matches('x', ['y'], *bad)
    except ValueError as e:
        print(e)
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\t'), difflib.IS_CHARACTER_JUNK('\n'), difflib.IS_CHARACTER_JUNK('x'))
# popularity (autojunk) and its absence on long sequences
rng = random.Random(7)
long_a = ''.join(rng.choice('ab ') for _ in range(400))
long_b = ''.join(rng.choice('abc ') for _ in range(420))
for auto in (True, False):
    m = difflib.SequenceMatcher(None, long_a, long_b, autojunk=auto)
    print(auto, sorted(m.bpopular), round(m.ratio(), 6), len(m.get_opcodes()), m.get_matching_blocks()[:4])
m = difflib.SequenceMatcher(None, 'x' * 300 + 'y', 'y' + 'x' * 300)
print(m.get_opcodes())
# random line lists: every diff format
words = ['alpha\n', 'beta\n', 'gamma\n', 'delta\n', 'eps\n', 'zeta\n', '\n', '# note\n']
for trial in range(30):
    x = [rng.choice(words) for _ in range(rng.randrange(0, 15))]
    y = [rng.choice(words) for _ in range(rng.randrange(0, 15))]
    print(trial, ''.join(difflib.unified_diff(x, y, n=rng.randrange(0, 4))), end='')
    print(''.join(difflib.context_diff(x, y, n=2)), end='')
    print(''.join(difflib.ndiff(x, y, linejunk=difflib.IS_LINE_JUNK)), end='')
    print(list(difflib.SequenceMatcher(None, x, y).get_grouped_opcodes(1)))
chars = 'abcde \t'
for trial in range(30):
    x = [''.join(rng.choice(chars) for _ in range(rng.randrange(1, 12))) + '\n' for _ in range(rng.randrange(1, 5))]
    y = [''.join(rng.choice(chars) for _ in range(rng.randrange(1, 12))) + '\n' for _ in range(rng.randrange(1, 5))]
    print(''.join(difflib.ndiff(x, y)), end='')
for args in ((['a'], [b'b']), ([b'a'], ['b'])):
    try:
        list(difflib.unified_diff(*args))
    except TypeError as e:
        print(e)
try:
    list(difflib.unified_diff(['a'], ['b'], fromfile=1))
except TypeError as e:
    print(e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'b\n'], [b'a\n', b'c\n'], b'x', b'y')))
print(difflib.SequenceMatcher[int], difflib.Match(1, 2, 3))
