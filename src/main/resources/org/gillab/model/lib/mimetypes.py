"""mimetypes for the GIL Lab model: a file name's or URL's MIME type from its extension, as
CPython 3.11's.

Written for the model from CPython's documentation and observed behaviour, not copied from its
source. The built-in table is CPython's default one; init() then reads the system's mime.types
files (knownfiles) as CPython does, so that both give the same types on one machine. There is no
Windows registry to read.
"""

import os
import posixpath

__all__ = [
    "knownfiles", "inited", "MimeTypes",
    "guess_type", "guess_all_extensions", "guess_extension",
    "add_type", "init", "read_mime_types",
    "suffix_map", "encodings_map", "types_map", "common_types"
]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None

# The built-in tables, in mime.types' format: a type, then its extensions (without the dot).
_DEFAULT_TYPES = """\
application/javascript js mjs
application/json json
application/manifest+json webmanifest
application/msword doc dot wiz
application/n-quads nq
application/n-triples nt
application/octet-stream bin a dll exe o obj so
application/oda oda
application/pdf pdf
application/pkcs7-mime p7c
application/postscript ps ai eps
application/trig trig
application/vnd.apple.mpegurl m3u m3u8
application/vnd.ms-excel xls xlb
application/vnd.ms-powerpoint ppt pot ppa pps pwz
application/wasm wasm
application/x-bcpio bcpio
application/x-cpio cpio
application/x-csh csh
application/x-dvi dvi
application/x-gtar gtar
application/x-hdf hdf
application/x-hdf5 h5
application/x-latex latex
application/x-mif mif
application/x-netcdf cdf nc
application/x-pkcs12 p12 pfx
application/x-pn-realaudio ram
application/x-python-code pyc pyo
application/x-sh sh
application/x-shar shar
application/x-shockwave-flash swf
application/x-sv4cpio sv4cpio
application/x-sv4crc sv4crc
application/x-tar tar
application/x-tcl tcl
application/x-tex tex
application/x-texinfo texi texinfo
application/x-troff roff t tr
application/x-troff-man man
application/x-troff-me me
application/x-troff-ms ms
application/x-ustar ustar
application/x-wais-source src
application/xml xsl rdf wsdl xpdl
application/zip zip
audio/3gpp 3gp 3gpp
audio/3gpp2 3g2 3gpp2
audio/aac aac adts loas ass
audio/basic au snd
audio/mpeg mp3 mp2
audio/opus opus
audio/x-aiff aif aifc aiff
audio/x-pn-realaudio ra
audio/x-wav wav
image/avif avif
image/bmp bmp
image/gif gif
image/ief ief
image/jpeg jpg jpe jpeg
image/heic heic
image/heif heif
image/png png
image/svg+xml svg
image/tiff tiff tif
image/vnd.microsoft.icon ico
image/x-cmu-raster ras
image/x-portable-anymap pnm
image/x-portable-bitmap pbm
image/x-portable-graymap pgm
image/x-portable-pixmap ppm
image/x-rgb rgb
image/x-xbitmap xbm
image/x-xpixmap xpm
image/x-xwindowdump xwd
message/rfc822 eml mht mhtml nws
text/css css
text/csv csv
text/html html htm
text/n3 n3
text/plain txt bat c h ksh pl srt
text/richtext rtx
text/tab-separated-values tsv
text/vtt vtt
text/x-python py
text/x-setext etx
text/x-sgml sgm sgml
text/x-vcard vcf
text/xml xml
video/mp4 mp4
video/mpeg mpeg m1v mpa mpe mpg
video/quicktime mov qt
video/webm webm
video/x-msvideo avi
video/x-sgi-movie movie
"""

# The types guess_type gives only when strict is false: common but not registered with IANA.
_COMMON_TYPES = """\
application/rtf rtf
audio/midi midi mid
image/jpg jpg
image/pict pict pct pic
image/webp webp
text/xul xul
"""

