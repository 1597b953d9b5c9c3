# mimetypes: types and encodings guessed from names and URLs (suffix_map, encodings_map, data: URLs,
# strict and common types), extensions of a type, add_type; the system's mime.types is read by both.
import mimetypes as m
print(m.inited)
for u in ['x.tgz', 'http://h/a.txt?q#f', 'data:text/html,hi', 'data:,x', 'data:x', 'a.TXT', 'a.txt.gz', 'a.TGZ', 'a.tar.Z', 'dir/', 'a.py', 'x.html', 'x.json', 'x.png', 'x.css', 'x.js', 'a.xul', 'x.md', 'x.csv', 'x.unknownext']:
    print(u, m.guess_type(u), m.guess_type(u, strict=False))
print(m.inited)
for t in ['text/plain', 'image/jpeg', 'TEXT/HTML', 'image/jpg', 'nope/x', 'application/json']:
    print(t, m.guess_extension(t), m.guess_extension(t, strict=False), m.guess_all_extensions(t)[:6])
m.add_type('application/x-demo', '.demo'); print(m.guess_type('a.demo'), m.guess_extension('application/x-demo'))
db = m.MimeTypes(); print(db.guess_type('a.demo'), db.guess_type('a.html'), len(m.types_map) > 100, m.types_map['.html'])
print(m.encodings_map, m.suffix_map)
