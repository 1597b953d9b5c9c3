"""Configuring logging from a dictionary for the GIL Lab model: mirrors CPython 3.11's Lib/logging/config.py.

Written for the model from CPython's documentation ("Configuration dictionary schema") and observed
behaviour, not copied from its source. dictConfig() builds formatters, filters, handlers and loggers
from a dict (as a program reads it from JSON or YAML), with "ext://" and "cfg://" values and "()"
factories, and reports a bad entry as CPython does: ValueError("Unable to configure handler 'h'")
caused by what went wrong. fileConfig() reads the older configparser format ([loggers], [handlers],
[formatters] and their logger_*, handler_*, formatter_* sections). listen() is not here.
"""

import importlib
import io
import logging
import logging.handlers
import os
import re

__all__ = ['dictConfig', 'fileConfig', 'valid_ident', 'DEFAULT_LOGGING_CONFIG_PORT', 'IDENTIFIER']

DEFAULT_LOGGING_CONFIG_PORT = 9030

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def _resolve(name):
    """The object a dotted name names, importing modules along the way; ImportError when one is missing."""
    parts = name.split('.')
    used = parts.pop(0)
    found = importlib.import_module(used)
    for part in parts:
        used += '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            importlib.import_module(used)
            found = getattr(found, part)
    return found


def _clear_existing_handlers():
    """Both configurations start by flushing and closing every handler and forgetting their names."""
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _children_of(name, existing):
    """The names among existing (sorted) of the descendants of the logger name."""
    prefix = name + '.'
    return [other for other in existing if other.startswith(prefix)]


def _handle_existing_loggers(existing, children, disable_existing):
    """Loggers that existed and were not configured: the children of configured ones are reset to
    inherit (level NOTSET, no handlers, propagating), the others disabled when disable_existing."""
    for name in existing:
        logger = logging.root.manager.loggerDict[name]
        if name in children:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            logger.disabled = disable_existing


def valid_ident(s):
    """True for a Python identifier; else ValueError('Not a valid Python identifier: ...')."""
    if not IDENTIFIER.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


_PREFIXED = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
_CFG_KEY = re.compile(r'^\s*(\w+)\s*')
_CFG_DOT = re.compile(r'^\.\s*(\w+)\s*')
_CFG_INDEX = re.compile(r'^\[\s*(\w+)\s*\]\s*')
_DIGITS = re.compile(r'^\d+$')


