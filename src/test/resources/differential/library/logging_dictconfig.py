# logging.config.dictConfig (Lib/logging/config.py): the documented schema, ext:// and cfg://
# values, "()" factories, existing loggers disabled or kept, incremental changes, and the errors
import io
import logging
import logging.config
import sys

existing = logging.getLogger("old")
kept_child = logging.getLogger("app.db")
kept_child.setLevel(logging.ERROR)
logging.getLogger("app.db").addHandler(logging.NullHandler())


class Tagger(logging.Filter):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag

    def filter(self, record):
        record.tag = self.tag
        return True


def make_formatter(fmt, prefix):
    return logging.Formatter(prefix + fmt)


buffer = io.StringIO()
config = {
    "version": 1,
    "formatters": {
        "plain": {"format": "%(levelname)s|%(name)s|%(message)s"},
        "braces": {"format": "{levelname:<7} {tag} {message}", "style": "{"},
        "custom": {"()": make_formatter, "fmt": "%(message)s", "prefix": ">> "},
    },
    "filters": {
        "only_app": {"name": "app"},
        "tag": {"()": "__main__.Tagger", "tag": "T1"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                    "formatter": "plain", "level": "INFO"},
        "tagged": {"class": "logging.StreamHandler", "stream": "cfg://streams.out",
                   "formatter": "braces", "filters": ["tag", "only_app"]},
        "buffered": {"class": "logging.handlers.MemoryHandler", "capacity": 2, "target": "console",
                     "flushLevel": 40},
        "custom": {"()": logging.StreamHandler, "stream": "ext://sys.stdout", ".": {"name": "renamed"},
                   "formatter": "custom"},
    },
    "loggers": {
        "app": {"handlers": ["tagged", "console"], "level": "DEBUG", "propagate": False},
        "mem": {"handlers": ["buffered"], "level": "DEBUG", "propagate": False},
        "fancy": {"handlers": ["custom"], "propagate": False},
    },
    "root": {"level": "WARNING", "handlers": ["console"]},
    "streams": {"out": buffer},
}
logging.config.dictConfig(config)
app = logging.getLogger("app")
app.debug("debug goes to tagged only")
app.info("info goes to both")
logging.getLogger("app.db").warning("child of a configured logger")
logging.getLogger("other").info("root is at WARNING")
logging.getLogger("other").warning("root prints this")
print("buffer:", buffer.getvalue().splitlines())
print("old disabled:", existing.disabled, "child:", kept_child.disabled, kept_child.level, kept_child.handlers,
      kept_child.propagate)
mem = logging.getLogger("mem")
mem.info("held")
print("held so far")
mem.info("second fills it")
logging.getLogger("fancy").warning("made by a factory")
print(sorted(h.name for h in logging.getLogger("fancy").handlers), app.level, app.propagate,
      [type(f).__name__ for f in app.handlers[0].filters])

logging.config.dictConfig({"version": 1, "incremental": True,
                           "handlers": {"console": {"level": "ERROR"}},
                           "loggers": {"app": {"level": "WARNING"}}})
app.warning("console now shows only errors")
app.error("an error")
print(logging.getLevelName(app.level), len(app.handlers))

logging.config.dictConfig({"version": 1, "disable_existing_loggers": False,
                           "handlers": {"out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout"}},
                           "root": {"handlers": ["out"], "level": "INFO"}})
print(existing.disabled, app.disabled, app.handlers)
existing.info("the old logger works again")


def attempt(config):
    try:
        logging.config.dictConfig(config)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__))


attempt({})
attempt({"version": 2})
attempt({"version": 1, "handlers": {"h": {"class": "logging.NoSuch"}}})
attempt({"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "nope"}}})
attempt({"version": 1, "formatters": {"f": {"format": "%(bad"}}})
attempt({"version": 1, "loggers": {"a": {"handlers": ["missing"]}}})
attempt({"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "level": "LOUD"}}})
attempt({"version": 1, "root": {"level": "LOUD"}})
attempt({"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "stream": "ext://sys.nothing"}}})
attempt({"version": 1, "formatters": {"f": {"format": "{message}", "style": "%"}}})
attempt({"version": 1, "formatters": {"f": {"format": "x", "style": "?"}}})
attempt({"version": 1, "loggers": {"a": {"filters": ["nope"]}}})
attempt({"version": 1, "incremental": True, "handlers": {"nope": {"level": "INFO"}}})
attempt({"version": 1, "handlers": {"h": {"class": "logging.handlers.MemoryHandler", "capacity": 1,
                                          "target": "absent"}}})
attempt({"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "bad-key": 1}}})
print(logging.config.valid_ident("ok_name"))
try:
    logging.config.valid_ident("9lives")
except ValueError as e:
    print(e)
