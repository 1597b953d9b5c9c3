# The standard streams' buffering flags, which logging handlers and progress bars read: never a tty here,
# so stdout is not line-buffered and stderr is (3.9+) unless PYTHONUNBUFFERED makes both write through.
import sys

for stream in (sys.stdin, sys.stdout, sys.stderr):
    print(stream.name, stream.line_buffering, stream.write_through, stream.isatty(), stream.encoding)
