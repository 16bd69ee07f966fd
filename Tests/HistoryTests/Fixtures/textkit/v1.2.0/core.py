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


def center_line(line, width, fill=" "):
    """Pad a line on both sides so that it is centred in width columns."""
    if len(line) >= width:
        return line
    total = width - len(line)
    left = total // 2
    right = total - left
    return fill * left + line + fill * right


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
