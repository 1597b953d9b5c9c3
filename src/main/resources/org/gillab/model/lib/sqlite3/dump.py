"""Connection.iterdump's SQL text (Lib/sqlite3/dump.py): the schema and rows of a database as the
statements that rebuild it, in one transaction. Written for the model from the sqlite3 documentation and
python3's output, not copied. Virtual tables are not dumped, as CPython's do not."""


def _quoted(identifier):
    return '"%s"' % identifier.replace('"', '""')


def _table_lines(cursor, name, sql):
    """The CREATE (or the clearing of an internal table) and one INSERT per row, quoted by SQLite's quote()."""
    if name == "sqlite_sequence":
        yield 'DELETE FROM "sqlite_sequence";'
    elif name == "sqlite_stat1":
        yield 'ANALYZE "sqlite_master";'
    elif name.startswith("sqlite_"):
        return
    else:
        yield "%s;" % sql
    table = _quoted(name)
    columns = [str(info[1]) for info in cursor.execute("PRAGMA table_info(%s)" % table).fetchall()]
    values = ",".join("'||quote(%s)||'" % _quoted(column) for column in columns)
    for (insert,) in cursor.execute("SELECT 'INSERT INTO %s VALUES(%s)' FROM %s;" % (table.replace("'", "''"), values, table)):
        yield "%s;" % insert


def _iterdump(connection):
    cursor = connection.cursor()
    yield "BEGIN TRANSACTION;"
    tables = cursor.execute(
        "SELECT name, type, sql FROM sqlite_master WHERE sql NOT NULL AND type == 'table' ORDER BY name").fetchall()
    sequence = None
    for name, _, sql in tables:
        if name == "sqlite_sequence":
            sequence = (name, sql)  # after the tables whose AUTOINCREMENT it records
            continue
        yield from _table_lines(cursor, name, sql)
    for (sql,) in cursor.execute(
            "SELECT sql FROM sqlite_master WHERE sql NOT NULL AND type IN ('index', 'trigger', 'view')").fetchall():
        yield "%s;" % sql
    if sequence is not None:
        yield from _table_lines(cursor, *sequence)
    yield "COMMIT;"
