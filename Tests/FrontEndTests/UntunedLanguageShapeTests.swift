import XCTest
@testable import FrontEnd

/// Languages nobody had tuned on real ports (issue 18) give a construct the canonical kinds Python, Java and C give it:
/// Perl's comparisons, indexing, `++`, `and`/`or` and `my (...) = @_` parameters; Dart's functions with their bodies;
/// the operators of Swift, Kotlin, Scala, OCaml, Haskell and Dart; Zig's function bodies and `return`.
final class UntunedLanguageShapeTests: XCTestCase {
    private func shapes(_ source: String, _ language: String) throws -> [String] {
        try Fixtures.functionShapes(source, language)
    }

    private func units(_ source: String, _ language: String) throws -> [FrontEnd.Unit] {
        try Fixtures.parse(Array(source.utf8), language).units
    }

    /// The shapes from the first binary operator on, depths relative to it: an expression's own shape.
    private func expressionShapes(_ source: String, _ language: String) throws -> [String] {
        let all = try shapes(source, language)
        guard let start = all.firstIndex(where: { $0.hasSuffix(":binaryOperator") }) else {
            XCTFail("\(language): no binary operator in \(all)"); return []
        }
        let base = Int(all[start].split(separator: ":")[0]) ?? 0
        return all[start...].map { entry in
            let parts = entry.split(separator: ":")
            return "\((Int(parts[0]) ?? 0) - base):\(parts[1])"
        }
    }

    // MARK: Perl

    func testPerlSubHasTheShapeOfItsPythonPort() throws {
        let perl = "sub pick { my ($list, $i) = @_; if ($list->[$i] == 1 && $i < 2) { return $list->[$i + 1]; } return $i; }\n"
        let python = "def pick(list, i):\n    if list[i] == 1 and i < 2:\n        return list[i + 1]\n    return i\n"
        let pl = try shapes(perl, "perl")
        XCTAssertEqual(pl, try shapes(python, "python"))
        XCTAssertEqual(Array(pl.prefix(4)), ["0:function", "1:parameterList", "2:parameter", "2:parameter"])
        XCTAssertEqual(pl.filter { $0.hasSuffix(":binaryOperator") }.count, 4, "\(pl)")
        XCTAssertEqual(pl.filter { $0.hasSuffix(":subscript") }.count, 2, "\(pl)")
        XCTAssertEqual(try units(perl, "perl").first { $0.name == "pick" }?.parameterCount, 2)
    }

    func testPerlParametersDeclaredOverSeveralStatementsAreOneList() throws {
        let perl = "sub m { my $self = shift; my ($a, $b) = @_; return $a; }\n"
        let python = "class C:\n    def m(self, a, b):\n        return a\n"
        XCTAssertEqual(try shapes(perl, "perl"), try shapes(python, "python"))
        // `$self` is a receiver, as Python's `self` is.
        XCTAssertEqual(try units(perl, "perl").first { $0.name == "m" }?.parameterCount, 2)
        // Only the first statements declare parameters: a later `my ($x) = @_` is an assignment.
        let late = try shapes("sub f { print 1; my ($x) = @_; return $x; }\n", "perl")
        XCTAssertFalse(late.contains("1:parameterList"), "\(late)")
        XCTAssertTrue(late.contains("1:assignment"), "\(late)")
        XCTAssertEqual(try units("sub f { print 1; my ($x) = @_; return $x; }\n", "perl").first { $0.name == "f" }?.parameterCount, 0)
    }

    func testPerlIncrementsHashElementsAndWordOperatorsHaveTheirKinds() throws {
        let pl = try shapes("sub f { my ($h, $i) = @_; $h->{k}++; --$i; return $i unless $i and $h{x} or $i; }\n", "perl")
        XCTAssertEqual(pl.filter { $0.hasSuffix(":unaryOperator") }.count, 2, "\(pl)")
        XCTAssertEqual(pl.filter { $0.hasSuffix(":subscript") }.count, 2, "\(pl)")
        XCTAssertEqual(pl.filter { $0.hasSuffix(":binaryOperator") }.count, 2, "\(pl)")
    }

