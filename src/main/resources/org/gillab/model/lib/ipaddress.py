"""ipaddress: IPv4 and IPv6 addresses, networks and interfaces.

Written for GIL Lab from CPython 3.11's documentation and python3 experiments: parsing accepts and refuses
what CPython 3.11 does, with its AddressValueError/NetmaskValueError/ValueError messages; str, repr,
compressed and exploded forms, the is_* properties (with 3.11's tables of special networks), network
iteration, hosts(), subnets(), supernet(), address_exclude(), summarize_address_range and
collapse_addresses give CPython's results.
"""

import functools
import re

__version__ = '1.0'

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A string, integer or bytes that is no address of the version asked for."""


class NetmaskValueError(ValueError):
    """A netmask or prefix length that is not valid."""


def _factory(kind, address, *args):
    for cls in (_KINDS[kind]):
        try:
            return cls(address, *args)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 {kind}')


def ip_address(address):
    """An IPv4Address or IPv6Address from a string or an integer."""
    return _factory("address", address)


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network; with strict, host bits set are a ValueError."""
    return _factory("network", address, strict)


def ip_interface(address):
    """An IPv4Interface or IPv6Interface: an address with the network it is on."""
    return _factory("interface", address)


def v4_int_to_packed(address):
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4") from None


def v6_int_to_packed(address):
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6") from None


def _same_version(a, b):
    if a.version != b.version:
        raise TypeError("%s and %s are not of the same version" % (a, b))


def _trailing_zero_bits(number, bits):
    if number == 0:
        return bits
    return min(bits, (~number & (number - 1)).bit_length())


def _count(start, stop, step=1):
    # range(start, stop, step) for IPv6's 128-bit ints: the model's range holds 64-bit ints only.
    while start < stop:
        yield start
        start += step


