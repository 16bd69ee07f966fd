"""Message lookup. Only English ships, so lookups return their input."""


def tr(message):
    return message


def tr_plural(one, many, count):
    return one if count == 1 else many


def group_separator():
    return ","


def point():
    return "."
