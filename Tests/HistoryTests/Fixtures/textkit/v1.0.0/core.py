"""textkit: small text layout helpers."""


def wrap_words(text, width):
    """Break text into lines of at most width characters, on spaces."""
    lines = []
    current = []
    length = 0
    for word in text.split():
        extra = len(word) + (1 if current else 0)
        if current and length + extra > width:
            lines.append(" ".join(current))
            current = [word]
            length = len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(" ".join(current))
    return lines


def center_line(line, width, fill=" "):
    """Pad a line on both sides so that it is centred in width columns."""
    if len(line) >= width:
        return line
    total = width - len(line)
    left = total // 2
    right = total - left
    return fill * left + line + fill * right


def count_words(text):
    """Count how often each lower-cased word occurs."""
    counts = {}
    for word in text.split():
        key = word.strip(".,;:!?").lower()
        if not key:
            continue
        counts[key] = counts.get(key, 0) + 1
    return counts