def summarize_address_range(first, last):
    """The fewest networks that cover the addresses first..last."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    _same_version(first, last)
    if first > last:
        raise ValueError('last IP address must be greater than first')
    network = IPv4Network if first.version == 4 else IPv6Network
    bits = first.max_prefixlen
    low, high = first._ip, last._ip
    while low <= high:
        size = min(_trailing_zero_bits(low, bits), (high - low + 1).bit_length() - 1)
        yield network((low, bits - size))
        low += 1 << size
        if low - 1 == network._ALL_ONES:
            break


def _address_runs(addresses):
    # Consecutive addresses (sorted, distinct) as (first, last) pairs.
    first = last = addresses[0]
    for address in addresses[1:]:
        if address._ip != last._ip + 1:
            yield first, last
            first = address
        last = address
    yield first, last


def _merge(networks):
    # Two halves of a network become the network, until nothing merges; then covered networks drop.
    pending = list(networks)
    by_supernet = {}
    while pending:
        net = pending.pop()
        supernet = net.supernet()
        existing = by_supernet.get(supernet)
        if existing is None:
            by_supernet[supernet] = net
        elif existing != net:
            del by_supernet[supernet]
            pending.append(supernet)
    last = None
    for net in sorted(by_supernet.values()):
        if last is not None and last.broadcast_address >= net.broadcast_address:
            continue
        yield net
        last = net


def collapse_addresses(addresses):
    """The fewest networks covering the given addresses and networks (all of one version)."""
    single = []
    networks = []
    for item in addresses:
        if isinstance(item, _BaseAddress):
            if single:
                _same_version(item, single[-1])
            single.append(item)
        elif item._prefixlen == item.max_prefixlen:
            if single:
                _same_version(item, single[-1])
            single.append(getattr(item, "ip", None) or item.network_address)
        else:
            if networks:
                _same_version(item, networks[-1])
            networks.append(item)
    single = sorted(set(single))
    ranges = []
    if single:
        for first, last in _address_runs(single):
            ranges.extend(summarize_address_range(first, last))
    return _merge(ranges + networks)


def get_mixed_type_key(obj):
    """A sort key for a mix of addresses and networks of both versions."""
    if isinstance(obj, _BaseNetwork):
        return obj.version, obj.network_address, obj.netmask
    if isinstance(obj, _BaseAddress):
        return obj.version, obj
    return NotImplemented


class _IPVersion:
    """What addresses and networks of one version share: parsing, netmasks and prefix lengths."""

    __slots__ = ()

    @property
    def version(self):
        return self._version

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    @classmethod
    def _report_invalid_netmask(cls, netmask):
        raise NetmaskValueError('%r is not a valid netmask' % netmask) from None

    @classmethod
    def _ip_int_from_prefix(cls, prefixlen):
        return cls._ALL_ONES ^ (cls._ALL_ONES >> prefixlen)

    @classmethod
    def _prefix_from_ip_int(cls, ip_int):
        zeros = _trailing_zero_bits(ip_int, cls._max_prefixlen)
        prefixlen = cls._max_prefixlen - zeros
        if ip_int >> zeros != (1 << prefixlen) - 1:
            packed = ip_int.to_bytes(cls._max_prefixlen // 8, 'big')
            raise ValueError('Netmask pattern %r mixes zeroes & ones' % packed)
        return prefixlen

    @classmethod
    def _prefix_from_prefix_string(cls, text):
        if not (text.isascii() and text.isdigit()):
            cls._report_invalid_netmask(text)
        prefixlen = int(text)
        if not 0 <= prefixlen <= cls._max_prefixlen:
            cls._report_invalid_netmask(text)
        return prefixlen

    @classmethod
    def _prefix_from_ip_string(cls, text):
        # A netmask (255.255.0.0) or, failing that, a host mask (0.0.255.255).
        try:
            ip_int = cls._ip_int_from_string(text)
        except AddressValueError:
            cls._report_invalid_netmask(text)
        try:
            return cls._prefix_from_ip_int(ip_int)
        except ValueError:
            pass
        try:
            return cls._prefix_from_ip_int(ip_int ^ cls._ALL_ONES)
        except ValueError:
            cls._report_invalid_netmask(text)

    @classmethod
    def _make_netmask(cls, arg):
        if isinstance(arg, int):
            prefixlen = arg
            if not 0 <= prefixlen <= cls._max_prefixlen:
                cls._report_invalid_netmask(prefixlen)
        else:
            try:
                prefixlen = cls._prefix_from_prefix_string(arg)
            except NetmaskValueError:
                if cls._version == 6:
                    raise
                prefixlen = cls._prefix_from_ip_string(arg)
        return cls._address_class(cls._ip_int_from_prefix(prefixlen)), prefixlen

    @classmethod
    def _split_addr_prefix(cls, address):
        if isinstance(address, (bytes, int)):
            return address, cls._max_prefixlen
        if not isinstance(address, tuple):
            address = str(address).split('/')
            if len(address) > 2:
                raise AddressValueError("Only one '/' permitted in %r" % '/'.join(address))
        return address[0], address[1] if len(address) > 1 else cls._max_prefixlen


@functools.total_ordering
class _BaseAddress(_IPVersion):
    """An address: an integer of max_prefixlen bits."""

    __slots__ = ()

    def _init_address(self, address):
        if isinstance(address, int):
            if address < 0:
                raise AddressValueError("%d (< 0) is not permitted as an IPv%d address" % (address, self._version))
            if address > self._ALL_ONES:
                raise AddressValueError("%d (>= 2**%d) is not permitted as an IPv%d address"
                                        % (address, self._max_prefixlen, self._version))
            return address
        if isinstance(address, bytes):
            length = self._max_prefixlen // 8
            if len(address) != length:
                raise AddressValueError("%r (len %d != %d) is not permitted as an IPv%d address"
                                        % (address, len(address), length, self._version))
            return int.from_bytes(address, 'big')
        address = str(address)
        if '/' in address:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        return None

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        _same_version(self, other)
        return self._ip < other._ip if self._ip != other._ip else False

    # address + n and address - n: the address n further on or back (only an int moves it)

    def _moved(self, delta):
        return type(self)(self._ip + delta)

    def __add__(self, other):
        return self._moved(other) if isinstance(other, int) else NotImplemented

    def __sub__(self, other):
        return self._moved(-other) if isinstance(other, int) else NotImplemented

    def __hash__(self):
        return hash(hex(self._ip))

    def __str__(self):
        return str(self._string_from_ip_int(self._ip))

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    def __reduce__(self):
        return self.__class__, (self._ip,)

    def __format__(self, fmt):
        # "b", "x", "X" and "n" (b for IPv4, x for IPv6), padded to full width, with "#" and "_".
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        match = re.fullmatch(r'(#?)(_?)([xbnX])', fmt)
        if match is None:
            return super().__format__(fmt)
        alternate, grouping, base = match.groups()
        if base == 'n':
            base = 'b' if self._version == 4 else 'x'
        width = self._max_prefixlen if base == 'b' else self._max_prefixlen // 4
        if grouping:
            width += width // 4 - 1
        if alternate:
            width += 2
        return format(int(self), f'{alternate}0{width}{grouping}{base}')

    @property
    def packed(self):
        return self._ip.to_bytes(self._max_prefixlen // 8, 'big')

    @property
    def compressed(self):
        return str(self)

    def _in_any(self, networks):
        return any(self in net for net in networks)


@functools.total_ordering
class _BaseNetwork(_IPVersion):
    """A network: its address and prefix length."""

    def _init_network(self, address, strict):
        addr, mask = self._split_addr_prefix(address)
        self.network_address = self._address_class(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = self._address_class(packed & int(self.netmask))

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    def hosts(self):
        """The usable addresses: all but the network and broadcast addresses (both in a /31 or /32)."""
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        if self._prefixlen >= self._max_prefixlen - 1:
            return iter(self) if self._prefixlen < self._max_prefixlen else iter([self.network_address])
        return (self._address_class(x) for x in _count(network + 1, broadcast + self._hosts_past_end))

    def __iter__(self):
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        for x in _count(network, broadcast + 1):
            yield self._address_class(x)

    def __getitem__(self, n):
        first, last = int(self.network_address), int(self.broadcast_address)
        # a negative index counts back from the broadcast address, which is [-1]
        ip = first + n if n >= 0 else last + 1 + n
        if not first <= ip <= last:
            raise IndexError('address out of range')
        return self._address_class(ip)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        _same_version(self, other)
        # networks sort by their first address, then by their netmask
        return (self.network_address, self.netmask) < (other.network_address, other.netmask)

    def __eq__(self, other):
        try:
            return (self._version == other._version and self.network_address == other.network_address
                    and int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __contains__(self, other):
        # only addresses are in a network: a network never is, even a subnet
        if isinstance(other, _BaseNetwork):
            return False
        return other._version == self._version and other._ip & int(self.netmask) == int(self.network_address)

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def overlaps(self, other):
        return (other.network_address in self or other.broadcast_address in self
                or self.network_address in other or self.broadcast_address in other)

    @property
    def broadcast_address(self):
        return self._address_class(int(self.network_address) | int(self.hostmask))

    @property
    def hostmask(self):
        # the bits the netmask leaves out
        return self._address_class(self._ALL_ONES - int(self.netmask))

    def _slash(self, suffix):
        return '%s/%s' % (self.network_address, suffix)

    # the network address followed by its prefix length, netmask or hostmask
    with_prefixlen = property(lambda self: self._slash(self._prefixlen))
    with_netmask = property(lambda self: self._slash(self.netmask))
    with_hostmask = property(lambda self: self._slash(self.hostmask))

    @property
    def num_addresses(self):
        return 1 + int(self.broadcast_address) - int(self.network_address)

    @property
    def prefixlen(self):
        return self._prefixlen

    @property
    def compressed(self):
        return str(self)

    @property
    def exploded(self):
        return '%s/%d' % (self.network_address.exploded, self._prefixlen)

    def address_exclude(self, other):
        """The networks that cover this network but not other, a subnet of it."""
        _same_version(self, other)
        if not isinstance(other, _BaseNetwork):
            raise TypeError("%s is not a network object" % other)
        if other == self:
            return
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        other = other.__class__('%s/%s' % (other.network_address, other.prefixlen))
        low, high = self.subnets()
        while low != other and high != other:
            if other.subnet_of(low):
                yield high
                low, high = low.subnets()
            else:
                yield low
                low, high = high.subnets()
        yield high if low == other else low

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """The networks of prefix length new_prefix (or prefixlen + prefixlen_diff) that make this one."""
        if self._prefixlen == self._max_prefixlen:
            yield self  # a single address: it is its own only subnet
            return
        prefixlen_diff = self._prefix_change(prefixlen_diff, new_prefix, longer=True)
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        new_prefixlen = self._prefixlen + prefixlen_diff
        if new_prefixlen > self._max_prefixlen:
            raise ValueError('prefix length diff %d is invalid for netblock %s' % (new_prefixlen, self))
        step = (int(self.hostmask) + 1) >> prefixlen_diff
        for start in _count(int(self.network_address), int(self.broadcast_address) + 1, step):
            yield self.__class__((start, new_prefixlen))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network of prefix length new_prefix (or prefixlen - prefixlen_diff) that contains this one."""
        if self._prefixlen == 0:
            return self  # the whole address space has no supernet
        prefixlen_diff = self._prefix_change(prefixlen_diff, new_prefix, longer=False)
        new_prefixlen = self._prefixlen - prefixlen_diff
        if new_prefixlen < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d'
                             % (self.prefixlen, prefixlen_diff))
        return self.__class__((int(self.network_address) & (int(self.netmask) << prefixlen_diff), new_prefixlen))

    def _prefix_change(self, prefixlen_diff, new_prefix, longer):
        """By how many bits subnets (longer) or supernet moves the prefix: prefixlen_diff, or the
        distance to new_prefix when that is given instead."""
        if new_prefix is None:
            return prefixlen_diff
        if longer and new_prefix < self._prefixlen:
            raise ValueError('new prefix must be longer')
        if not longer and new_prefix > self._prefixlen:
            raise ValueError('new prefix must be shorter')
        if prefixlen_diff != 1:
            raise ValueError('cannot set prefixlen_diff and new_prefix')
        return abs(new_prefix - self._prefixlen)

    def _contained_in(self, other):
        try:
            _same_version(self, other)
            return (other.network_address <= self.network_address
                    and other.broadcast_address >= self.broadcast_address)
        except AttributeError:
            raise TypeError(f"Unable to test subnet containment between {self} and {other}") from None

    def subnet_of(self, other):
        return self._contained_in(other)

    def supernet_of(self, other):
        return other._contained_in(self) if isinstance(other, _BaseNetwork) else self._contained_in(other)

    def _both_ends(self, name):
        return getattr(self.network_address, name) and getattr(self.broadcast_address, name)

    is_multicast = property(lambda self: self._both_ends("is_multicast"))
    is_reserved = property(lambda self: self._both_ends("is_reserved"))
    is_link_local = property(lambda self: self._both_ends("is_link_local"))
    is_private = property(lambda self: self._both_ends("is_private"))
    is_unspecified = property(lambda self: self._both_ends("is_unspecified"))
    is_loopback = property(lambda self: self._both_ends("is_loopback"))


