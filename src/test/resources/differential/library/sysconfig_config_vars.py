# sysconfig's configuration variables: the version, the build's sizes, names derived from each other, and the
# variables a free-threaded build sets (Py_GIL_DISABLED, absent in 3.11); values that name this machine's
# installation are compared with sys, not printed
import contextlib
import io
import os
import sys
import sysconfig

config = sysconfig.get_config_vars()
print(type(config).__name__, config is sysconfig.get_config_vars(), len(config) > 50)
print(sysconfig.get_config_vars('VERSION', 'py_version_short', 'py_version_nodot', 'py_version_nodot_plat', 'nosuch'))
print(sysconfig.get_config_var('py_version') == '%d.%d.%d' % sys.version_info[:3], sysconfig.get_python_version())
print(sysconfig.get_config_var('Py_GIL_DISABLED'), sysconfig.get_config_var('NO_SUCH_VARIABLE'))
print(sysconfig.get_config_var('abiflags') == sys.abiflags == sysconfig.get_config_var('ABIFLAGS'))
print(sysconfig.get_config_var('LDVERSION') == sysconfig.get_config_var('VERSION') + sys.abiflags)
for name in ['SIZEOF_VOID_P', 'SIZEOF_SIZE_T', 'SIZEOF_LONG', 'SIZEOF_INT', 'SIZEOF_SHORT', 'SIZEOF_DOUBLE',
             'SIZEOF_FLOAT', 'SIZEOF_LONG_LONG', 'SIZEOF_WCHAR_T', 'SIZEOF_TIME_T', 'SIZEOF_PID_T', 'Py_DEBUG',
             'Py_TRACE_REFS', 'WITH_PYMALLOC', 'HAVE_FORK']:
    print(name, config[name])
print(config['SIZEOF_VOID_P'] * 8 == sys.maxsize.bit_length() + 1)
print(type(config['Py_ENABLE_SHARED']).__name__, type(config['CC']).__name__, config['SHLIB_SUFFIX'], repr(config['EXE']))

# installation directories: from sys
for name in ['prefix', 'base', 'installed_base']:
    print(name, config[name] == sys.prefix)
for name in ['exec_prefix', 'platbase', 'installed_platbase']:
    print(name, config[name] == sys.exec_prefix)
print(config['BINDIR'] == os.path.join(sys.prefix, 'bin'), config['LIBDIR'].startswith(os.path.join(sys.prefix, sys.platlibdir)))
print(config['INCLUDEPY'] == sysconfig.get_path('include', 'posix_prefix'), config['platlibdir'] == sys.platlibdir)
print(config['LIBDEST'] == sysconfig.get_path('stdlib', 'posix_prefix'), config['LIBPL'].startswith(config['LIBDEST']))
print(config['MULTIARCH'] == sys.implementation._multiarch, config['MACHDEP'] == sys.platform)
print(config['SOABI'] == 'cpython-%d%d%s-%s' % (*sys.version_info[:2], sys.abiflags, config['MULTIARCH']))
print(config['EXT_SUFFIX'] == '.%s.so' % config['SOABI'], config['HOST_GNU_TYPE'].split('-')[0] == config['MULTIARCH'].split('-')[0])
print(sysconfig.get_config_h_filename() == os.path.join(sysconfig.get_path('platinclude', 'posix_prefix'), 'pyconfig.h'))
print(sysconfig.get_makefile_filename() == os.path.join(config['LIBPL'], 'Makefile'))

platform = sysconfig.get_platform()
print(platform.startswith(sys.platform + '-'), platform == platform.strip())
print(sysconfig.is_python_build())

# parse_config_h reads "#define NAME VALUE" lines (ints where they are) and "/* #undef NAME */" as 0
header = io.StringIO('#define HAVE_FORK 1\n#define VERSION "3.11"\n/* #undef HAVE_NOTHING */\n#define EMPTY\n'
                     '  #define INDENTED 2\n#define HEX 0x10\nint x;\n#define NEGATIVE -3\n#define lower 1\n'
                     '#define WITH_COMMENT 1 /* yes */\n#define OCTAL 010\n')
print(sysconfig.parse_config_h(header))
given = {'KEPT': 5}
print(sysconfig.parse_config_h(io.StringIO('#define ADDED 7\n'), given) is given, given)

# python -m sysconfig's report
out = io.StringIO()
with contextlib.redirect_stdout(out):
    sysconfig._main()
lines = out.getvalue().splitlines()
print(lines[0] == 'Platform: "%s"' % platform, lines[1], lines[2].startswith('Current installation scheme: "'))
print(lines[3:5], lines[5:13] == ['\t%s = "%s"' % item for item in sorted(sysconfig.get_paths().items())])
print(lines[13:15], len(lines) == 15 + len(config))
