"""typeset settings read from an INI-style file."""


def load_settings(lines):
    """Parse key = value lines into a dict of sections, ignoring comments."""
    sections = {"default": {}}
    current = "default"
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip().lower()
            sections.setdefault(current, {})
            continue
        if "=" not in line:
            raise ValueError("expected key = value: " + raw)
        key, value = line.split("=", 1)
        sections[current][key.strip().lower()] = value.strip()
    return sections


def setting_as_int(sections, section, key, fallback):
    """One setting as an integer, or fallback when absent or malformed."""
    try:
        return int(sections.get(section, {}).get(key, fallback))
    except (TypeError, ValueError):
        return fallback