class _BaseV4:
    __slots__ = ()
    _version = 4
    _max_prefixlen = IPV4LENGTH
    _ALL_ONES = (2 ** IPV4LENGTH) - 1

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        if ip_str.count('.') != 3:
            raise AddressValueError("Expected 4 octets in %r" % ip_str)
        try:
            return int.from_bytes(bytes(cls._parse_octet(octet) for octet in ip_str.split('.')), 'big')
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None

    @staticmethod
    def _parse_octet(text):
        if not text:
            raise ValueError("Empty octet not permitted")
        if not (text.isascii() and text.isdigit()):
            raise ValueError("Only decimal digits permitted in %r" % text)
        if len(text) > 3:
            raise ValueError("At most 3 characters permitted in %r" % text)
        if text != '0' and text[0] == '0':
            raise ValueError("Leading zeros are not permitted in %r" % text)
        value = int(text, 10)
        if value > 255:
            raise ValueError("Octet %d (> 255) not permitted" % value)
        return value

    @staticmethod
    def _string_from_ip_int(ip_int):
        return '.'.join(map(str, ip_int.to_bytes(4, 'big')))

    def _reverse_pointer(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'


class IPv4Address(_BaseV4, _BaseAddress):
    """An IPv4 address, from a dotted-quad string, an integer or 4 bytes."""

    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        ip = self._init_address(address)
        self._ip = self._ip_int_from_string(str(address)) if ip is None else ip

    @property
    def exploded(self):
        return str(self)

    @property
    def reverse_pointer(self):
        return self._reverse_pointer()

    @property
    def is_reserved(self):
        return self in _V4.reserved

    @property
    def is_private(self):
        return self._in_any(_V4.private)

    @property
    def is_global(self):
        return self not in _V4.shared and not self.is_private

    @property
    def is_multicast(self):
        return self in _V4.multicast

    @property
    def is_unspecified(self):
        return self == _V4.unspecified

    @property
    def is_loopback(self):
        return self in _V4.loopback

    @property
    def is_link_local(self):
        return self in _V4.link_local


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network: "a.b.c.d/prefix", "a.b.c.d/netmask" or "/hostmask", an int, bytes or a tuple."""

    _address_class = IPv4Address
    _hosts_past_end = 0  # hosts() leaves out the broadcast address

    def __init__(self, address, strict=True):
        self._init_network(address, strict)

    @property
    def is_global(self):
        return (not (self.network_address in _V4.shared and self.broadcast_address in _V4.shared)
                and not self.is_private)


class _BaseInterface:
    """An address together with its network (ip, network, netmask)."""

    def _init_interface(self, address, address_class, network_class):
        addr, mask = self._split_addr_prefix(address)
        address_class.__init__(self, addr)
        self.network = network_class((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def ip(self):
        return self._address_class(self._ip)

    @property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return '%s/%d' % (self._address_class.__str__(self), self._prefixlen)

    def __eq__(self, other):
        equal = self._address_class.__eq__(self, other)
        if equal is NotImplemented or not equal:
            return equal
        # equal addresses: the interfaces are equal if their networks are too
        other_network = getattr(other, 'network', None)
        return other_network is not None and self.network == other_network

    def __lt__(self, other):
        less = self._address_class.__lt__(self, other)
        if less is NotImplemented:
            return NotImplemented
        try:
            return self.network < other.network or self.network == other.network and less
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    __reduce__ = object.__reduce__

    @property
    def with_prefixlen(self):
        return '%s/%s' % (self._address_class.__str__(self), self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self._address_class.__str__(self), self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self._address_class.__str__(self), self.hostmask)


class IPv4Interface(_BaseInterface, IPv4Address):
    """An IPv4 address with its network: "192.168.1.5/24"."""

    __slots__ = ('network', 'netmask', '_prefixlen')
    _address_class = IPv4Address

    def __init__(self, address):
        self._init_interface(address, IPv4Address, IPv4Network)


class _BaseV6:
    __slots__ = ()
    _version = 6
    _max_prefixlen = IPV6LENGTH
    _ALL_ONES = (2 ** IPV6LENGTH) - 1
    _HEX_DIGITS = frozenset('0123456789abcdefABCDEF')

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        parts = ip_str.split(':')
        if len(parts) < 3:
            raise AddressValueError("At least 3 parts expected in %r" % ip_str)
        if '.' in parts[-1]:
            # An embedded IPv4 address is the last two hextets.
            try:
                ipv4 = IPv4Address(parts.pop())._ip
            except AddressValueError as exc:
                raise AddressValueError("%s in %r" % (exc, ip_str)) from None
            parts.append('%x' % ((ipv4 >> 16) & 0xFFFF))
            parts.append('%x' % (ipv4 & 0xFFFF))
        if len(parts) > 9:
            raise AddressValueError("At most 8 colons permitted in %r" % ip_str)
        skip = None
        for i in range(1, len(parts) - 1):
            if not parts[i]:
                if skip is not None:
                    raise AddressValueError("At most one '::' permitted in %r" % ip_str)
                skip = i
        if skip is not None:
            high = skip
            low = len(parts) - skip - 1
            if not parts[0]:
                high -= 1
                if high:
                    raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % ip_str)
            if not parts[-1]:
                low -= 1
                if low:
                    raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % ip_str)
            skipped = 8 - (high + low)
            if skipped < 1:
                raise AddressValueError("Expected at most 7 other parts with '::' in %r" % ip_str)
        else:
            if len(parts) != 8:
                raise AddressValueError("Exactly 8 parts expected without '::' in %r" % ip_str)
            if not parts[0]:
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % ip_str)
            if not parts[-1]:
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % ip_str)
            high, low, skipped = len(parts), 0, 0
        try:
            value = 0
            for part in parts[:high]:
                value = (value << 16) | cls._parse_hextet(part)
            value <<= 16 * skipped
            for part in parts[len(parts) - low:]:
                value = (value << 16) | cls._parse_hextet(part)
            return value
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None

    @classmethod
    def _parse_hextet(cls, text):
        if not cls._HEX_DIGITS.issuperset(text):
            raise ValueError("Only hex digits permitted in %r" % text)
        if len(text) > 4:
            raise ValueError("At most 4 characters permitted in %r" % text)
        return int(text, 16)

    @staticmethod
    def _string_from_ip_int(ip_int):
        hextets = ['%x' % ((ip_int >> shift) & 0xFFFF) for shift in range(112, -1, -16)]
        # The longest run of two or more zero hextets (the first of equals) becomes "::".
        best_start, best_len, start = -1, 0, -1
        for i, hextet in enumerate(hextets + ['end']):
            if hextet == '0':
                if start < 0:
                    start = i
            elif start >= 0:
                if i - start > best_len:
                    best_start, best_len = start, i - start
                start = -1
        if best_len > 1:
            end = best_start + best_len
            hextets[best_start:end] = ['']
            if end == 8:
                hextets.append('')
            if best_start == 0:
                hextets.insert(0, '')
        return ':'.join(hextets)

    def _explode(self, ip_int):
        text = '%032x' % ip_int
        return ':'.join(text[i:i + 4] for i in range(0, 32, 4))

    def _reverse_pointer(self):
        return '.'.join(reversed('%032x' % self._ip)) + '.ip6.arpa'


class IPv6Address(_BaseV6, _BaseAddress):
    """An IPv6 address, from a string (with an optional %scope), an integer or 16 bytes."""

    __slots__ = ('_ip', '_scope_id', '__weakref__')

    def __init__(self, address):
        self._scope_id = None
        ip = self._init_address(address)
        if ip is None:
            text, sep, scope = str(address).partition('%')
            if sep:
                if not scope or '%' in scope:
                    raise AddressValueError('Invalid IPv6 address: "%r"' % str(address))
                self._scope_id = scope
            ip = self._ip_int_from_string(text)
        self._ip = ip

    def __str__(self):
        text = self._string_from_ip_int(self._ip)
        return text + '%' + self._scope_id if self._scope_id else text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        equal = super().__eq__(other)
        if equal is NotImplemented or not equal:
            return equal
        return self._scope_id == getattr(other, '_scope_id', None)

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def exploded(self):
        return self._explode(self._ip)

    @property
    def reverse_pointer(self):
        return self._reverse_pointer()

    @property
    def ipv4_mapped(self):
        # ::ffff:a.b.c.d carries an IPv4 address in its low 32 bits
        is_mapped = self._ip >> 32 == 0xFFFF
        return IPv4Address(self._ip & 0xFFFFFFFF) if is_mapped else None

    @property
    def teredo(self):
        if (self._ip >> 96) != 0x20010000:
            return None
        return IPv4Address((self._ip >> 64) & 0xFFFFFFFF), IPv4Address(~self._ip & 0xFFFFFFFF)

    @property
    def sixtofour(self):
        if (self._ip >> 112) != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)

    @property
    def is_multicast(self):
        return self in _V6.multicast

    @property
    def is_reserved(self):
        return self._in_any(_V6.reserved)

    @property
    def is_link_local(self):
        return self in _V6.link_local

    @property
    def is_site_local(self):
        return self in _V6.site_local

    @property
    def is_private(self):
        return self._in_any(_V6.private)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self._ip == 1


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network: "addr/prefix", an int, bytes or a tuple."""

    _address_class = IPv6Address
    _hosts_past_end = 1  # hosts() keeps the last address; it leaves out the Subnet-Router anycast one

    def __init__(self, address, strict=True):
        self._init_network(address, strict)

    @property
    def is_site_local(self):
        return self._both_ends("is_site_local")

    @property
    def is_global(self):
        return not self.is_private


class IPv6Interface(_BaseInterface, IPv6Address):
    """An IPv6 address with its network: "2001:db8::1/64"."""

    __slots__ = ('network', 'netmask', '_prefixlen')
    _address_class = IPv6Address

    def __init__(self, address):
        self._init_interface(address, IPv6Address, IPv6Network)

    def __str__(self):
        return '%s/%d' % (IPv6Address.__str__(self), self._prefixlen)


for _cls in (IPv4Address, IPv4Network, IPv4Interface):
    _cls._address_class = IPv4Address
for _cls in (IPv6Address, IPv6Network, IPv6Interface):
    _cls._address_class = IPv6Address

_KINDS = {"address": (IPv4Address, IPv6Address), "network": (IPv4Network, IPv6Network),
          "interface": (IPv4Interface, IPv6Interface)}


class _V4:
    """The special IPv4 networks of CPython 3.11 (IANA's registry)."""
    private = [IPv4Network(n) for n in (
        '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.0.0.0/29',
        '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24',
        '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32')]
    shared = IPv4Network('100.64.0.0/10')
    reserved = IPv4Network('240.0.0.0/4')
    multicast = IPv4Network('224.0.0.0/4')
    unspecified = IPv4Address('0.0.0.0')
    loopback = IPv4Network('127.0.0.0/8')
    link_local = IPv4Network('169.254.0.0/16')


class _V6:
    """The special IPv6 networks of CPython 3.11 (IANA's registry)."""
    private = [IPv6Network(n) for n in (
        '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23', '2001:2::/48', '2001:db8::/32',
        '2001:10::/28', 'fc00::/7', 'fe80::/10')]
    reserved = [IPv6Network(n) for n in (
        '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3', '6000::/3', '8000::/3',
        'a000::/3', 'c000::/3', 'e000::/4', 'f000::/5', 'f800::/6', 'fe00::/9')]
    multicast = IPv6Network('ff00::/8')
    link_local = IPv6Network('fe80::/10')
    site_local = IPv6Network('fec0::/10')
