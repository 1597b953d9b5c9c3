# %-formatting pads with zeros under the "0" flag: hex digits (str and bytes), and inf and nan too.
print("%04x|%08X|%#06x|%-04x|%05o" % (10, 255, 10, 10, 8))
print(b"%04x|%08X|%#06x" % (10, 255, 171))
print("%06.1f|%05f|%05F|%+06d" % (2.5, float("inf"), float("nan"), 3))
print("%+06f|%-05f|%05s" % (float("-inf"), float("inf"), "ab"))
