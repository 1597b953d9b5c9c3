# base64: argument checks and messages of every function, altchars in both directions, Base16 case rules,
# encodebytes' line breaking at MAXBINSIZE, and the source lines tracebacks through base64 show.
import base64, traceback
def t(f,*a,**k):
    try: print(repr(f(*a,**k)))
    except Exception as e: print(type(e).__name__, e)
t(base64.b64encode,'x'); t(base64.b64decode,5); t(base64.b64decode,'é'); t(base64.b64decode,bytearray(b'aGk='))
t(base64.b64decode,b'aGk=', altchars=b'-'); t(base64.b64decode,b'aGk=', altchars='-_'); t(base64.b64decode,b'aGk=', altchars=5)
t(base64.b64encode,b'aGk=', altchars=b'-'); t(base64.b64encode,b'\xfb\xff', altchars=b'-_!')
t(base64.b64encode,b'\xfb\xff', altchars='-_'); t(base64.b64encode,b'\xfb\xff', altchars=bytearray(b'-_'))
t(base64.b64encode,bytearray(b'ab'))
t(base64.b16decode,'0g'); t(base64.b16decode,'0'); t(base64.b16decode,'ab'); t(base64.b16encode,'ab'); t(base64.b16decode,5)
t(base64.b16decode,'0g0'); t(base64.b16decode,b'g0'); t(base64.b16decode,bytearray(b'4a'), casefold=True); t(base64.b16decode,'')
t(base64.encodebytes,'x'); t(base64.encodebytes,bytearray(b'x')); t(base64.encodebytes,[1])
t(base64.decodebytes,'x'); t(base64.decodebytes,b'aGk='); t(base64.decodebytes,bytearray(b'YWI=\nYWI='))
t(base64.urlsafe_b64decode,'-_8='); t(base64.urlsafe_b64decode,b'+/8='); t(base64.urlsafe_b64decode,5)
t(base64.urlsafe_b64encode,'x')
t(base64.b64decode,b'aGk=', validate=True); t(base64.b64decode,b'aG k=', validate=True); t(base64.b64decode,b'-_8=', altchars=b'-_', validate=True)
t(base64.b64decode,b'+/8=', altchars=b'-_'); t(base64.b64decode,b'+_-/', b'-_'); t(base64.b64decode,b'/+/+', b'+/'); t(base64.b64decode,b'aGk=', b'*$')
t(base64.b64decode,'aGk=\u00ff'); t(base64.b64decode, b'YW I=!')
for n in (0, 1, 56, 57, 58, 114, 200):
    t(base64.encodebytes, bytes(range(n))); print(base64.decodebytes(base64.encodebytes(bytes(range(n)))) == bytes(range(n)))
print(base64.MAXLINESIZE, base64.MAXBINSIZE, base64.bytes_types)
for f, a in ((base64.b16decode, ('0g',)), (base64.b64decode, (b'aGk=', b'-')), (base64.urlsafe_b64encode, ('x',)), (base64.standard_b64decode, (5,)), (base64.decodebytes, (b'aGk',)), (base64.urlsafe_b64decode, (5,)), (base64.urlsafe_b64decode, (b'aGk',))):
    try:
        f(*a)
    except Exception:
        lines = traceback.format_exc().splitlines()
        print("\n".join(l.split(", in ")[-1] for l in lines if "^" not in l))
