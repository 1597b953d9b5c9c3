# sys.float_info, sys.int_info, sys.hash_info and sys.thread_info: their reprs, their fields as
# attributes and items, and that they describe the numbers and hashes the interpreter really has.
import math
import os
import sys

for info in (sys.float_info, sys.int_info, sys.hash_info):
    print(repr(info))
    print(type(info).__name__, type(info).__module__, len(info), info.n_fields, info.n_sequence_fields,
          info.n_unnamed_fields, isinstance(info, tuple))

fi = sys.float_info
print(fi.max, fi[0], fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix, fi.rounds)
print(fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp)
print(fi.max * 2 == math.inf, 1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(math.frexp(fi.max)[1] == fi.max_exp, math.frexp(fi.min)[1] == fi.min_exp)
print(fi.max == float.fromhex('0x1.fffffffffffffp+1023'), fi.min / 2 > 0)

ii = sys.int_info
print(ii.bits_per_digit, ii.sizeof_digit, ii.default_max_str_digits, ii.str_digits_check_threshold)
print(tuple(ii), ii[-1])

hi = sys.hash_info
print(hi.width, hi.modulus == 2 ** 61 - 1, hi.algorithm, hi.hash_bits, hi.seed_bits, hi.cutoff)
print(hash(math.inf) == hi.inf, hash(-math.inf) == -hi.inf, hash(1j) == hi.imag, hash(hi.modulus), hash(hi.modulus + 5))
print(hi[:5] == (hi.width, hi.modulus, hi.inf, hi.nan, hi.imag))

ti = sys.thread_info
print(type(ti).__name__, len(ti), ti.name, ti.lock, ti[:2])
print(ti.version == os.confstr('CS_GNU_LIBPTHREAD_VERSION'))

for info, field in [(sys.float_info, 'max'), (sys.int_info, 'bits_per_digit')]:
    try:
        setattr(info, field, 1)
    except AttributeError as e:
        print('AttributeError:', e)
