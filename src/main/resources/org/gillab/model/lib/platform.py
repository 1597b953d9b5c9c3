"""What platform and Python this is: the GIL Lab model's platform module.

Mirrors CPython 3.11's Lib/platform.py as its documentation and experiments with python3 show it, on
Linux; written for the model, not copied. The machine's facts come from os.uname() and the C library's
confstr (the glibc version), as CPython's do. The Python facts are the model's: python_implementation()
is 'CPython' (the language and library it runs are CPython 3.11's), python_version() is sys.version's,
and python_build()/python_compiler() read sys.version, which names the GIL Lab model instead of a build.
libc_ver() reports the running C library and ignores an executable to scan; mac_ver, win32_ver and
java_ver give their empty answers, as on a Linux CPython.
"""

import collections
import os
import sys

__all__ = ['architecture', 'freedesktop_os_release', 'java_ver', 'libc_ver', 'mac_ver', 'machine', 'node',
           'platform', 'processor', 'python_branch', 'python_build', 'python_compiler', 'python_implementation',
           'python_revision', 'python_version', 'python_version_tuple', 'release', 'system', 'system_alias',
           'uname', 'version', 'win32_edition', 'win32_is_iot', 'win32_ver']


class uname_result(collections.namedtuple('uname_result', 'system node release version machine processor')):
    """os.uname()'s five fields and the processor, which CPython 3.11's repr leaves out."""

    def __repr__(self):
        return ('uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)'
                % tuple(self[:5]))


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        system, node, release, version, machine = os.uname()
        _uname_cache = uname_result(system, node, release, version, machine, '')
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def system_alias(system, release, version):
    return system, release, version


def architecture(executable=sys.executable, bits='', linkage=''):
    return (bits or f'{sys.maxsize.bit_length() + 1}bit'), (linkage or 'ELF')


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    try:
        name, found = os.confstr('CS_GNU_LIBC_VERSION').split(maxsplit=1)
    except (AttributeError, ValueError, OSError):
        return lib, version
    return name, found


def _platform(*parts):
    text = '-'.join(part.strip() for part in parts if part)
    for character in ' /\\:;"()':
        text = text.replace(character, '_' if character == ' ' else '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


def platform(aliased=False, terse=False):
    system, node, release, version, machine, processor = uname()
    if system == 'Linux':
        libc_name, libc_version = libc_ver()
        return _platform(system, release, machine, processor, 'with', libc_name + libc_version)
    if terse:
        return _platform(system, release)
    return _platform(system, release, machine, processor)


def _sys_version():
    """(version, build number, build date, compiler) from sys.version, e.g. '3.11.7 (main, date, time) [GCC]'."""
    text = sys.version
    number, _, rest = text.partition(' (')
    build, _, compiler = rest.partition(')')
    fields = [field.strip() for field in build.split(',')]
    return number, fields[0], ' '.join(fields[1:]), compiler.strip().strip('[]')


def python_implementation():
    return {'cpython': 'CPython', 'pypy': 'PyPy'}.get(sys.implementation.name, sys.implementation.name)


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(python_version().split('.'))


def python_build():
    return _sys_version()[1:3]


def python_compiler():
    return _sys_version()[3]


def python_branch():
    return ''


def python_revision():
    return ''


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


def freedesktop_os_release():
    """/etc/os-release (or /usr/lib/os-release) as a dict, with the defaults the specification gives."""
    for candidate in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(candidate, encoding='utf-8') as file:
                lines = file.read().splitlines()
        except OSError as error:
            last_error = error
            continue
        info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
        for line in lines:
            key, equals, value = line.partition('=')
            if equals and key.isidentifier() and not key.startswith('#'):
                if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
                    value = value[1:-1]
                info[key] = value.replace('\\"', '"').replace("\\'", "'").replace('\\$', '$').replace('\\`', '`')
        return info
    raise OSError(last_error.errno, 'Unable to read files /etc/os-release, /usr/lib/os-release')
