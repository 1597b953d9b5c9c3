"""multiprocessing.reduction for the GIL Lab model: ForkingPickler, the pickler multiprocessing sends with.

Mirrors the pickler of CPython 3.11's Lib/multiprocessing/reduction.py (written for the model, not
copied). The model's processes are handed values by its own codec (the Java pool's ValueCodec, which
sends what pickle sends), so the model pickles with this only where a program sees CPython's pickling:
for a value the codec refused, so that pickle's own error rises through the frames CPython's does
(queues._feed, pool._handle_tasks).
"""

import io
import pickle

__all__ = ['ForkingPickler']


class ForkingPickler(pickle.Pickler):
    """The pickler multiprocessing sends objects with; loads takes them back."""

    loads = pickle.loads

    @classmethod
    def dumps(cls, obj, protocol=None):
        """obj's pickle, as a memoryview of its bytes."""
        buf = io.BytesIO()
        # a pickling error's traceback shows this line, as CPython's
        cls(buf, protocol).dump(obj)
        return buf.getbuffer()
