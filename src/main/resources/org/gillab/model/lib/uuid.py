"""UUID objects (RFC 4122): the GIL Lab model's uuid module.

Mirrors CPython 3.11's Lib/uuid.py as its documentation and experiments with python3 show it; written for
the model, not copied. A UUID is an immutable 128-bit int with views of it (fields, bytes, hex, the
version and variant bits). getnode() does what CPython does when it cannot read a hardware address: a
random 48-bit number with the multicast bit set, as RFC 4122 section 4.5 recommends, kept for the process.
"""

import builtins
import enum
import hashlib
import os
import random
import time

__all__ = ['UUID', 'SafeUUID', 'getnode', 'uuid1', 'uuid3', 'uuid4', 'uuid5',
           'NAMESPACE_DNS', 'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500',
           'RESERVED_NCS', 'RFC_4122', 'RESERVED_MICROSOFT', 'RESERVED_FUTURE']

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    'reserved for NCS compatibility', 'specified in RFC 4122',
    'reserved for Microsoft compatibility', 'reserved for future definition']

_UUID_RANGE = 1 << 128
# (bits) of time_low, time_mid, time_hi_version, clock_seq_hi_variant, clock_seq_low, node
_FIELD_BITS = (32, 16, 16, 8, 8, 48)


class SafeUUID(enum.Enum):
    safe = 0
    unsafe = -1
    unknown = None


def _int_from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    value = 0
    for number, (field, bits) in enumerate(zip(fields, _FIELD_BITS), 1):
        if not 0 <= field < 1 << bits:
            raise ValueError(f'field {number} out of range (need a {bits}-bit value)')
        value = value << bits | field
    return value


def _stamped(value, version):
    """value with RFC 4122's variant bits (10) and the version number written over its own bits."""
    if not 1 <= version <= 5:
        raise ValueError('illegal version number')
    value &= ~(_VARIANT_MASK | _VERSION_MASK)
    return value | 0x8000 << 48 | version << 76


_VARIANT_MASK = 0xc000 << 48   # the top two bits of clock_seq_hi_variant
_VERSION_MASK = 0xf000 << 64   # the top four bits of time_hi_version


def _field_cuts():
    """(shift, mask) of each field in the 128-bit int, from the first (most significant) to the node."""
    cuts, shift = [], 128
    for bits in _FIELD_BITS:
        shift -= bits
        cuts.append((shift, (1 << bits) - 1))
    return tuple(cuts)


_FIELD_CUTS = _field_cuts()


def _field_view(index):
    """A read-only property for one field of the UUID, cut out of its int."""
    shift, mask = _FIELD_CUTS[index]
    return property(lambda self: self.int >> shift & mask)


# The variant is named by the first clear one of the three leading bits of clock_seq_hi_variant.
_VARIANT_BITS = ((0x8000 << 48, RESERVED_NCS), (0x4000 << 48, RFC_4122), (0x2000 << 48, RESERVED_MICROSOFT))


def _fill(uuid, value, is_safe):
    # UUID.__setattr__ refuses every assignment: the slots are filled through object's
    object.__setattr__(uuid, 'int', value)
    object.__setattr__(uuid, 'is_safe', is_safe)


def _big_endian(bytes_le):
    """The RFC's byte order from Microsoft's, which stores the first three fields little-endian."""
    return bytes_le[3::-1] + bytes_le[5:3:-1] + bytes_le[7:5:-1] + bytes_le[8:]


class UUID:
    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None, *,
                 is_safe=SafeUUID.unknown):
        given = sum(argument is not None for argument in (hex, bytes, bytes_le, fields, int))
        if given != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must be given')
        if hex is not None:
            hex = hex.replace('urn:', '').replace('uuid:', '').strip('{}').replace('-', '')
            if len(hex) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = builtins.int(hex, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = _big_endian(bytes_le)
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            int = builtins.int.from_bytes(bytes, 'big')
        if fields is not None:
            int = _int_from_fields(fields)
        if not 0 <= int < _UUID_RANGE:
            raise ValueError('int is out of range (need a 128-bit value)')
        _fill(self, int if version is None else _stamped(int, version), is_safe)

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        # pickles from before is_safe existed, or of an unknown one, carry only the int
        safety = SafeUUID(state['is_safe']) if 'is_safe' in state else SafeUUID.unknown
        _fill(self, state['int'], safety)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __eq__(self, other):
        return self.int == other.int if isinstance(other, UUID) else NotImplemented

    def __lt__(self, other):
        return self.int < other.int if isinstance(other, UUID) else NotImplemented

    def __gt__(self, other):
        return self.int > other.int if isinstance(other, UUID) else NotImplemented

    def __le__(self, other):
        return self.int <= other.int if isinstance(other, UUID) else NotImplemented

    def __ge__(self, other):
        return self.int >= other.int if isinstance(other, UUID) else NotImplemented

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    def __str__(self):
        # 8-4-4-4-12 hexadecimal digits
        digits = self.hex
        groups = (digits[:8], digits[8:12], digits[12:16], digits[16:20], digits[20:])
        return '-'.join(groups)

    def __int__(self):
        return self.int

    def __hash__(self):
        return hash(self.int)

    # the six RFC 4122 fields, most significant first
    time_low, time_mid, time_hi_version, clock_seq_hi_variant, clock_seq_low, node = map(_field_view, range(6))

    @property
    def fields(self):
        return tuple(self.int >> shift & mask for shift, mask in _FIELD_CUTS)

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _big_endian(self.bytes)  # the same three reversals take it back

    @property
    def hex(self):
        return format(self.int, '032x')

    @property
    def urn(self):
        return f'urn:uuid:{self}'

    @property
    def time(self):
        # the 60-bit timestamp: time_hi (without the version) above time_mid above time_low
        return (self.time_hi_version & 0x0fff) << 48 | self.time_mid << 32 | self.time_low

    @property
    def clock_seq(self):
        return (self.clock_seq_hi_variant & 0x3f) << 8 | self.clock_seq_low

    @property
    def variant(self):
        return next((name for bit, name in _VARIANT_BITS if not self.int & bit), RESERVED_FUTURE)

    @property
    def version(self):
        return self.int >> 76 & 0xf if self.variant == RFC_4122 else None


_node = None


def getnode():
    """This host's 48-bit node number: here a random one with the multicast bit set (see the module's doc)."""
    global _node
    if _node is None:
        _node = random.getrandbits(48) | 1 << 40
    return _node


_GREGORIAN_TO_UNIX_IN_100NS = 0x01b21dd213814000
_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A UUID from the time (100 ns since 1582-10-15), a clock sequence and the node; never the same twice."""
    global _last_timestamp
    now = time.time_ns() // 100 + _GREGORIAN_TO_UNIX_IN_100NS
    # a clock that did not advance (or went back) still gives a later timestamp than the last one
    timestamp = now if _last_timestamp is None else max(now, _last_timestamp + 1)
    _last_timestamp = timestamp
    clock_seq = random.getrandbits(14) if clock_seq is None else clock_seq
    time_hi_version = timestamp >> 48 & 0x0fff
    fields = (timestamp & 0xffffffff, timestamp >> 32 & 0xffff, time_hi_version,
              clock_seq >> 8 & 0x3f, clock_seq & 0xff, getnode() if node is None else node)
    return UUID(fields=fields, version=1)


def _from_name(hash_function, namespace, name, version):
    digest = hash_function(namespace.bytes + bytes(name, 'utf-8')).digest()
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    return _from_name(hashlib.md5, namespace, name, 3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    return _from_name(hashlib.sha1, namespace, name, 5)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
