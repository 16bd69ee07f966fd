import License

/// Small real code and license texts shared by the tests, written once.
public enum SampleCode {
    /// A small real function.
    public static let mergeSorted = """
    def merge_sorted(left, right):
        result = []
        i = j = 0
        while i < len(left) and j < len(right):
            if left[i] <= right[j]:
                result.append(left[i])
                i += 1
            else:
                result.append(right[j])
                j += 1
        result.extend(left[i:])
        result.extend(right[j:])
        return result

    """

    /// `mergeSorted` plus a binary search: a small library for query tests.
    public static let library = mergeSorted + """
    def binary_search(items, target):
        low, high = 0, len(items) - 1
        while low <= high:
            middle = (low + high) // 2
            if items[middle] == target:
                return middle
            if items[middle] < target:
                low = middle + 1
            else:
                high = middle - 1
        raise KeyError("target %r not found" % (target,))

    """

    /// `library` plus a chunking helper: the MIT library of the audit tests.
    public static let auditLibrary = library + """

    def chunked(sequence, size):
        if size <= 0:
            raise ValueError("size must be positive, got %d" % size)
        out = []
        for start in range(0, len(sequence), size):
            out.append(sequence[start:start + size])
        return out

    """

    /// Unrelated code of a similar size.
    public static let unrelated = """
    def render_table(rows, columns):
        widths = {column: len(column) for column in columns}
        for row in rows:
            for column in columns:
                widths[column] = max(widths[column], len(str(row.get(column, ""))))
        header = " | ".join(column.ljust(widths[column]) for column in columns)
        lines = [header, "-+-".join("-" * widths[column] for column in columns)]
        for row in rows:
            lines.append(" | ".join(str(row.get(column, "")).ljust(widths[column]) for column in columns))
        return "\\n".join(lines)

    """

    /// `auditLibrary` with renamed variables, as a clone carries it.
    public static var copiedLibrary: String {
        auditLibrary.replacingOccurrences(of: "items", with: "seq").replacingOccurrences(of: "target", with: "wanted")
    }
}

/// Real license texts from the data `make setup` installs.
public enum LicenseTexts {
    /// The MIT text under a copyright line of our own; nil when the license data is missing.
    public static var mit: String? {
        guard let text = (try? LicenseDatabase.shared())?.licenseText(key: "mit") else { return nil }
        return "MIT License\n\nCopyright (c) 2021 Example Author\n" + text
    }
}
