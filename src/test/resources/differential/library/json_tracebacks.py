# A traceback through json.loads shows CPython's frames: loads, decode and raw_decode, none of the C
# scanner's (a user's hook still shows), and a value missing anywhere is raw_decode's "Expecting value".
import json
for doc in ['{"a": [1, 2,, 3]}', '{"a" 1}', '[1, 2', '', '{"a": 1} x', '"\\q"', '[1, 2] ', '{"a": nul}']:
    try:
        print(json.loads(doc))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos, e.lineno, e.colno)
print(json.loads('{"a": {"b": [1.5, -2e3, true, null, "\\u00e9"]}}', object_hook=lambda d: sorted(d)))
def hook(d):
    raise KeyError("from hook")
try:
    json.loads('{"a": 1}', object_hook=hook)
except KeyError as e:
    import traceback; traceback.print_exc()
print(json.JSONDecoder().raw_decode('[1] rest'))
json.loads('{"a": [1, 2,, 3]}')
