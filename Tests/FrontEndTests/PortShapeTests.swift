import XCTest
@testable import FrontEnd

/// The shape stream gives a function and its port to another language the same shape where only the syntax differs:
/// parameters without types, braces around one statement, Python's `range` loops against C-style counted loops, `elif`
/// chains against `else if`, `i += 1` against `i++`, C++'s subscripts and Ruby's conditionals and loops, `range` ends
/// and steps against the C-style loop's comparison and update, Java's `charAt` against subscripts.
final class PortShapeTests: XCTestCase {
    /// The shape stream as "depth:kind", depths relative to the first function node.
    private func shapes(_ source: String, _ language: String) throws -> [String] {
        try Fixtures.functionShapes(source, language)
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

    func testAnElifChainHasTheShapeOfElseIfInEveryLanguage() throws {
        let python = """
        def sign(x):
            if x > 0:
                x = 1
            elif x < 0:
                x = 2
            else:
                x = 3
            return x
        """
        let java = "class M { static int sign(int x) { if (x > 0) x = 1; else if (x < 0) x = 2; else { x = 3; } return x; } }\n"
        let cpp = "int sign(int x) { if (x > 0) x = 1; else if (x < 0) x = 2; else x = 3; return x; }\n"
        let jv = try shapes(java, "java")
        XCTAssertEqual(try shapes(python, "python"), jv)
        XCTAssertEqual(try shapes(cpp, "cpp"), jv)
        // The else-if nests in its `if`, and the final else's statement in the else-if.
        XCTAssertEqual(Array(jv.drop { $0 != "1:branch" }.prefix(13)),
                       ["1:branch", "2:binaryOperator", "3:numberLiteral", "2:assignment", "3:numberLiteral",
                        "2:branch", "3:binaryOperator", "4:numberLiteral", "3:assignment", "4:numberLiteral",
                        "3:assignment", "4:numberLiteral", "1:returnStatement"])
        XCTAssertFalse(jv.contains { $0.hasSuffix(":elseClause") })
    }

    func testAnElifChainNestsOnlyWhatFollowsItsElif() throws {
        // The statement after the whole chain stays a sibling of the `if`.
        let py = try shapes("def f(x):\n    if x:\n        x = 1\n    elif x:\n        x = 2\n    return x\n", "python")
        XCTAssertEqual(py.last, "1:returnStatement")
        XCTAssertEqual(py.filter { $0 == "2:branch" }.count, 1, "\(py)")
    }

    func testAddingOneIsShapedAsTheIncrementItsPortsWrite() throws {
        let python = "def f(n):\n    i = 0\n    while i < n:\n        i += 1\n    return i\n"
        let c = "int f(int n) { int i = 0; while (i < n) i++; return i; }\n"
        let rust = "fn f(n: i32) -> i32 { let mut i = 0; while i < n { i += 1; } return i; }\n"
        let reference = try shapes(c, "c")
        XCTAssertEqual(try shapes(python, "python"), reference)
        XCTAssertEqual(try shapes(rust, "rust"), reference)
        // Written out in full, as languages without compound assignment write it (R), it is the same step.
        XCTAssertEqual(try shapes("def f(n):\n    i = 0\n    while i < n:\n        i = i + 1\n    return i\n", "python"), reference)
        let r = try shapes("f <- function(n) {\n  i <- 0\n  while (i < n) {\n    i <- i + 1\n  }\n  return(i)\n}\n", "r")
        XCTAssertEqual(r.filter { $0.hasSuffix(":unaryOperator") }.count, 1, "\(r)")
        XCTAssertEqual(r.filter { $0.hasSuffix(":binaryOperator") }.count, 1, "only the loop's comparison: \(r)")
        // Adding 1 to something else is an addition.
        let other = try shapes("def f(i, j):\n    i = j + 1\n    return i\n", "python")
        XCTAssertTrue(other.contains("2:binaryOperator"), "\(other)")
        XCTAssertTrue(reference.contains("2:unaryOperator"), "\(reference)")
        // Adding anything else stays an assignment with its operand.
        let two = try shapes("def f(i):\n    i += 2\n    return i\n", "python")
        XCTAssertEqual(Array(two.prefix(5)), ["0:function", "1:parameterList", "2:parameter", "1:assignment", "2:numberLiteral"])
    }

    func testRangeEndsAndStepsAreReadAsTheirPortsWriteThem() throws {
        // `range(1, n + 1)` is `i <= n`, `range(n - 1, -1, -1)` counts down to 0 by `i--` (feature version 7): the
        // `+ 1` and `-1` are the comparison's and the update's, as in the port.
        let python = """
        def f(arr, n):
            s = 0
            for i in range(1, n + 1):
                s = s + arr[i]
            for j in range(n - 1, -1, -1):
                s = s - arr[j]
            return s
        """
        let java = """
        class Main {
            static int f(int[] arr, int n) {
                int s = 0;
                for (int i = 1; i <= n; i++) s = s + arr[i];
                for (int j = n - 1; j >= 0; j--) s = s - arr[j];
                return s;
            }
        }
        """
        let py = try shapes(python, "python")
        XCTAssertEqual(py, try shapes(java, "java"))
        XCTAssertEqual(Array(py.drop { $0 != "1:loop" }.prefix(5)),
                       ["1:loop", "2:assignment", "3:numberLiteral", "2:binaryOperator", "2:unaryOperator"])
        // Any other step is still added: `range(0, n, 2)` is `i += 2`, with its operand.
        let two = try shapes("def f(n):\n    for i in range(0, n, 2):\n        n = n * 2\n    return n\n", "python")
        XCTAssertEqual(Array(two.drop { $0 != "1:loop" }.prefix(6)),
                       ["1:loop", "2:assignment", "3:numberLiteral", "2:binaryOperator", "2:assignment", "3:numberLiteral"])
    }

    func testJavaCharAtIsTheSubscriptOfItsPorts() throws {
        // `s.charAt(i)` is how Java indexes a string; Python, C and C++ write `s[i]` (feature version 7).
        let java = try shapes("class M { static boolean f(String s, int i) { return s.charAt(i) == s.charAt(i + 1); } }\n", "java")
        let python = try shapes("def f(s, i):\n    return s[i] == s[i + 1]\n", "python")
        XCTAssertEqual(java, python)
        XCTAssertEqual(java.filter { $0.hasSuffix(":subscript") }.count, 2, "\(java)")
        // Any other method, or charAt without exactly one argument, stays a call.
        let other = try shapes("class M { static int f(String s, int i) { return s.indexOf(i) + s.charAt(); } }\n", "java")
        XCTAssertFalse(other.contains { $0.hasSuffix(":subscript") }, "\(other)")
    }

    func testACppSubscriptIsOneSubscriptAsInJava() throws {
        let cpp = try shapes("int f(int a[], int i) { return a[i] + a[i - 1]; }\n", "cpp")
        let java = try shapes("class M { static int f(int[] a, int i) { return a[i] + a[i - 1]; } }\n", "java")
        XCTAssertEqual(cpp, java)
        XCTAssertEqual(cpp.filter { $0.hasSuffix(":subscript") }.count, 2)
    }

    func testRubyConditionalsAndLoopsHaveTheirShapes() throws {
        let ruby = "def f(x)\n  while x > 0\n    if x > 5\n      x = x - 2\n    end\n    x -= 1\n  end\n  return x\nend\n"
        let python = "def f(x):\n    while x > 0:\n        if x > 5:\n            x = x - 2\n        x -= 1\n    return x\n"
        let rb = try shapes(ruby, "ruby")
        XCTAssertEqual(rb, try shapes(python, "python"))
        XCTAssertTrue(rb.contains("1:loop") && rb.contains("2:branch"), "\(rb)")
    }
}
