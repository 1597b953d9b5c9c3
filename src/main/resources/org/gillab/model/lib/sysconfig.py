"""Python's configuration: the GIL Lab model's sysconfig.

Mirrors CPython 3.11's Lib/sysconfig.py: written for the model from the sysconfig documentation and from
experiments with python3, not copied. The installation paths (get_paths and its schemes) are those of the
CPython the model stands for, whose prefix is sys.prefix. CPython reads its configuration variables from
the Makefile and pyconfig.h its build installed (_sysconfigdata); the model has no build, so
get_config_vars() answers a documented subset: the installation's directories and version, derived from
sys, and a table of a 64-bit Linux build's facts (SIZEOF_*, Py_DEBUG, CC...). A name outside it is None,
as an unknown name is on CPython. Py_GIL_DISABLED is 1 under `--gil free` (the model's free-threaded
3.13t) and absent (None) otherwise, as in CPython 3.11, which does not define it.
"""

import os
import re
import sys

__all__ = ['get_config_h_filename', 'get_config_var', 'get_config_vars', 'get_makefile_filename', 'get_path',
           'get_path_names', 'get_paths', 'get_platform', 'get_python_version', 'get_scheme_names',
           'parse_config_h']


def _layout(stdlib, platstdlib, site, platsite, include, platinclude, scripts, data):
    """A scheme: where each kind of installed file goes, as templates of config vars."""
    paths = {'stdlib': stdlib, 'platstdlib': platstdlib, 'purelib': site, 'platlib': platsite,
             'include': include, 'platinclude': platinclude, 'scripts': scripts, 'data': data}
    return {name: path for name, path in paths.items() if path is not None}


# A prefix installation (./configure --prefix): also what a virtual environment copies.
_POSIX = _layout(stdlib='{installed_base}/{platlibdir}/python{py_version_short}',
                 platstdlib='{platbase}/{platlibdir}/python{py_version_short}',
                 site='{base}/lib/python{py_version_short}/site-packages',
                 platsite='{platbase}/{platlibdir}/python{py_version_short}/site-packages',
                 include='{installed_base}/include/python{py_version_short}{abiflags}',
                 platinclude='{installed_platbase}/include/python{py_version_short}{abiflags}',
                 scripts='{base}/bin', data='{base}')
_WINDOWS = _layout(stdlib='{installed_base}/Lib', platstdlib='{base}/Lib', site='{base}/Lib/site-packages',
                   platsite='{base}/Lib/site-packages', include='{installed_base}/Include',
                   platinclude='{installed_base}/Include', scripts='{base}/Scripts', data='{base}')
_WINDOWS_USER_DIR = '{userbase}/Python{py_version_nodot_plat}'

_INSTALL_SCHEMES = {
    'nt': _WINDOWS,
    'nt_user': _layout(stdlib=_WINDOWS_USER_DIR, platstdlib=_WINDOWS_USER_DIR,
                       site=_WINDOWS_USER_DIR + '/site-packages', platsite=_WINDOWS_USER_DIR + '/site-packages',
                       include=_WINDOWS_USER_DIR + '/Include', platinclude=None,
                       scripts=_WINDOWS_USER_DIR + '/Scripts', data='{userbase}'),
    'nt_venv': _WINDOWS,
    'osx_framework_user': _layout(stdlib='{userbase}/lib/python', platstdlib='{userbase}/lib/python',
                                  site='{userbase}/lib/python/site-packages',
                                  platsite='{userbase}/lib/python/site-packages',
                                  include='{userbase}/include/python{py_version_short}', platinclude=None,
                                  scripts='{userbase}/bin', data='{userbase}'),
    'posix_home': _layout(stdlib='{installed_base}/lib/python', platstdlib='{base}/lib/python',
                          site='{base}/lib/python', platsite='{base}/lib/python',
                          include='{installed_base}/include/python', platinclude='{installed_base}/include/python',
                          scripts='{base}/bin', data='{base}'),
    'posix_prefix': _POSIX,
    'posix_user': _layout(stdlib='{userbase}/{platlibdir}/python{py_version_short}',
                          platstdlib='{userbase}/{platlibdir}/python{py_version_short}',
                          site='{userbase}/lib/python{py_version_short}/site-packages',
                          platsite='{userbase}/lib/python{py_version_short}/site-packages',
                          include='{userbase}/include/python{py_version_short}', platinclude=None,
                          scripts='{userbase}/bin', data='{userbase}'),
    'posix_venv': _POSIX,
    'venv': _POSIX,
}

