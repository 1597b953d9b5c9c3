# platform (Lib/platform.py) on Linux: the machine's facts, the Python's version, os.confstr behind libc_ver
import os
import platform
print(platform.python_implementation(), platform.python_version(), platform.python_version_tuple())
print(platform.system(), platform.machine(), platform.release() == os.uname().release, platform.node() == os.uname().nodename)
u = platform.uname()
print(u == platform.uname(), len(u), u.system, u[4], repr(u) == repr(u), repr(u).startswith("uname_result(system='Linux'"), u._fields)
print(platform.platform(), platform.platform(terse=True) == platform.platform(), platform.platform(aliased=True) == platform.platform())
print(platform.architecture(), platform.libc_ver(), repr(platform.processor()))
print(platform.mac_ver(), platform.win32_ver(), platform.java_ver(), platform.win32_edition(), platform.win32_is_iot())
print(platform.system_alias('Linux', '1', '2'), platform.python_branch(), platform.python_revision())
release = platform.freedesktop_os_release()
print(sorted(release) == sorted(release), release['ID'], 'NAME' in release, type(release).__name__)
print(os.confstr('CS_PATH'), len(os.confstr_names), os.confstr_names['CS_XBS5_LPBIG_OFFBIG_LINTFLAGS'])
for bad in ['X', 9999, 1.5]:
    try:
        print(os.confstr(bad))
    except (ValueError, OSError, TypeError) as e:
        print(type(e).__name__, e)
