# socket.create_connection(..., all_errors=True) raises an ExceptionGroup of every attempt's error, which except* takes apart
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
port = s.getsockname()[1]
s.close()
try:
    socket.create_connection(("127.0.0.1", port), all_errors=True)
except* ConnectionRefusedError as eg:
    print("refused:", repr(eg), eg.exceptions[0].errno)
try:
    socket.create_connection(("127.0.0.1", port), all_errors=True)
except ExceptionGroup as eg:
    print(repr(eg.subgroup(OSError)))
try:
    socket.create_connection(("127.0.0.1", port))
except* OSError as eg:
    print("naked:", repr(eg))