# Extensions that stand for two ('.tgz' is '.tar.gz'), and those that name an encoding.
_SUFFIX_MAP = {'.svgz': '.svg.gz', '.tgz': '.tar.gz', '.taz': '.tar.gz', '.tz': '.tar.gz', '.tbz2': '.tar.bz2', '.txz': '.tar.xz'}

_ENCODINGS_MAP = {'.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2', '.xz': 'xz', '.br': 'br'}


class MimeTypes:
    """A table of types and extensions: the built-in one, then the files given (mime.types format).

    types_map and types_map_inv are pairs of tables: [True] the standard types, [False] the others.
    """

    def __init__(self, filenames=(), strict=True):
        self.encodings_map = dict(_ENCODINGS_MAP)
        self.suffix_map = dict(_SUFFIX_MAP)
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        self._read_lines(_DEFAULT_TYPES.splitlines(), True)
        self._read_lines(_COMMON_TYPES.splitlines(), False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Map ext (with its dot) to type; later extensions of a type come after the first."""
        self.types_map[strict][ext] = type
        extensions = self.types_map_inv[strict].setdefault(type, [])
        if ext not in extensions:
            extensions.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) of a path or URL, each None when unknown: 'a.tar.gz' is
        ('application/x-tar', 'gzip'); a data: URL gives its own type."""
        url = os.fspath(url)
        scheme, colon, rest = url.partition(':')
        if colon and scheme.lower() == 'data':
            return self._data_url_type(rest)
        base, ext = posixpath.splitext(url)
        while ext.lower() in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext.lower()])
        encoding = self.encodings_map.get(ext)
        if encoding is not None:
            base, ext = posixpath.splitext(base)
        ext = ext.lower()
        for standard in (True, False) if not strict else (True,):
            if ext in self.types_map[standard]:
                return self.types_map[standard][ext], encoding
        return None, encoding

    @staticmethod
    def _data_url_type(rest):
        # 'data:text/html;charset=x,...' is text/html; a type without '/' (or a parameter alone)
        # is text/plain; no comma, no type.
        comma = rest.find(',')
        if comma < 0:
            return None, None
        type_ = rest[:comma].partition(';')[0]
        if '=' in type_ or '/' not in type_:
            type_ = 'text/plain'
        return type_, None

    def guess_all_extensions(self, type, strict=True):
        """The extensions of type, the standard ones first."""
        type = type.lower()
        extensions = list(self.types_map_inv[True].get(type, []))
        if not strict:
            extensions += [e for e in self.types_map_inv[False].get(type, []) if e not in extensions]
        return extensions

    def guess_extension(self, type, strict=True):
        """The first extension of type, or None."""
        extensions = self.guess_all_extensions(type, strict)
        return extensions[0] if extensions else None

    def read(self, filename, strict=True):
        """Add the types of a mime.types file."""
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        self._read_lines(fp, strict)

    def _read_lines(self, lines, strict):
        # 'type ext ext ...' lines; '#' starts a comment.
        for line in lines:
            words = line.split('#', 1)[0].split()
            for ext in words[1:]:
                self.add_type(words[0], '.' + ext, strict)


def init(files=None):
    """Build the module's table: the built-in one and the knownfiles that exist (and files)."""
    global suffix_map, types_map, encodings_map, common_types, inited, _db
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def _database():
    if _db is None:
        init()
    return _db


def guess_type(url, strict=True):
    return _database().guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    return _database().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    return _database().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    _database().add_type(type, ext, strict)


def read_mime_types(file):
    """The built-in standard types and those of a mime.types file as {ext: type}, or None when the
    file cannot be read."""
    try:
        fp = open(file, encoding='utf-8')
    except OSError:
        return None
    with fp:
        db = MimeTypes()
        db.readfp(fp, True)
        return db.types_map[True]


# The module's tables before init(): the built-in ones.
_builtin = MimeTypes()
encodings_map = _builtin.encodings_map
suffix_map = _builtin.suffix_map
types_map = _builtin.types_map[True]
common_types = _builtin.types_map[False]
del _builtin
