# What len() makes of a __len__ result: a negative, a huge, a float and a str result are each refused
# with their own exception.
class Sized:
    def __init__(self, result):
        self.result = result

    def __len__(self):
        return self.result


for result in (3, True, -1, 2**70, 1.5, "3"):
    try:
        print(repr(result)[:12], len(Sized(result)))
    except (ValueError, OverflowError, TypeError) as e:
        print(repr(result)[:12], type(e).__name__, e)
