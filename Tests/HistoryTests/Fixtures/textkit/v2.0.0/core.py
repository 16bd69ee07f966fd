"""textkit: small text layout helpers."""


def wrap_words(text, width):
    """Break text into lines of at most width characters, on spaces."""
    lines = []
    current = []
    length = 0
    for word in text.split():
        while len(word) > width:
            if current:
                lines.append(" ".join(current))
                current, length = [], 0
            lines.append(word[:width])
            word = word[width:]
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


def center_line(line, width, fill=" ", bias="left"):
    """Pad a line on both sides so that it is centred in width columns; bias says where the odd column goes."""
    if len(fill) != 1:
        raise ValueError("fill must be one character")
    if len(line) >= width:
        return line
    total = width - len(line)
    if bias == "left":
        left = total // 2
    else:
        left = total - total // 2
    return fill * left + line + fill * (total - left)


def count_words(text, ignore_case=True, minimum=1):
    """Count how often each word occurs, keeping words seen at least minimum times."""
    counts = {}
    for word in text.split():
        key = word.strip(".,;:!?\"'()")
        if ignore_case:
            key = key.lower()
        if not key:
            continue
        counts[key] = counts.get(key, 0) + 1
    return {word: n for word, n in counts.items() if n >= minimum}


def justify_line(line, width):
    """Spread the words of a line so that it fills width columns exactly."""
    words = line.split()
    if len(words) < 2:
        return line
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    if spaces < gaps:
        return line
    base, extra = divmod(spaces, gaps)
    parts = []
    for index, word in enumerate(words[:-1]):
        parts.append(word)
        parts.append(" " * (base + (1 if index < extra else 0)))
    parts.append(words[-1])
    return "".join(parts)


def split_sentences(text):
    """Split text after each full stop, question or exclamation mark."""
    sentences = []
    start = 0
    for index, char in enumerate(text):
        if char in ".?!" and (index + 1 == len(text) or text[index + 1].isspace()):
            sentence = text[start:index + 1].strip()
            if sentence:
                sentences.append(sentence)
            start = index + 1
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


def format_table(rows, separator=" | "):
    """Lay out rows of cells in columns as wide as their widest cell."""
    if not rows:
        return []
    columns = max(len(row) for row in rows)
    widths = [0] * columns
    for row in rows:
        for index, cell in enumerate(row):
            widths[index] = max(widths[index], len(str(cell)))
    out = []
    for row in rows:
        cells = [str(cell).ljust(widths[index]) for index, cell in enumerate(row)]
        out.append(separator.join(cells).rstrip())
    return out


def hyphenate(word, width):
    """Cut a long word into pieces of at most width characters, each but the last ending in a hyphen."""
    if width < 2 or len(word) <= width:
        return [word]
    pieces = []
    while len(word) > width:
        pieces.append(word[:width - 1] + "-")
        word = word[width - 1:]
    pieces.append(word)
    return pieces
