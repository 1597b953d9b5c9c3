# uuid (Lib/uuid.py): parsing, fields, name-based versions, random versions, errors
import uuid
u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq, u.variant, u.version, u.is_safe)
for text in ['12345678123456781234567812345678', 'urn:uuid:12345678-1234-5678-1234-567812345678',
             '{12345678123456781234567812345678}', '1234567812345678123456781234567']:
    try:
        print(uuid.UUID(text))
    except ValueError as e:
        print("ValueError", e)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u,
      uuid.UUID(int=u.int) == u)
print(uuid.UUID(int=5, version=4), uuid.UUID(int=0).variant, uuid.UUID(int=(1 << 128) - 1).variant)
for kwargs in [{}, {'hex': 'ab', 'int': 1}, {'bytes': b'x'}, {'int': -1}, {'int': 1 << 128}, {'int': 1, 'version': 9},
               {'fields': (1, 2, 3)}, {'fields': (1 << 32, 0, 0, 0, 0, 0)}, {'bytes_le': b'abc'}]:
    try:
        print(uuid.UUID(**kwargs))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.hex = 'x'
except TypeError as e:
    print("TypeError", e)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'http://python.org/'))
print(uuid.uuid3(uuid.NAMESPACE_OID, '1.3.6.1'), uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x'))
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4(), isinstance(r, uuid.UUID))
t = uuid.uuid1()
print(t.version, t.variant, t.node == uuid.getnode(), t < uuid.uuid1() or True, 0 <= t.clock_seq < 1 << 14)
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node, uuid.uuid1(node=1, clock_seq=2).clock_seq)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]), hash(u) == hash(uuid.UUID(str(u))))
print(u == str(u), u.__eq__(1), int(u) == u.int, str(uuid.NAMESPACE_DNS))
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, uuid.SafeUUID.unknown)
print({u: 1}[uuid.UUID(u.hex)], uuid.UUID(u.hex, version=1).version)
import copy
print(copy.copy(u) == u, copy.deepcopy(u) is not None)
try:
    u < 1
except TypeError as e:
    print("TypeError", e)
