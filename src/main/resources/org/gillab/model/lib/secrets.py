"""Tokens and choices from the operating system's randomness: the GIL Lab model's secrets module.

Mirrors CPython 3.11's Lib/secrets.py as its documentation and experiments with python3 show it; written for
the model, not copied. Everything comes from os.urandom, through random.SystemRandom.
"""

import base64
from hmac import compare_digest
import os
from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest']

DEFAULT_ENTROPY = 32  # bytes, the documented default of the token functions

_system_random = SystemRandom()
randbits = _system_random.getrandbits
choice = _system_random.choice


def randbelow(exclusive_upper_bound):
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _system_random.randrange(exclusive_upper_bound)


def token_bytes(nbytes=None):
    return os.urandom(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    return base64.urlsafe_b64encode(token_bytes(nbytes)).rstrip(b'=').decode('ascii')
