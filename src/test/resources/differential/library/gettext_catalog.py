# gettext: .mo catalogs built here with struct in a temporary directory (removed at the end), read through
# translation() and find() (languages, fallbacks, copies of cached catalogs), GNUTranslations' lookups
# with Plural-Forms and contexts, header info and charset, install() into builtins, the GNU-style
# functions with textdomain and bindtextdomain, and the errors of missing or broken catalogs.
import builtins
import gettext
import os
import shutil
import struct
import tempfile


def mo_bytes(messages, order='<', revision=0):
    """A GNU .mo file: header, the originals' and translations' (length, offset) tables, then the strings."""
    keys = sorted(messages)
    count = len(keys)
    originals_at = 28
    translations_at = originals_at + 8 * count
    strings_at = translations_at + 8 * count
    tables, blob = [[], []], b''
    for column, strings in enumerate((keys, [messages[k] for k in keys])):
        for s in strings:
            tables[column].append((len(s), strings_at + len(blob)))
            blob += s + b'\0'
    head = struct.pack(order + '7I', 0x950412de, revision, count, originals_at, translations_at, 0, 0)
    table_bytes = b''.join(struct.pack(order + '2I', *entry) for entry in tables[0] + tables[1])
    return head + table_bytes + blob


def write_catalog(root, language, domain, messages, **kwargs):
    directory = os.path.join(root, language, 'LC_MESSAGES')
    os.makedirs(directory, exist_ok=True)
    path = os.path.join(directory, domain + '.mo')
    with open(path, 'wb') as f:
        f.write(mo_bytes(messages, **kwargs))
    return path


POLISH_HEADER = ('Project-Id-Version: demo 1.0\n'
                 'Content-Type: text/plain; charset=UTF-8\n'
                 'Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n'
                 'X-Comment: first line\n'
                 ' continued here\n').encode()
polish = {
    b'': POLISH_HEADER,
    b'Hello': 'Cześć'.encode(),
    b'file\0files': b'plik\0pliki\0plik\xc3\xb3w',
    b'menu\x04Open': b'Otw\xc3\xb3rz (menu)',
    b'menu\x04item\0items': b'pozycja\0pozycje\0pozycji',
    b'only plural\0only plurals': b'jedna\0kilka\0wiele',
}
german = {
    b'': b'Content-Type: text/plain; charset=ISO-8859-1\nPlural-Forms: nplurals=2; plural=n != 1;\n',
    b'Hello': b'Hallo',
    b'Goodbye': b'Auf Wiedersehen',
    b'Cheese': b'K\xe4se',
    b'day\0days': b'Tag\0Tage',
}

