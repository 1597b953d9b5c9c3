# A built-in method bound to one object equals another binding of it (lst.append == lst.append), as a
# method-wrapper does (len.__call__); different objects or methods differ, and equal ones hash alike.
# (sched compares Events whose action is such a method.)
out = []
other = []
print(out.append == out.append, out.append != out.append, out.append is out.append)
print(out.append == other.append, out.append == out.extend, [].append == [].append)
print(hash(out.append) == hash(out.append), len({out.append, out.append, out.extend}))
print("a".upper == "a".upper, (1).bit_length == (1).bit_length, dict.fromkeys == dict.fromkeys)
print(len.__call__ == len.__call__, out.__len__ == out.__len__, out.__len__ == other.__len__)
print(out.__len__ == out.append, (out.append,) == (out.append,), out.append in [out.append])


class C:
    def m(self):
        pass


c = C()
print(c.m == c.m, c.__init__ == c.__init__, c.__hash__ == c.__hash__, c.__str__ == C().__str__)
