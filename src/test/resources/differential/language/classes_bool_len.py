class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Truthy:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Empty()), bool(Full()), bool(Truthy()), not Empty())
if Full():
    print("full is true")
print(len(Full()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print(e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
class Plain:
    pass
print(bool(Plain()))
print(Empty() or "other", Full() and "both")