root = tempfile.mkdtemp()
try:
    write_catalog(root, 'pl', 'demo', polish)
    write_catalog(root, 'de', 'demo', german, order='>')
    write_catalog(root, 'de_AT', 'demo', {b'Hello': b'Servus'})
    relative = lambda path: None if path is None else os.path.relpath(path, root)

    # find: each language expanded through locale.normalize, the first with a catalog wins.
    print(relative(gettext.find('demo', root, ['pl'])))
    print(relative(gettext.find('demo', root, ['xx', 'de_AT.UTF-8', 'pl'])))
    print([relative(p) for p in gettext.find('demo', root, ['de_AT', 'de', 'pl'], all=True)])
    print(gettext.find('demo', root, ['fr']), gettext.find('demo', root, ['fr'], all=True))
    print(gettext.find('demo', root, ['C', 'pl']), gettext.find('other', root, ['pl']))
    print(gettext._expand_lang('de_AT.UTF-8'), gettext._expand_lang('pl'), gettext._expand_lang('C'))

    pl = gettext.translation('demo', root, ['pl'])
    print(type(pl).__name__, pl.charset(), sorted(pl.info().items()))
    print(pl.gettext('Hello'), pl.gettext('Missing'), pl.gettext('file'), pl.gettext('only plural'))
    for n in (0, 1, 2, 4, 5, 12, 22, 25, 101, 102):
        print(n, pl.ngettext('file', 'files', n), pl.npgettext('menu', 'item', 'items', n),
              pl.ngettext('thing', 'things', n), pl.npgettext('menu', 'x', 'xs', n))
    print(pl.pgettext('menu', 'Open'), pl.pgettext('other', 'Open'), pl.pgettext('menu', 'Close'))
    print(repr(pl.gettext('')[:30]), pl.plural(3), pl.plural(5))

    de = gettext.translation('demo', root, ['de'])
    print(de.charset(), de.gettext('Cheese'), de.ngettext('day', 'days', 1), de.ngettext('day', 'days', 3))

    # Several languages: the first catalog found, the rest as its fallbacks.
    chain = gettext.translation('demo', root, ['de_AT', 'de', 'pl'])
    print(chain.gettext('Hello'), chain.gettext('Goodbye'), chain.gettext('file'), chain.ngettext('file', 'files', 5),
          chain.pgettext('menu', 'Open'), chain.gettext('Nothing'))
    again = gettext.translation('demo', root, ['pl'])
    print(again is pl, again._catalog is pl._catalog)

    # NullTranslations: as given, or through the fallback it was given.
    null = gettext.NullTranslations()
    print(null.gettext('x'), null.ngettext('a', 'b', 1), null.ngettext('a', 'b', 2), null.pgettext('c', 'm'),
          null.npgettext('c', 'a', 'b', 7), null.info(), null.charset())
    null.add_fallback(de)
    null.add_fallback(pl)
    print(null.gettext('Hello'), null.gettext('file'), null.ngettext('day', 'days', 2), null.pgettext('menu', 'Open'))

    class Upper(gettext.NullTranslations):
        def gettext(self, message):
            return message.upper()

    print(gettext.translation('demo', root, ['pl'], class_=Upper).gettext('Hello'))

    # Missing catalogs.
    try:
        gettext.translation('missing', root, ['pl'])
    except FileNotFoundError as e:
        print(type(e).__name__, e, e.errno, e.strerror, e.filename)
    fallback = gettext.translation('missing', root, ['pl'], fallback=True)
    print(type(fallback).__name__, fallback.gettext('Hello'))

    # Broken catalogs: a bad magic number, an unknown major revision, offsets past the end.
    broken = os.path.join(root, 'broken.mo')
    for content in (b'\x00' * 28, mo_bytes({b'a': b'b'}, revision=5 << 16), mo_bytes({b'a': b'b'})[:-4]):
        with open(broken, 'wb') as f:
            f.write(content)
        try:
            with open(broken, 'rb') as f:
                gettext.GNUTranslations(f)
            print('read')
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, relative(e.filename))
    with open(broken, 'wb') as f:
        f.write(mo_bytes({b'a': b'b'}, revision=1 << 16 | 7))
    with open(broken, 'rb') as f:
        print(gettext.GNUTranslations(f).gettext('a'))

    # install: _ (and the names asked for) become builtins.
    pl.install()
    print(_('Hello'), 'ngettext' in vars(builtins))
    pl.install(names=['ngettext', 'pgettext', 'lgettext'])
    print(ngettext('file', 'files', 3), pgettext('menu', 'Open'), 'lgettext' in vars(builtins))
    gettext.install('demo', root)
    print(_('Hello'))
    del builtins._, builtins.ngettext, builtins.pgettext

    # The GNU API: the current domain and where each domain's catalogs are.
    os.environ['LANGUAGE'] = 'pl'
    print(gettext.textdomain(), gettext.gettext('Hello'), gettext.ngettext('file', 'files', 2))
    print(relative(gettext.bindtextdomain('demo', root)), relative(gettext.bindtextdomain('demo')))
    print(gettext.textdomain('demo'), gettext.textdomain())
    print(gettext.gettext('Hello'), gettext.ngettext('file', 'files', 2), gettext.pgettext('menu', 'Open'),
          gettext.npgettext('menu', 'item', 'items', 5))
    print(gettext.dgettext('demo', 'Hello'), gettext.dgettext('nothing', 'Hello'), gettext.dngettext('demo', 'file', 'files', 1),
          gettext.dngettext('nothing', 'file', 'files', 1), gettext.dpgettext('demo', 'menu', 'Open'),
          gettext.dnpgettext('nothing', 'menu', 'item', 'items', 2))
    os.environ['LANGUAGE'] = 'de:pl'
    print(gettext.gettext('Hello'), gettext.gettext('file'), gettext.translation('demo', root).gettext('Goodbye'))
    gettext.textdomain('messages')
    del os.environ['LANGUAGE']
    print(gettext.Catalog is gettext.translation, sorted(gettext.__all__))
finally:
    shutil.rmtree(root)
print(os.path.exists(root))
