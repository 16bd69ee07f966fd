"""typeset.layout: line layout utilities."""


def break_into_lines(content, max_width):
    """Split content into rows no wider than max_width."""
    rows = []
    pending = []
    size = 0
    for token in content.split():
        added = len(token) + (1 if pending else 0)
        if pending and size + added > max_width:
            rows.append(" ".join(pending))
            pending = [token]
            size = len(token)
        else:
            pending.append(token)
            size += added
    if pending:
        rows.append(" ".join(pending))
    return rows


def pad_center(row, max_width, pad_char=" "):
    """Centre a row within max_width columns."""
    if len(row) >= max_width:
        return row
    slack = max_width - len(row)
    before = slack // 2
    after = slack - before
    return pad_char * before + row + pad_char * after


def word_frequencies(content, fold_case=True, at_least=1):
    """Frequency of every word, dropping those rarer than at_least."""
    freq = {}
    for token in content.split():
        term = token.strip(".,;:!?\"'()")
        if fold_case:
            term = term.lower()
        if not term:
            continue
        freq[term] = freq.get(term, 0) + 1
    return {term: k for term, k in freq.items() if k >= at_least}


def fill_row(row, max_width):
    """Stretch a row's words to exactly max_width columns."""
    tokens = row.split()
    if len(tokens) < 2:
        return row
    holes = len(tokens) - 1
    blanks = max_width - sum(len(t) for t in tokens)
    if blanks < holes:
        return row
    each, spare = divmod(blanks, holes)
    pieces = []
    for pos, token in enumerate(tokens[:-1]):
        pieces.append(token)
        pieces.append(" " * (each + (1 if pos < spare else 0)))
    pieces.append(tokens[-1])
    return "".join(pieces)