class _Configurator:
    """One dictConfig() call: the configuration, and the objects made from it so far."""

    def __init__(self, config):
        self.config = config
        self.formatters = {}
        self.filters = {}
        self.handlers = {}

    # ---- values: "ext://", "cfg://" and "()" factories ----

    def resolve(self, name):
        """The object a dotted name names (ext://sys.stdout); an import that fails is a ValueError."""
        try:
            return _resolve(name)
        except ImportError as e:
            raise ValueError('Cannot resolve %r: %s' % (name, e)) from e

    def cfg_convert(self, path):
        """The value at a path into the configuration itself: cfg://handlers.file[filename]."""
        match = _CFG_KEY.match(path)
        if match is None:
            raise ValueError('Unable to convert %r' % path)
        rest = path[match.end():]
        found = self.config[match.group(1)]
        while rest:
            match = _CFG_DOT.match(rest) or _CFG_INDEX.match(rest)
            if match is None:
                raise ValueError('Unable to convert %r at %r' % (path, rest))
            key = match.group(1)
            if match.re is _CFG_INDEX and _DIGITS.match(key) and not isinstance(found, dict):
                key = int(key)
            found = found[key]
            rest = rest[match.end():]
        return found

    def convert(self, value):
        """A string "ext://..." or "cfg://..." resolved, containers converted item by item."""
        if isinstance(value, dict):
            return {k: self.convert(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return type(value)(self.convert(v) for v in value)
        if isinstance(value, str):
            match = _PREFIXED.match(value)
            if match is not None:
                prefix, suffix = match.group('prefix', 'suffix')
                if prefix == 'ext':
                    return self.resolve(suffix)
                if prefix == 'cfg':
                    return self.convert(self.cfg_convert(suffix))
        return value

    def configure_custom(self, config):
        """An object made by config['()'] (a callable or a dotted name) from the other keys; the
        '.' entry's items are set as attributes afterwards."""
        config = dict(config)
        factory = config.pop('()')
        if not callable(factory):
            factory = self.resolve(factory)
        properties = config.pop('.', None)
        kwargs = {k: self.convert(v) for k, v in config.items() if valid_ident(k)}
        result = factory(**kwargs)
        for name, value in (properties or {}).items():
            setattr(result, name, self.convert(value))
        return result

    # ---- the parts ----

    def configure_formatter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        cls = self.resolve(config['class']) if config.get('class') else logging.Formatter
        args = [config.get('format'), config.get('datefmt'), config.get('style', '%')]
        if 'validate' in config:
            args.append(config['validate'])
        return cls(*args)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, target, names):
        for name in names:
            try:
                target.addFilter(self.filters[name])
            except Exception as e:
                raise ValueError('Unable to add filter %r' % name) from e

    def configure_handler(self, config):
        config = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.formatters[formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            handler = self.configure_custom(config)
        else:
            cls = config.pop('class')
            if not callable(cls):
                cls = self.resolve(cls)
            if issubclass(cls, logging.handlers.MemoryHandler) and 'target' in config:
                try:
                    config['target'] = self.handlers[config['target']]
                except Exception as e:
                    raise ValueError('Unable to set target handler %r' % config['target']) from e
            properties = config.pop('.', None)
            kwargs = {k: self.convert(v) for k, v in config.items() if valid_ident(k)}
            handler = cls(**kwargs)
            for name, value in (properties or {}).items():
                setattr(handler, name, self.convert(value))
        if formatter:
            handler.setFormatter(formatter)
        if level is not None:
            handler.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(handler, filters)
        return handler

    def configure_logger_common(self, logger, config, incremental=False):
        """Level, and (unless incremental) handlers and filters replaced by the configured ones."""
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if incremental:
            return
        for handler in logger.handlers[:]:
            logger.removeHandler(handler)
        for name in config.get('handlers', None) or ():
            try:
                logger.addHandler(self.handlers[name])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % name) from e
        self.add_filters(logger, config.get('filters', None) or ())

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.configure_logger_common(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    # ---- the whole ----

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        with logging._lock:
            if config.pop('incremental', False):
                self.configure_incrementally()
            else:
                self.configure_afresh()

    def configure_incrementally(self):
        """incremental: True changes only the levels of named handlers and loggers (and propagate)."""
        config = self.config
        for name, handler_config in config.get('handlers', {}).items():
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            level = handler_config.get('level', None)
            if level:
                logging._handlers[name].setLevel(logging._checkLevel(level))
        for name, logger_config in config.get('loggers', {}).items():
            try:
                self.configure_logger(name, logger_config, True)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        if config.get('root', None):
            try:
                self.configure_logger_common(logging.root, config['root'], True)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def configure_afresh(self):
        """Drops the existing handlers, then builds every part; existing loggers not named are
        disabled (disable_existing_loggers, true by default), their named parents' children kept."""
        config = self.config
        disable_existing = config.pop('disable_existing_loggers', True)
        _clear_existing_handlers()
        self.build('formatter', config.get('formatters', {}), self.configure_formatter, self.formatters)
        self.build('filter', config.get('filters', {}), self.configure_filter, self.filters)
        self.build_handlers(config.get('handlers', {}))

        existing = sorted(logging.root.manager.loggerDict)
        children = []
        for name, logger_config in config.get('loggers', {}).items():
            if name in existing:
                children.extend(_children_of(name, existing))
                existing.remove(name)
            try:
                self.configure_logger(name, logger_config)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        _handle_existing_loggers(existing, children, disable_existing)
        if config.get('root', None):
            try:
                self.configure_logger_common(logging.root, config['root'])
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def build(self, kind, configs, make, made):
        for name, part_config in configs.items():
            try:
                made[name] = make(part_config)
            except Exception as e:
                raise ValueError('Unable to configure %s %r' % (kind, name)) from e

    def build_handlers(self, configs):
        """Handlers in name order, except that one whose target is another handler (a MemoryHandler's)
        is made after the others."""
        names = sorted(configs)
        later = [n for n in names if '()' not in configs[n] and configs[n].get('target') in configs]
        for name in [n for n in names if n not in later] + later:
            try:
                handler = self.configure_handler(configs[name])
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
            handler.name = name
            self.handlers[name] = handler


def dictConfig(config):
    """Configures logging from a dictionary in the schema the logging documentation describes."""
    _Configurator(dict(config)).configure()


# ---- fileConfig: the configparser format ----

def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configures logging from a configparser file: a file name, an open file (anything with readline)
    or a ConfigParser. defaults seed the parser's DEFAULT section. As in CPython, a missing section or
    key raises the KeyError the parser's mapping gives, and args/kwargs/class are evaluated in the
    logging module's namespace."""
    import configparser

    if isinstance(fname, str):
        if not os.path.exists(fname):
            raise FileNotFoundError(f"{fname} doesn't exist")
        if not os.path.getsize(fname):
            raise RuntimeError(f'{fname} is an empty file')
    if isinstance(fname, configparser.RawConfigParser):
        cp = fname
    else:
        try:
            cp = configparser.ConfigParser(defaults)
            if hasattr(fname, 'readline'):
                cp.read_file(fname)
            else:
                cp.read(fname, encoding=encoding)
        except configparser.ParsingError as e:
            raise RuntimeError(f'{fname} is invalid: {e}')
    formatters = _create_formatters(cp)
    with logging._lock:
        _clear_existing_handlers()
        handlers = _install_handlers(cp, formatters)
        _install_loggers(cp, handlers, disable_existing_loggers)


def _names(text):
    """A "keys" entry or a handler list: comma-separated names, spaces around them dropped."""
    return [name.strip() for name in text.split(',')]


def _create_formatters(cp):
    """The formatters named by [formatters] keys, each from its [formatter_NAME] section."""
    keys = cp["formatters"]["keys"]
    formatters = {}
    if not keys:
        return formatters
    for name in _names(keys):
        section = "formatter_%s" % name
        fmt = cp.get(section, "format", raw=True, fallback=None)
        datefmt = cp.get(section, "datefmt", raw=True, fallback=None)
        style = cp.get(section, "style", raw=True, fallback='%')
        class_name = cp[section].get("class")
        cls = _resolve(class_name) if class_name else logging.Formatter
        formatters[name] = cls(fmt, datefmt, style)
    return formatters


def _install_handlers(cp, formatters):
    """The handlers named by [handlers] keys: class(*args, **kwargs) from [handler_NAME], then level and
    formatter; a MemoryHandler's target is set once all are made."""
    keys = cp["handlers"]["keys"]
    handlers = {}
    if not keys:
        return handlers
    targets = []
    for name in _names(keys):
        section = cp["handler_%s" % name]
        cls = section["class"]
        formatter = section.get("formatter", "")
        try:
            cls = eval(cls, vars(logging))
        except (AttributeError, NameError):
            cls = _resolve(cls)
        args = eval(section.get("args", '()'), vars(logging))
        kwargs = eval(section.get("kwargs", '{}'), vars(logging))
        handler = cls(*args, **kwargs)
        handler.name = name
        if "level" in section:
            handler.setLevel(section["level"])
        if formatter:
            handler.setFormatter(formatters[formatter])
        if issubclass(cls, logging.handlers.MemoryHandler):
            target = section.get("target", "")
            if target:
                targets.append((handler, target))
        handlers[name] = handler
    for handler, target in targets:
        handler.setTarget(handlers[target])
    return handlers


def _level_and_no_handlers(logger, section):
    """A [logger_NAME] section's level (when given); the logger's handlers are removed."""
    if "level" in section:
        logger.setLevel(section["level"])
    for handler in logger.handlers[:]:
        logger.removeHandler(handler)


def _add_handlers(logger, section, handlers):
    """The handlers a [logger_NAME] section lists (the key is required, its value may be empty)."""
    names = section["handlers"]
    if names:
        for name in _names(names):
            logger.addHandler(handlers[name])


def _install_loggers(cp, handlers, disable_existing):
    """[logger_root] and the loggers named by [loggers] keys (root must be among them), each by its
    qualname; loggers that existed before are handled as dictConfig handles them."""
    names = _names(cp["loggers"]["keys"])
    names.remove("root")
    root = logging.root
    section = cp["logger_root"]
    _level_and_no_handlers(root, section)
    _add_handlers(root, section, handlers)

    existing = sorted(root.manager.loggerDict.keys())
    children = []
    for name in names:
        section = cp["logger_%s" % name]
        qualname = section["qualname"]
        propagate = section.getint("propagate", fallback=1)
        logger = logging.getLogger(qualname)
        if qualname in existing:
            children.extend(_children_of(qualname, existing))
            existing.remove(qualname)
        _level_and_no_handlers(logger, section)
        logger.propagate = propagate
        logger.disabled = 0
        _add_handlers(logger, section, handlers)
    _handle_existing_loggers(existing, children, disable_existing)
