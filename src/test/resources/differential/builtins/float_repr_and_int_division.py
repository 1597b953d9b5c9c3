# float repr is the shortest decimal that reads back as the same float (Java 17's Double.toString is not
# always), and int / int is correctly rounded however large the ints are, as long_true_divide is.
print(0 / -5, -0 / 5, (-10**30) / 7, 10**400 / 10**390, 1 / 3**700, 986996338168104 / 9007199254740992)
print(1 / 2**1074, 3 / 2**1075, 1 / 2**1075, 3 / 2**1076, (2**53 + 1) / 1, (2**54 + 3) / 2, 10**30 / 3, -7 / 2**60)
print(5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.10957860598549463, 2.0e-3, 1e23, 9007199254740993.0)
print([0.1 * i for i in range(12)], 1 / 3, 2 / 3, 100 / 7, 1e16, 1e-5, 123456789.123456789)
try:
    print(10**400 / 3)
except OverflowError as e:
    print(e)
s = 1
for i in range(200):
    s = (s * 6364136223846793005 + 1442695040888963407) % 2**64
    print(s / 2**53, s / 3, s / (s % 1000 + 1), (s << 900) / (s // 3 + 1), s / 2**(1100 - i), 10 ** (s / 2**64 * 20 - 10))
