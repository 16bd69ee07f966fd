import Analysis

/// What a unit is for the copied share: code counts; data tables and tests are matched and reported on their own
/// lines, so a clone of a library with huge generated tables or test suites still shows how much code was taken.
public enum UnitCategory: String, Sendable, Codable, CaseIterable {
    case code
    /// A table of data: at least `dataMinLines` code lines whose token 5-grams are at least `dataRepeatShare`
    /// repeats (a table's rows repeat one shape, `NUM : NUM ,`; code rarely repeats a 5-gram).
    case data
    /// A unit in a test file (`TestPaths`).
    case test

    /// Share of repeated structure shingles from which a unit is a table. Measured from the stored bags, so the
    /// index and a fresh analysis agree: a 60-row dict of numbers repeats 98% of its 5-grams, a string tuple 99%,
    /// and the functions of Corpora/'s libraries repeat 0-40%.
    public static let dataRepeatShare = 0.8
    /// Code lines from which a repetitive unit is a table rather than a constant or two.
    public static let dataMinLines = 20

    /// Whether `unit` repeats its token 5-grams like a table, whatever its size.
    public static func isTableLike(_ unit: UnitFeatures) -> Bool {
        let total = unit.structure.count
        return total >= 20 && Double(total - unit.structure.distinctCount) >= dataRepeatShare * Double(total)
    }

    /// The category of `unit` in the file at `path`.
    public static func of(_ unit: UnitFeatures, path: String) -> UnitCategory {
        TestPaths.isTest(path) ? .test : ofCode(unit)
    }

    /// The category of a unit outside test files: `data` or `code`.
    public static func ofCode(_ unit: UnitFeatures) -> UnitCategory {
        unit.codeLines >= dataMinLines && isTableLike(unit) ? .data : .code
    }
}

/// Test files by the conventions of the languages clonescan reads (documented in docs/verdict.md).
public enum TestPaths {
    /// Directory names that hold tests.
    static let directories: Set<String> = ["test", "tests", "testing", "__tests__", "spec", "specs", "testdata", "test_data"]

    /// Whether `path` (relative, `/`-separated) is a test file: under a test directory, or named like one
    /// (`test_*.py`, `*_test.py`, `*_test.go`, `*.spec.js`, `*.test.ts`, `*Test.java`, `*Tests.cs`, `*_spec.rb`, ...).
    public static func isTest(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        if parts.dropLast().contains(where: { directories.contains($0.lowercased()) }) { return true }
        guard let name = parts.last.map(String.init) else { return false }
        let lower = name.lowercased()
        let stem = lower.split(separator: ".").first.map(String.init) ?? lower
        if stem.hasPrefix("test_") || stem.hasSuffix("_test") || stem.hasSuffix("_tests") || stem.hasSuffix("_spec") { return true }
        if lower.contains(".spec.") || lower.contains(".test.") { return true }
        // JUnit and xUnit naming: FooTest.java, FooTests.cs, FooSpec.scala, FooTest.kt (case-sensitive suffix).
        let original = name.split(separator: ".").first.map(String.init) ?? name
        for suffix in ["Test", "Tests", "Spec", "IT"] where original.hasSuffix(suffix) && original.count > suffix.count {
            let before = original.dropLast(suffix.count).last
            if let before, before.isLowercase || before.isNumber { return true }
        }
        return false
    }
}
