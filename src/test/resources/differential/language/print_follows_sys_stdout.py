"""print() writes to whatever sys.stdout is now (what contextlib.redirect_stdout relies on)."""
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        self.parts.append("<flush>")


original = sys.stdout
sys.stdout = Capture()
print("hidden", 1, sep="-")
print("flushed", end="!", flush=True)
captured = sys.stdout
sys.stdout = original
print(captured.parts)

sys.stdout = None
print("dropped: sys.stdout is None")
sys.stdout = original
print("back", file=None)
print("to stderr", file=sys.stderr)
sys.displayhook(None)
sys.displayhook([1, "two"])
print(_)
print(sys.displayhook is sys.__displayhook__)
