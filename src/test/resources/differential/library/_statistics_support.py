"""What the statistics differential programs share: a seeded source of small ints, and a printer."""


def seeded(seed):
    """draw(limit): ints in [-limit, limit], the same sequence on every Python (an LCG, not random)."""
    state = seed

    def draw(limit):
        nonlocal state
        state = (state * 1103515245 + 12345) % 2 ** 31
        return state % (2 * limit + 1) - limit

    return draw


def show(label, action):
    try:
        value = action()
        print(label, type(value).__name__, repr(value))
    except Exception as error:
        print(label, type(error).__name__, error)
