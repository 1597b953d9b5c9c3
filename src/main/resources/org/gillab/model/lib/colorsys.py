"""Conversions between RGB and the YIQ, HLS and HSV colour systems: the GIL Lab model's colorsys module.

Mirrors CPython 3.11's Lib/colorsys.py as its documentation and experiments with python3 show it; written for
the model, not copied. Every coordinate is a float from 0 to 1, except YIQ's I and Q, which may be negative.
Results must print as python3's, so each formula does its float operations in the order that gives python3's
last bits (checked against python3 on many thousands of colours).
"""

__all__ = ["rgb_to_yiq", "yiq_to_rgb", "rgb_to_hls", "hls_to_rgb", "rgb_to_hsv", "hsv_to_rgb"]

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


# ---- YIQ, the NTSC television system: luma Y, chroma I and Q from R-Y and B-Y (FCC coefficients) ----

def rgb_to_yiq(r, g, b):
    y = 0.30 * r + 0.59 * g + 0.11 * b
    red_diff, blue_diff = r - y, b - y
    return (y, 0.74 * red_diff - 0.27 * blue_diff, 0.48 * red_diff + 0.41 * blue_diff)


def yiq_to_rgb(y, i, q):
    # the inverse of rgb_to_yiq's matrix, its entries rounded to 16 digits; YIQ colours outside the RGB cube
    # are clipped to it
    red = y + 0.9468822170900693 * i + 0.6235565819861433 * q
    green = y - 0.27478764629897834 * i - 0.6356910791873801 * q
    blue = y - 1.1085450346420322 * i + 1.7090069284064666 * q
    return (_clip(red), _clip(green), _clip(blue))


def _clip(x):
    return 0.0 if x < 0.0 else 1.0 if x > 1.0 else x


# ---- HLS and HSV share the hue: where the largest coordinate sits on the colour wheel ----

def _hue(r, g, b, high, spread):
    """The hue of a colour that is not grey, from its largest coordinate and the spread to the smallest."""
    # how far each coordinate is from the largest, as a share of the spread
    r_share, g_share, b_share = (high - r) / spread, (high - g) / spread, (high - b) / spread
    if r == high:
        sector = b_share - g_share
    elif g == high:
        sector = 2.0 + r_share - b_share
    else:
        sector = 4.0 + g_share - r_share
    return (sector / 6.0) % 1.0


def rgb_to_hls(r, g, b):
    high, low = max(r, g, b), min(r, g, b)
    total = high + low
    spread = high - low
    lightness = total / 2.0
    if low == high:
        return (0.0, lightness, 0.0)
    saturation = spread / total if lightness <= 0.5 else spread / (2.0 - high - low)
    return (_hue(r, g, b, high, spread), lightness, saturation)


def hls_to_rgb(h, l, s):
    if s == 0.0:
        return (l, l, l)
    upper = l * (1.0 + s) if l <= 0.5 else l + s - l * s
    lower = 2.0 * l - upper
    return (_channel(lower, upper, h + ONE_THIRD), _channel(lower, upper, h), _channel(lower, upper, h - ONE_THIRD))


def _channel(lower, upper, hue):
    """One RGB coordinate of an HLS colour: hue's place on the wheel between the lower and upper levels."""
    hue = hue % 1.0
    if hue < ONE_SIXTH:
        return lower + (upper - lower) * hue * 6.0
    if hue < 0.5:
        return upper
    if hue < TWO_THIRD:
        return lower + (upper - lower) * (TWO_THIRD - hue) * 6.0
    return lower


def rgb_to_hsv(r, g, b):
    high, low = max(r, g, b), min(r, g, b)
    if low == high:
        return (0.0, 0.0, high)
    spread = high - low
    return (_hue(r, g, b, high, spread), spread / high, high)


def hsv_to_rgb(h, s, v):
    if s == 0.0:
        return (v, v, v)
    sextant = int(h * 6.0)
    within = h * 6.0 - sextant
    sextant = sextant % 6
    # the three levels a coordinate can have: v, and v lowered by s, by s*within, by s*(1-within)
    bottom = v * (1.0 - s)
    falling = v * (1.0 - s * within)
    rising = v * (1.0 - s * (1.0 - within))
    return ((v, rising, bottom), (falling, v, bottom), (bottom, v, rising),
            (bottom, falling, v), (rising, bottom, v), (v, bottom, falling))[sextant]