# The facts of a 64-bit Linux build of CPython configured with --enable-shared (pyconfig.h and the Makefile).
_BUILD = {
    'SIZEOF_SHORT': 2, 'SIZEOF_INT': 4, 'SIZEOF_LONG': 8, 'SIZEOF_LONG_LONG': 8, 'SIZEOF_VOID_P': 8,
    'SIZEOF_SIZE_T': 8, 'SIZEOF_UINTPTR_T': 8, 'SIZEOF_FLOAT': 4, 'SIZEOF_DOUBLE': 8, 'SIZEOF_LONG_DOUBLE': 16,
    'SIZEOF_WCHAR_T': 4, 'SIZEOF__BOOL': 1, 'SIZEOF_OFF_T': 8, 'SIZEOF_PID_T': 4, 'SIZEOF_TIME_T': 8,
    'SIZEOF_FPOS_T': 16, 'SIZEOF_PTHREAD_T': 8, 'SIZEOF_PTHREAD_KEY_T': 4, 'ALIGNOF_LONG': 8, 'ALIGNOF_SIZE_T': 8,
    'Py_DEBUG': 0, 'Py_TRACE_REFS': 0, 'Py_ENABLE_SHARED': 1, 'PY_ENABLE_SHARED': 1, 'WITH_PYMALLOC': 1,
    'WITH_DOC_STRINGS': 1, 'HAVE_FORK': 1, 'HAVE_DYNAMIC_LOADING': 1, 'ANDROID_API_LEVEL': 0,
    'CC': 'gcc', 'CXX': 'g++', 'AR': 'ar', 'ARFLAGS': 'rcs', 'CCSHARED': '-fPIC', 'OPT': '-DNDEBUG -g -fwrapv -O3 -Wall',
    'CFLAGS': '-Wsign-compare -DNDEBUG -g -fwrapv -O3 -Wall', 'LDSHARED': 'gcc -shared', 'BLDSHARED': 'gcc -shared',
    'LIBS': '-ldl', 'LIBM': '-lm', 'SYSLIBS': '-lm', 'MODLIBS': '', 'LIBC': '', 'EXE': '', 'SHLIB_SUFFIX': '.so',
    'PYTHONFRAMEWORK': '', 'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo',
}

_config_vars = None


def _user_base():
    """Where `pip install --user` installs: $PYTHONUSERBASE, else ~/.local (site.getuserbase on POSIX)."""
    return os.environ.get('PYTHONUSERBASE') or os.path.expanduser('~/.local')


def _installation_vars():
    """The variables that name the installation and its version, from sys."""
    major, minor, micro = sys.version_info[:3]
    short = f'{major}.{minor}'
    abiflags = sys.abiflags
    multiarch = sys.implementation._multiarch
    prefix, exec_prefix = os.path.normpath(sys.prefix), os.path.normpath(sys.exec_prefix)
    libdest = f'{prefix}/{sys.platlibdir}/python{short}'
    machdest = f'{exec_prefix}/{sys.platlibdir}/python{short}'
    include = f'{prefix}/include/python{short}{abiflags}'
    libpl = f'{libdest}/config-{short}{abiflags}-{multiarch}'
    soabi = f'cpython-{major}{minor}{abiflags}-{multiarch}'
    variables = {
        'prefix': prefix, 'exec_prefix': exec_prefix, 'base': prefix, 'platbase': exec_prefix,
        'installed_base': os.path.normpath(sys.base_prefix), 'installed_platbase': os.path.normpath(sys.base_exec_prefix),
        'projectbase': f'{prefix}/bin', 'srcdir': libpl, 'userbase': _user_base(), 'platlibdir': sys.platlibdir,
        'py_version': f'{major}.{minor}.{micro}', 'py_version_short': short, 'py_version_nodot': f'{major}{minor}',
        'py_version_nodot_plat': '', 'abiflags': abiflags, 'ABIFLAGS': abiflags, 'VERSION': short,
        'LDVERSION': short + abiflags, 'MACHDEP': sys.platform, 'MULTIARCH': multiarch,
        'HOST_GNU_TYPE': multiarch.split('-')[0] + '-pc-linux-gnu', 'SOABI': soabi, 'EXT_SUFFIX': f'.{soabi}.so',
        'BINDIR': f'{prefix}/bin', 'LIBDIR': f'{prefix}/{sys.platlibdir}', 'SCRIPTDIR': f'{prefix}/{sys.platlibdir}',
        'INCLUDEDIR': f'{prefix}/include', 'INCLUDEPY': include, 'CONFINCLUDEPY': include,
        'LIBDEST': libdest, 'DESTLIB': libdest, 'BINLIBDEST': machdest, 'MACHDESTLIB': machdest,
        'DESTSHARED': f'{machdest}/lib-dynload', 'LIBPL': libpl, 'datarootdir': f'{prefix}/share',
        'MANDIR': f'{prefix}/share/man', 'LDLIBRARY': f'libpython{short}{abiflags}.so',
        'LIBRARY': f'libpython{short}{abiflags}.a', 'BLDLIBRARY': f'-L. -lpython{short}{abiflags}',
    }
    if 't' in abiflags:
        variables['Py_GIL_DISABLED'] = 1
    return variables