    // MARK: Dart

    func testDartFunctionUnitSpansSignatureAndBody() throws {
        let dart = "int f(int a) {\n  var b = a * 2;\n  return b + 1;\n}\n\nclass C {\n  int m(int b) {\n    return b * 2;\n  }\n}\n"
        let all = try units(dart, "dart")
        let f = try XCTUnwrap(all.first { $0.name == "f" }, "\(all.map(\.name))")
        XCTAssertEqual(f.startLine, 1)
        XCTAssertEqual(f.endLine, 4)
        XCTAssertEqual(f.parameterCount, 1)
        XCTAssertTrue(f.isLeaf)
        XCTAssertGreaterThan(f.tokenRanges.first?.count ?? 0, 15, "the body's tokens are the function's")
        // The method is one unit, not an `<anonymous>` wrapper and its signature.
        XCTAssertEqual(all.filter { $0.kind == .method }.map(\.name), ["m"])
        XCTAssertEqual(all.first { $0.name == "m" }.map { [$0.startLine, $0.endLine] }, [7, 9])
        XCTAssertFalse(all.contains { $0.name == "<anonymous>" })
        // Nothing of the functions is left to the top-level unit but the class's own lines.
        let top = all.first { $0.kind == .topLevel }
        XCTAssertEqual(top.map { $0.tokenRanges.reduce(0) { $0 + $1.count } }, 4, "class C { }: \(String(describing: top))")
    }

    func testDartFunctionHasTheShapeOfItsJavaPort() throws {
        let dart = "int f(int a, int b) { if (a > b) { return a; } return b; }\n"
        let java = "class M { static int f(int a, int b) { if (a > b) { return a; } return b; } }\n"
        let reference = try shapes(java, "java")
        XCTAssertEqual(try shapes(dart, "dart"), reference)
        XCTAssertEqual(reference, ["0:function", "1:parameterList", "2:parameter", "2:parameter", "1:branch", "2:binaryOperator",
                                   "2:returnStatement", "1:returnStatement"])
    }

    func testDartIndexingCallsAndIncrementsHaveTheirKinds() throws {
        let dart = try shapes("void g(List<int> xs, int i) { var y = xs[i] + h(i); i++; }\n", "dart")
        let java = try shapes("class M { void g(int[] xs, int i) { int y = xs[i] + h(i); i++; } }\n", "java")
        XCTAssertEqual(dart, java)
        XCTAssertTrue(dart.contains("3:subscript") && dart.contains("3:call") && dart.contains("1:unaryOperator"), "\(dart)")
    }

    // MARK: Operators

    /// `a == b && a + b * 2 > 3` is five binary operators in every language.
    func testEveryLanguageKeepsFiveBinaryOperators() throws {
        let sources = [
            ("python", "def f(a, b):\n    return a == b and a + b * 2 > 3\n"),
            ("java", "class M { static boolean f(int a, int b) { return a == b && a + b * 2 > 3; } }\n"),
            ("swift", "func f(a: Int, b: Int) -> Bool { return a == b && a + b * 2 > 3 }\n"),
            ("kotlin", "fun f(a: Int, b: Int): Boolean { return a == b && a + b * 2 > 3 }\n"),
            ("scala", "object O { def f(a: Int, b: Int): Boolean = { a == b && a + b * 2 > 3 } }\n"),
            ("ocaml", "let f a b = a = b && a + b * 2 > 3\n"),
            ("haskell", "f a b = a == b && a + b * 2 > 3\n"),
            ("dart", "bool f(int a, int b) { return a == b && a + b * 2 > 3; }\n"),
        ]
        for (language, source) in sources {
            let found = try shapes(source, language)
            XCTAssertEqual(found.filter { $0.hasSuffix(":binaryOperator") }.count, 5, "\(language): \(found)")
        }
    }

