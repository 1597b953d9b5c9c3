"""The sqlite3 package (Lib/sqlite3/__init__.py): the DB-API 2.0 interface of dbapi2, re-exported.
Written for the model, not copied."""

from sqlite3.dbapi2 import *
