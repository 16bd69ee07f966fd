import XCTest
@testable import FrontEnd

/// The shape stream gives a function and its port to another language the same shape where only the syntax differs:
/// parameters without types, braces around one statement, and Python's `range` loops against C-style counted loops.
final class PortShapeTests: XCTestCase {
    /// The shape stream as "depth:kind", depths relative to the first function node.
    private func shapes(_ source: String, _ language: String) throws -> [String] {
        let file = try Fixtures.parse(Array(source.utf8), language)
        let function = CanonicalKind.function.rawValue
        guard let start = file.shapes.firstIndex(where: { $0.kind == function }) else {
            XCTFail("\(language): no function in the shape stream"); return []
        }
        let base = Int(file.shapes[start].depth)
        return file.shapes[start...].map { entry in
            "\(Int(entry.depth) - base):\(CanonicalKind(rawValue: entry.kind).map(\.name) ?? "?")"
        }
    }

    func testPythonRangeLoopHasTheShapeOfItsJavaPort() throws {
        let python = """
        def count(s, c, n):
            res = 0
            for i in range(n):
                if s[i] == c:
                    res += 1
            return res
        """
        let java = """
        class Main {
            static int count(char[] s, char c, int n) {
                int res = 0;
                for (int i = 0; i < n; i++) {
                    if (s[i] == c) { res += 1; }
                }
                return res;
            }
        }
        """
        let py = try shapes(python, "python"), jv = try shapes(java, "java")
        XCTAssertEqual(py, jv)
        // The loop header: the start's assignment, the comparison with the end, the update.
        XCTAssertEqual(Array(py.drop { $0 != "1:loop" }.prefix(6)),
                       ["1:loop", "2:assignment", "3:numberLiteral", "2:binaryOperator", "2:unaryOperator", "2:branch"])
    }

    func testRangeWithStartEndAndStepHasEachInItsPlace() throws {
        let python = """
        def f(a, n):
            for i in range(1, n, 2):
                a = a * i
            return a
        """
        let c = """
        int f(int a, int n) {
            for (int i = 1; i < n; i += 2)
                a = a * i;
            return a;
        }
        """
        let py = try shapes(python, "python")
        XCTAssertEqual(Array(py.drop { $0 != "1:loop" }.prefix(6)),
                       ["1:loop", "2:assignment", "3:numberLiteral", "2:binaryOperator", "2:assignment", "3:numberLiteral"])
        XCTAssertEqual(py, try shapes(c, "c"))
    }

    func testRangeOutsideALoopHeaderStaysACall() throws {
        let py = try shapes("def f(n):\n    xs = range(n)\n    return xs\n", "python")
        XCTAssertTrue(py.contains("2:call"), "\(py)")
        XCTAssertFalse(py.contains("2:binaryOperator"), "\(py)")
    }

    func testUntypedParametersAreParametersAsTypedOnesAre() throws {
        let typed = try shapes("int add(int a, int b) { return a + b; }\n", "c")
        XCTAssertEqual(try shapes("def add(a, b):\n    return a + b\n", "python"), typed)
        XCTAssertEqual(try shapes("function add(a, b) { return a + b; }\n", "javascript"), typed)
        XCTAssertEqual(typed.filter { $0 == "2:parameter" }.count, 2)
    }

    func testBracesAroundOneStatementDoNotChangeTheShape() throws {
        let bare = try shapes("int f(int x) { if (x > 0) x = x - 1; return x; }\n", "c")
        let braced = try shapes("int f(int x) { if (x > 0) { x = x - 1; } return x; }\n", "c")
        XCTAssertEqual(bare, braced)
        XCTAssertFalse(bare.contains { $0.hasSuffix(":block") })
    }
}
