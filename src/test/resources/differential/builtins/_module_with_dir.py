"""A module that lists its names itself (PEP 562)."""
visible = 1
_hidden = 2


def __dir__():
    return ["visible", "extra", "another"]