    /// With the grouping written out (grammars without precedence tables nest operators differently), the
    /// expression's shape is Python's everywhere.
    func testTheSameExpressionHasTheSameShapeInEveryLanguage() throws {
        let expression = "(a == b) && ((a + (b * 2)) > 3)"
        let reference = try expressionShapes("def f(a, b):\n    return (a == b) and ((a + (b * 2)) > 3)\n", "python")
        XCTAssertEqual(reference, ["0:binaryOperator", "1:binaryOperator", "1:binaryOperator", "2:binaryOperator",
                                   "3:binaryOperator", "4:numberLiteral", "2:numberLiteral"])
        let sources = [
            ("swift", "func f(a: Int, b: Int) -> Bool { return \(expression) }\n"),
            ("kotlin", "fun f(a: Int, b: Int): Boolean { return \(expression) }\n"),
            ("scala", "object O { def f(a: Int, b: Int): Boolean = { \(expression) } }\n"),
            ("ocaml", "let f a b = (a = b) && ((a + (b * 2)) > 3)\n"),
            ("haskell", "f a b = \(expression)\n"),
            ("dart", "bool f(int a, int b) { return \(expression); }\n"),
        ]
        for (language, source) in sources {
            XCTAssertEqual(try expressionShapes(source, language), reference, language)
        }
    }

    func testUnaryOperatorsAndSubscriptsHaveTheirKinds() throws {
        let cases = [
            ("swift", "func f(x: Int) -> Int { return -x }\n", ":unaryOperator", 1),
            ("kotlin", "fun f(xs: IntArray, i: Int): Int { var j = i; j++; return -xs[j] }\n", ":unaryOperator", 2),
            ("scala", "object O { def f(x: Int): Int = { -x } }\n", ":unaryOperator", 1),
            ("ocaml", "let f xs i = - xs.(i + 1)\n", ":unaryOperator", 1),
            ("ocaml", "let f xs i = xs.(i) + String.get s i + s.[i]\n", ":subscript", 2),
            ("haskell", "f x = negate x + (-x)\n", ":unaryOperator", 1),
        ]
        for (language, source, kind, count) in cases {
            let found = try shapes(source, language)
            XCTAssertEqual(found.filter { $0.hasSuffix(kind) }.count, count, "\(language) \(kind): \(found)")
        }
    }

    func testHaskellEquationsCountTheirParameters() throws {
        let haskell = "add a b = a + b\n"
        XCTAssertEqual(try units(haskell, "haskell").first { $0.name == "add" }?.parameterCount, 2)
        // `add a b` has Python's `def add(a, b)` shape: a parameter list of two.
        XCTAssertEqual(Array(try shapes(haskell, "haskell").prefix(4)), Array(try shapes("def add(a, b):\n    return a + b\n", "python").prefix(4)))
    }

    // MARK: Zig

    func testZigFunctionBodyNestsInTheFunctionWithItsReturns() throws {
        let zig = "fn f(a: i32, b: i32) i32 {\n    if (a > b) {\n        return a;\n    }\n    return b;\n}\n"
        let c = "int f(int a, int b) { if (a > b) { return a; } return b; }\n"
        XCTAssertEqual(try shapes(zig, "zig"), try shapes(c, "c"))
        let loop = try shapes("fn g(i: usize) void {\n    while (i < 3) {\n        if (i == 1) break;\n        continue;\n    }\n}\n", "zig")
        XCTAssertEqual(loop.filter { $0.hasSuffix(":jump") }.count, 2, "\(loop)")
        XCTAssertEqual(loop.first, "0:function")
        XCTAssertFalse(loop.dropFirst().contains { $0.hasPrefix("0:") }, "everything inside the function: \(loop)")
    }

    // MARK: Names

    func testAClassExtendingATypeIsNamedByTheType() throws {
        let rust = "impl<'a, T: PartialEq> SequenceMatcher<'a, T> {\n    pub fn new(a: &'a [T]) -> Self { SequenceMatcher { a } }\n}\n"
        XCTAssertEqual(try units(rust, "rust").filter { $0.kind == .class }.map(\.name), ["SequenceMatcher"])
        let ruby = "class << Diff::LCS\n  def lcs(a, b)\n    a + b\n  end\nend\n"
        XCTAssertEqual(try units(ruby, "ruby").filter { $0.kind == .class }.map(\.name), ["Diff::LCS"])
    }
}
