# differential: normalize floats
import unittest


def helper(x):
    if x > 2:
        raise ValueError("too big: %d" % x)
    return x


class Arithmetic(unittest.TestCase):
    def test_equal_ints(self):
        self.assertEqual(1 + 1, 3)

    def test_error(self):
        helper(5)

    def test_pass(self):
        self.assertTrue(True)

    def test_list_diff(self):
        self.assertEqual([1, 2, 3, 4], [1, 2, 5, 4, 6])

    def test_str_diff(self):
        self.assertEqual("hello world\nsecond line\n", "hello there world\nsecond line\n")

    def test_dict_diff(self):
        self.assertEqual({'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3], 'c': None}, msg="dicts")

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_chained(self):
        try:
            helper(9)
        except ValueError as e:
            raise RuntimeError("wrapped") from e

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_in_handler(self):
        try:
            {}['missing']
        except KeyError:
            self.fail("lookup failed")


if __name__ == '__main__':
    unittest.main(exit=False)
    print("after main")
    unittest.main()
