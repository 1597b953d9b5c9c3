# logging.config.fileConfig: from a file name, a file object and a ConfigParser; formatters (format,
# datefmt, style, class), handlers (class evaluated in logging's namespace, args, kwargs, level,
# MemoryHandler target), loggers (qualname, propagate, level), disable_existing_loggers, defaults,
# and the errors CPython gives for a missing, empty, invalid or incomplete file.
import configparser, io, logging, logging.config, os, sys, tempfile

CONFIG = """\
[loggers]
keys = root, app, lib

[handlers]
keys = out, err, mem

[formatters]
keys = plain, braces

[logger_root]
level = WARNING
handlers = err

[logger_app]
level = DEBUG
handlers = out
qualname = app
propagate = 0

[logger_lib]
handlers = mem
qualname = app.lib

[handler_out]
class = StreamHandler
level = INFO
formatter = plain
args = (sys.stdout,)

[handler_err]
class = logging.StreamHandler
formatter = braces
kwargs = {'stream': sys.stdout}

[handler_mem]
class = handlers.MemoryHandler
args = (10,)
target = out

[formatter_plain]
format = %(name)s:%(levelname)s:%(message)s

[formatter_braces]
format = {levelname} <{name}> {message}
style = {
class = logging.Formatter
"""


def t(label, f, tmp=None):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(tmp, "TMP") if tmp else e)


old = logging.getLogger("old")
old_child = logging.getLogger("app.lib.child")
logging.config.fileConfig(io.StringIO(CONFIG))
app = logging.getLogger("app")
lib = logging.getLogger("app.lib")
app.debug("debug from app")
app.info("info from app")
lib.info("info from lib")
logging.getLogger("other").warning("warning from other")
old.warning("old is disabled: %s", old.disabled)
print("old disabled", old.disabled, "child", old_child.disabled, old_child.level, old_child.propagate)
print("levels", logging.root.level, app.level, lib.level, app.propagate, lib.propagate)
print("handlers", [h.name for h in logging.root.handlers], [h.name for h in app.handlers], [h.name for h in lib.handlers])
print("handler levels", [(h.name, h.level) for h in app.handlers + logging.root.handlers])
mem = lib.handlers[0]
print("memory", type(mem).__name__, mem.capacity, mem.target.name, len(mem.buffer))

# from a file name, keeping existing loggers, with defaults for the parser
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "log.ini")
    with open(path, "w") as f:
        f.write("[loggers]\nkeys=root\n[handlers]\nkeys=h\n[formatters]\nkeys=f\n"
                "[logger_root]\nlevel=%(lvl)s\nhandlers=h\n[handler_h]\nclass=StreamHandler\nargs=(sys.stdout,)\n"
                "formatter=f\n[formatter_f]\nformat=file: %%(message)s\n")
    logging.config.fileConfig(path, defaults={"lvl": "INFO"}, disable_existing_loggers=False)
    logging.info("from the file")
    print("kept", old.disabled, app.disabled, app.handlers)
    empty = os.path.join(tmp, "empty.ini")
    open(empty, "w").close()
    t("empty", lambda: logging.config.fileConfig(empty), tmp)
    t("missing", lambda: logging.config.fileConfig(os.path.join(tmp, "nope.ini")), tmp)

# from a ConfigParser
cp = configparser.ConfigParser()
cp.read_dict({"loggers": {"keys": "root"}, "handlers": {"keys": "h"}, "formatters": {"keys": ""},
              "logger_root": {"level": "ERROR", "handlers": "h"},
              "handler_h": {"class": "StreamHandler", "args": "(sys.stdout,)"}})
logging.config.fileConfig(cp)
logging.error("plain error")
logging.warning("dropped")

t("invalid", lambda: logging.config.fileConfig(io.StringIO("[loggers]\nno equals here\n")))
t("no formatters", lambda: logging.config.fileConfig(io.StringIO("[loggers]\nkeys=root\n")))
t("no root", lambda: logging.config.fileConfig(io.StringIO("[formatters]\nkeys=\n[handlers]\nkeys=\n[loggers]\nkeys=\n")))
t("no logger_root", lambda: logging.config.fileConfig(io.StringIO("[formatters]\nkeys=\n[handlers]\nkeys=\n[loggers]\nkeys=root\n")))
t("bad class", lambda: logging.config.fileConfig(io.StringIO(
    "[formatters]\nkeys=\n[handlers]\nkeys=h\n[handler_h]\nclass=nosuchmodule.Handler\n[loggers]\nkeys=root\n")))
t("bad handler ref", lambda: logging.config.fileConfig(io.StringIO(
    "[formatters]\nkeys=\n[handlers]\nkeys=\n[loggers]\nkeys=root\n[logger_root]\nhandlers=zz\n")))
t("bad level", lambda: logging.config.fileConfig(io.StringIO(
    "[formatters]\nkeys=\n[handlers]\nkeys=\n[loggers]\nkeys=root\n[logger_root]\nlevel=LOUD\nhandlers=\n")))
logging.shutdown()
