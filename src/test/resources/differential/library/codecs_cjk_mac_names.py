# Encodings CPython names otherwise than Java (cp932 is Microsoft's Shift-JIS, mac_roman, sjis, uhc), and
# the multibyte codecs' errors: named after the codec, "illegal multibyte sequence", a replacement written
# in the stateful ISO-2022-JP as ASCII.
def attempt(label, call):
    try:
        print(label, "->", repr(call()))
    except UnicodeError as e:
        print(label, "!!", type(e).__name__, e, "|", e.encoding, e.start, e.end, e.reason)

text = "日本語のテキスト、①②"
for enc in ("shift_jis", "sjis", "cp932", "euc_jp", "iso2022_jp", "utf-16"):
    attempt(enc, lambda: text.encode(enc))
    attempt(enc + " back", lambda: text.encode(enc, "replace").decode(enc))
attempt("sjis euro", lambda: "5€".encode("sjis"))
attempt("sjis euro replace", lambda: "5€".encode("sjis", "xmlcharrefreplace"))
attempt("sjis truncated", lambda: "日本".encode("sjis")[:-1].decode("sjis"))
attempt("sjis bad", lambda: b"a\x81\x20b".decode("sjis"))
attempt("sjis bad replace", lambda: b"a\x81\x20b".decode("sjis", "replace"))
attempt("gbk", lambda: "中文测试".encode("gbk"))
attempt("gbk back", lambda: "中文测试".encode("gbk").decode("gbk"))
attempt("big5", lambda: "繁體中文".encode("big5"))
attempt("cp949", lambda: "한국어".encode("cp949"))
attempt("euc-kr", lambda: "한국어".encode("euc-kr"))
attempt("mac_roman", lambda: "Café ©".encode("mac_roman"))
attempt("macintosh back", lambda: b"Caf\x8e \xa9".decode("macintosh"))
attempt("koi8-r", lambda: "Привет".encode("koi8-r"))
attempt("cp866", lambda: "Привет".encode("cp866"))
attempt("cp1251 bad", lambda: b"\x98".decode("cp1251"))
attempt("cp1251 euro", lambda: "€ ü".encode("cp1251"))
attempt("uhc", lambda: "한국어".encode("uhc"))
attempt("cp932 vs shift_jis", lambda: ("～".encode("cp932"), "\uff5e".encode("cp932").decode("cp932")))
attempt("iso2022_jp replaced", lambda: "日①本".encode("iso2022_jp", "backslashreplace"))
