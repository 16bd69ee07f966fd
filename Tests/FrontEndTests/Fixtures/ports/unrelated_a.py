# Minimal INI-file parser: sections, key = value pairs, and line comments.


class IniError(Exception):
    def __init__(self, message, line_number):
        super().__init__("%s (line %d)" % (message, line_number))
        self.line_number = line_number


def strip_comment(raw):
    stripped = raw.strip()
    if stripped.startswith(";") or stripped.startswith("#"):
        return ""
    return stripped


def parse_section_header(text, line_number):
    if not text.endswith("]"):
        raise IniError("unterminated section header", line_number)
    name = text[1:-1].strip()
    if not name:
        raise IniError("empty section name", line_number)
    return name.lower()


def coerce_value(value):
    lowered = value.lower()
    if lowered in ("true", "yes", "on"):
        return True
    if lowered in ("false", "no", "off"):
        return False
    try:
        return int(value, 10)
    except ValueError:
        return value.strip('"')


def parse_ini(source):
    config = {"default": {}}
    section = "default"
    for line_number, raw in enumerate(source.splitlines(), start=1):
        text = strip_comment(raw)
        if not text:
            continue
        if text.startswith("["):
            section = parse_section_header(text, line_number)
            config.setdefault(section, {})
            continue
        key, sep, value = text.partition("=")
        if not sep or not key.strip():
            raise IniError("expected key = value", line_number)
        config[section][key.strip().lower()] = coerce_value(value.strip())
    return config
