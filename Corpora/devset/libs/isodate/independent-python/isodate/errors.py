class ISO8601Error(ValueError):
    """A string is not a valid ISO 8601 value."""
