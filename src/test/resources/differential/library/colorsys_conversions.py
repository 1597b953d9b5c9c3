"""colorsys: every conversion over a grid of colours, out-of-range ones and ints; floats print as python3's."""
import colorsys

print(colorsys.__all__, colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD)

levels = [k / 10 for k in range(11)] + [1 / 3, 2 / 3, 0.05, 0.95]
conversions = [(colorsys.rgb_to_yiq, colorsys.yiq_to_rgb), (colorsys.rgb_to_hls, colorsys.hls_to_rgb),
               (colorsys.rgb_to_hsv, colorsys.hsv_to_rgb)]
for forward, backward in conversions:
    print(forward.__name__, backward.__name__)
    for r in levels[::3]:
        for g in levels[1::4]:
            for b in levels[::4]:
                there = forward(r, g, b)
                print(r, g, b, there, backward(*there))

for args in [(1, 0, 0), (0, 0, 0), (1, 1, 1), (0.5, 0.5, 0.5), (-0.5, 1.5, 0.25), (2, -1, 0.5)]:
    print(args, [convert(*args) for convert in (colorsys.rgb_to_yiq, colorsys.yiq_to_rgb, colorsys.rgb_to_hls,
                                                  colorsys.hls_to_rgb, colorsys.hsv_to_rgb)])
for hue in (-1.25, -0.5, 0.0, 0.999, 1.0, 1.5, 7.3):
    print(hue, colorsys.hls_to_rgb(hue, 0.4, 0.7), colorsys.hsv_to_rgb(hue, 0.4, 0.7))
try:
    colorsys.rgb_to_hsv(-1, 0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
