# The Computer Language Benchmarks Game: binary-trees.
import sys


def make_tree(depth):
    return (None, None) if depth == 0 else (make_tree(depth - 1), make_tree(depth - 1))


def check_tree(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check_tree(left) + check_tree(right)


def main(n):
    min_depth = 4
    max_depth = max(min_depth + 2, n)
    stretch_depth = max_depth + 1
    print("stretch tree of depth %d\t check: %d" % (stretch_depth, check_tree(make_tree(stretch_depth))))
    long_lived = make_tree(max_depth)
    for depth in range(min_depth, stretch_depth, 2):
        iterations = 2 ** (max_depth - depth + min_depth)
        check = sum(check_tree(make_tree(depth)) for _ in range(iterations))
        print("%d\t trees of depth %d\t check: %d" % (iterations, depth, check))
    print("long lived tree of depth %d\t check: %d" % (max_depth, check_tree(long_lived)))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
