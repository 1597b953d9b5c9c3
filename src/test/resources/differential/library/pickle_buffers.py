# pickle: protocol 5's PickleBuffer, in band (BYTEARRAY8) and out of band (NEXT_BUFFER, READONLY_BUFFER).
import pickle
b = pickle.PickleBuffer(bytearray(b"abc"))
print(pickle.dumps(b, 5))
bufs = []
d = pickle.dumps(pickle.PickleBuffer(b"xyz"), 5, buffer_callback=bufs.append)
print(d, len(bufs))
print(pickle.loads(d, buffers=bufs).raw().tobytes(), pickle.loads(pickle.dumps(b, 5)))
