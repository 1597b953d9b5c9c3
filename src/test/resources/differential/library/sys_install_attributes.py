# sys's facts about the installation: prefixes (compared, as they name this machine's python3), platlibdir,
# abiflags, api_version, the original command line, and what a release build reports
# differential: args one --two
import os
import sys

print(type(sys.prefix).__name__, os.path.isabs(sys.prefix), sys.prefix == os.path.normpath(sys.prefix))
print(sys.prefix == sys.base_prefix, sys.exec_prefix == sys.base_exec_prefix, sys.prefix == sys.exec_prefix)
print(sys.platlibdir, repr(sys.abiflags), sys.api_version, sys.pycache_prefix, sys._xoptions, sys._git[0])
print(type(sys._git).__name__, len(sys._git), all(type(part) is str for part in sys._git))
print(sys.copyright.splitlines()[0].startswith('Copyright (c) 2001-'), sys.copyright.count('All Rights Reserved.'))
print(type(sys.orig_argv).__name__, sys.orig_argv[1:] == sys.argv, sys.argv[1:], type(sys.orig_argv[0]).__name__)
print(sys.orig_argv is not sys.argv, sys.implementation.cache_tag == 'cpython-%d%d' % sys.version_info[:2])

# sys.getallocatedblocks(): a count that grows with what the program keeps
before = sys.getallocatedblocks()
kept = [object() for _ in range(1000)]
print(type(before).__name__, before > 0, sys.getallocatedblocks() >= before + 1000)
del kept
