# Greedy word wrapping with optional full justification.


def split_words(text):
    words = []
    for word in text.split():
        if word:
            words.append(word)
    return words


def justify_line(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    total_chars = sum(len(word) for word in words)
    gaps = len(words) - 1
    spaces = width - total_chars
    base, extra = divmod(spaces, gaps)
    parts = []
    for index, word in enumerate(words[:-1]):
        pad = base + (1 if index < extra else 0)
        parts.append(word + " " * pad)
    parts.append(words[-1])
    return "".join(parts)


def wrap_words(words, width):
    lines = []
    current = []
    length = 0
    for word in words:
        if len(word) > width:
            raise ValueError("word too long for width %d: %s" % (width, word))
        if current and length + 1 + len(word) > width:
            lines.append(current)
            current = []
            length = 0
        if current:
            length += 1
        current.append(word)
        length += len(word)
    if current:
        lines.append(current)
    return lines


def wrap(text, width, justify=False):
    if width <= 0:
        raise ValueError("width must be positive, got %d" % width)
    result = []
    groups = wrap_words(split_words(text), width)
    for index, group in enumerate(groups):
        last = index == len(groups) - 1
        if justify and not last:
            result.append(justify_line(group, width))
        else:
            result.append(" ".join(group))
    return "\n".join(result)
