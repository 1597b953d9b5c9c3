"""pwd and grp: the root account and group, which every machine has, and CPython's errors."""
import grp
import pwd


def attempt(call, *args, **kwargs):
    try:
        print(repr(call(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


print([name for name in dir(pwd) if not name.startswith("__")])
print([name for name in dir(grp) if not name.startswith("__")])

root = pwd.getpwuid(0)
print(repr(root), root == pwd.getpwnam("root"))
print(type(root), len(root), root.n_fields, root[0], root.pw_uid, root[2:4], isinstance(root, tuple))
wheel = grp.getgrgid(0)
print(repr(wheel), wheel == grp.getgrnam("root"), grp.getgrgid(id=0) == grp.getgrnam(name="root"))
print(type(wheel), len(wheel), type(wheel.gr_mem), wheel.gr_gid)

accounts = pwd.getpwall()
print(type(accounts), root in accounts, all(type(a) is pwd.struct_passwd for a in accounts))
print(all(pwd.getpwnam(a.pw_name).pw_name == a.pw_name for a in accounts))
print(len({a.pw_name for a in accounts}) <= len(accounts), all(a.pw_uid >= 0 for a in accounts))
groups = grp.getgrall()
print(type(groups), wheel in groups, all(type(g) is grp.struct_group for g in groups))
print(all(isinstance(m, str) for g in groups for m in g.gr_mem))

for uid in (987654, -1, 2 ** 32 - 1, -2, 2 ** 40, 2 ** 70, "x", 1.0, True):
    attempt(lambda: pwd.getpwuid(uid).pw_uid)
for gid in (987654, -1, -2, 2 ** 40, 2 ** 63, -2 ** 70, "x", 1.5):
    attempt(lambda: grp.getgrgid(gid).gr_gid)
for name in ("nosuchuser", "", 1, "a\0b", b"root"):
    attempt(pwd.getpwnam, name)
    attempt(grp.getgrnam, name)
attempt(pwd.getpwuid)
attempt(pwd.getpwuid, uid=0)
attempt(pwd.getpwnam, name="root")
attempt(pwd.getpwall, 1)
attempt(grp.getgrgid)
attempt(grp.getgrgid, 1, 2)
attempt(grp.getgrall, 1)
attempt(pwd.struct_passwd, (1, 2))
