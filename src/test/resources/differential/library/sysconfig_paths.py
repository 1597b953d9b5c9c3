# sysconfig's installation schemes: the upstream ones (a Debian python3 adds its own, left out here), their
# templates, and their expansion with given and configured variables; paths compared, not printed
import os
import sys
import sysconfig

UPSTREAM = ['nt', 'nt_user', 'nt_venv', 'osx_framework_user', 'posix_home', 'posix_prefix', 'posix_user',
            'posix_venv', 'venv']
print(all(name in sysconfig.get_scheme_names() for name in UPSTREAM), type(sysconfig.get_scheme_names()).__name__)
print(sysconfig.get_path_names())
print(sysconfig.get_preferred_scheme('home'), sysconfig.get_preferred_scheme('user'))
print(sysconfig.get_default_scheme() == sysconfig.get_preferred_scheme('prefix'))
for scheme in UPSTREAM:
    print(scheme, sysconfig.get_paths(scheme, expand=False))

given = {'base': '/b', 'platbase': '/p', 'installed_base': '/ib', 'installed_platbase': '/ip', 'userbase': '/u'}
for scheme in UPSTREAM:
    print(scheme, sysconfig.get_paths(scheme, vars=given))
print(sysconfig.get_path('scripts', 'posix_user', vars={'userbase': '/home/someone/.local'}))
print(sysconfig.get_path('include', 'posix_prefix', {'installed_base': '/opt/py//x/..'}, expand=True))
print(sysconfig.get_path('purelib', 'posix_prefix', expand=False))
print(sysconfig.get_paths('posix_prefix', vars={'base': '{not expanded twice}'})['data'])

# the installation's own paths, from sys.prefix
paths = sysconfig.get_paths('posix_prefix')
version = '%d.%d' % sys.version_info[:2]
print(paths['stdlib'] == os.path.join(sys.base_prefix, 'lib', 'python' + version))
print(paths['purelib'] == os.path.join(sys.prefix, 'lib', 'python' + version, 'site-packages'))
print(paths['scripts'] == os.path.join(sys.prefix, 'bin'), paths['data'] == sys.prefix)
print(paths['include'] == os.path.join(sys.base_prefix, 'include', 'python' + version + sys.abiflags))
print(all(os.path.isabs(path) for path in paths.values()), sorted(paths) == sorted(sysconfig.get_paths('posix_prefix', expand=False)))
user = sysconfig.get_paths('posix_user')
print(user['data'] == sysconfig.get_config_var('userbase'), user['scripts'] == os.path.join(user['data'], 'bin'))
print(sysconfig.get_path('stdlib', 'posix_prefix') == paths['stdlib'])

for call in [lambda: sysconfig.get_path('nosuch'), lambda: sysconfig.get_paths('nosuch'),
             lambda: sysconfig.get_preferred_scheme('system'), lambda: sysconfig.get_path('platinclude', 'nt_user')]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
