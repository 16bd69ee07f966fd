import XCTest
@testable import FrontEnd

/// A translated function keeps its words and its loops whatever each language calls them (issue 18, HumanEval-X):
/// a list's length is `size()` in Java and C++, `length` in JavaScript and `len()` in Python, Go and Rust; Go's
/// numeric types and Java's boxed ones are words where other languages have keywords; Go's `for` clause is the
/// header of one loop. (Functions written for these tests.)
final class CrossLanguageWordsTests: XCTestCase {
    private func words(_ source: String, _ language: String) throws -> [String] {
        try Fixtures.parse(Array(source.utf8), language).subwords.map(\.text)
    }

    func testAListsLengthIsOneWordInEveryLanguage() throws {
        let python = try words("def count(items):\n    return len(items)\n", "python")
        let java = try words("class M { int count(List<Integer> items) { return items.size(); } }\n", "java")
        let js = try words("function count(items) { return items.length; }\n", "javascript")
        let rust = try words("fn count(items: &Vec<i32>) -> usize { items.len() }\n", "rust")
        for (language, ws) in [("python", python), ("java", java), ("javascript", js), ("rust", rust)] {
            XCTAssertTrue(ws.contains("len"), "\(language): \(ws)")
            XCTAssertFalse(ws.contains("size") || ws.contains("length"), "\(language): \(ws)")
        }
        XCTAssertTrue(try words("function add(xs, x) { xs.push(x); }\n", "javascript").contains("append"))
        XCTAssertTrue(try words("def add(xs, x):\n    xs.append(x)\n", "python").contains("append"))
    }

    func testPrimitiveTypesGiveNoWordsAsTheyGiveNoneInJavaOrC() throws {
        let go = try words("package m\nfunc half(x float64, n int) bool { return float64(n) > x }\n", "go")
        XCTAssertFalse(go.contains("float") || go.contains("int") || go.contains("bool") || go.contains("64"), "\(go)")
        XCTAssertEqual(go.filter { $0 == "half" }.count, 1, "other identifiers keep their words: \(go)")
        let python = try words("def half(x: float, n: int) -> bool:\n    return int(n) > x\n", "python")
        XCTAssertFalse(python.contains("float") || python.contains("int") || python.contains("bool"), "\(python)")
        let java = try words("class M { boolean half(List<Integer> xs, double x) { return xs.size() > x; } }\n", "java")
        XCTAssertFalse(java.contains("integer"), "\(java)")
        XCTAssertTrue(java.contains("list"), "a collection type is still a word: \(java)")
    }

    func testGosForClauseIsTheHeaderOfOneLoop() throws {
        let go = try Fixtures.functionShapes("package m\nfunc sum(n int) int {\n\ts := 0\n\tfor i := 0; i < n; i++ {\n\t\ts += i\n\t}\n\treturn s\n}\n", "go")
        let c = try Fixtures.functionShapes("int sum(int n) { int s = 0; for (int i = 0; i < n; i++) { s += i; } return s; }\n", "c")
        XCTAssertEqual(go.filter { $0.hasSuffix(":loop") }.count, 1, "\(go)")
        XCTAssertEqual(go, c)
    }
}