def get_config_vars(*args):
    """The configuration variables as a dict (the same one each call); with names, a list of their values."""
    global _config_vars
    if _config_vars is None:
        _config_vars = dict(_BUILD)
        _config_vars.update(_installation_vars())
    if args:
        return [_config_vars.get(name) for name in args]
    return _config_vars


def get_config_var(name):
    """One configuration variable, or None where the build does not define it."""
    return get_config_vars().get(name)


def get_scheme_names():
    return tuple(sorted(_INSTALL_SCHEMES))


def get_path_names():
    return 'stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'scripts', 'data'


def get_preferred_scheme(key):
    """The scheme for 'prefix', 'home' or 'user' installations (a KeyError names any other key)."""
    in_venv = sys.prefix != sys.base_prefix
    return {'prefix': 'venv' if in_venv else 'posix_prefix', 'home': 'posix_home', 'user': 'posix_user'}[key]


def get_default_scheme():
    return get_preferred_scheme('prefix')


class _Variables(dict):
    """The values a path template may name: config vars, then the environment's variables."""

    def __missing__(self, name):
        if name in os.environ:
            return os.environ[name]
        raise AttributeError(repr(name))


def get_paths(scheme=get_default_scheme(), vars=None, expand=True):
    """The scheme's installation paths, by name: expanded with the config vars (vars take precedence)."""
    templates = _INSTALL_SCHEMES[scheme]
    if not expand:
        return dict(templates)
    values = _Variables(get_config_vars())
    values.update(vars or {})
    return {name: os.path.normpath(os.path.expanduser(template).format_map(values))
            for name, template in templates.items()}


def get_path(name, scheme=get_default_scheme(), vars=None, expand=True):
    """One installation path of the scheme (a KeyError names an unknown one)."""
    return get_paths(scheme, vars, expand)[name]


def get_python_version():
    """'MAJOR.MINOR'."""
    return get_config_var('py_version_short')


def get_platform():
    """The platform compiled extensions are built for: 'linux-x86_64', else 'system-release-machine'."""
    system, _, release, _, machine = os.uname()
    system = system.lower().replace('/', '')
    machine = machine.replace(' ', '_').replace('/', '-')
    if system == 'linux':
        return f'{system}-{machine}'
    return f'{system}-{release}-{machine}'


def is_python_build(check_home=None):
    """Whether this Python runs from its source tree: never, for the model."""
    if check_home is not None:
        import warnings
        warnings.warn('check_home argument is deprecated and ignored.', DeprecationWarning, stacklevel=2)
    return False


def get_config_h_filename():
    """Where the build's pyconfig.h is installed."""
    return os.path.join(get_path('platinclude'), 'pyconfig.h')


def get_makefile_filename():
    """Where the build's Makefile is installed."""
    return os.path.join(get_config_var('LIBPL'), 'Makefile')


_DEFINE = re.compile(r'#define ([A-Z][A-Za-z0-9_]+) (.*)\n')
_UNDEF = re.compile(r'/[*] #undef ([A-Z][A-Za-z0-9_]+) [*]/\n')


def parse_config_h(fp, vars=None):
    """The #define'd names of a pyconfig.h-style file (ints where they read as ints), #undef'd ones as 0.

    With vars, that dict is updated and returned.
    """
    found = {} if vars is None else vars
    for line in fp:
        if defined := _DEFINE.match(line):
            name, value = defined.groups()
            try:
                value = int(value)
            except ValueError:
                pass
            found[name] = value
        elif undefined := _UNDEF.match(line):
            found[undefined.group(1)] = 0
    return found


def _print_sorted(title, mapping):
    print(f'{title}: ')
    for name, value in sorted(mapping.items()):
        print(f'\t{name} = "{value}"')


def _main():
    """python -m sysconfig: the platform, the version, the default scheme's paths and every config var."""
    print(f'Platform: "{get_platform()}"')
    print(f'Python version: "{get_python_version()}"')
    print(f'Current installation scheme: "{get_default_scheme()}"')
    print()
    _print_sorted('Paths', get_paths())
    print()
    _print_sorted('Variables', get_config_vars())


if __name__ == '__main__':
    _main()
