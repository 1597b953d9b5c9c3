try:
    {}["x"]
except KeyError:
    raise ValueError("no context shown") from None
