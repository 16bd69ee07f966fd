import XCTest
@testable import FrontEnd
import Syntax

/// Groovy is parsed with dekobon-tree-sitter-groovy (set-up converts its ABI 15 tables to ABI 14), not the pack's
/// grammar, which read every line as a generic command: classes, methods, closures and Gradle scripts parse cleanly.
final class GroovyTests: XCTestCase {
    func testGroovyUsesTheConvertedDekobonGrammar() throws {
        let version = try XCTUnwrap(GrammarCatalog.shared.version(of: "groovy"), "groovy is not in pack.json: run `make setup`")
        XCTAssertEqual(version, "dekobon-tree-sitter-groovy 0.3.0")
        let file = try Fixtures.parse(try Fixtures.bytes("conformance/sample.groovy"), "groovy")
        XCTAssertEqual(file.grammarVersion, version)
        XCTAssertEqual(LanguageRegistry.spec(named: "groovy")?.level, .units)
    }

    /// A class with fields and methods: the class is a unit and each method one, inside it.
    func testClassMethodsAreUnitsOfTheirClass() throws {
        let file = try Fixtures.parse(try Fixtures.bytes("conformance/sample.groovy"), "groovy")
        let classUnit = try XCTUnwrap(file.units.firstIndex { $0.kind == .class && $0.name == "Tokenizer" }, "\(file.units.map(\.name))")
        let methods = file.units.filter { $0.kind == .method }
        XCTAssertEqual(methods.map(\.name), ["classify", "tokenize"])
        XCTAssertTrue(methods.allSatisfy { $0.parent == classUnit })
        XCTAssertEqual(methods.first?.parameterCount, 1)
    }

    /// A Gradle build (nested configuration closures, command calls without parentheses, GStrings, slashy strings)
    /// and a closure-heavy script (closure parameters, the spaceship operator, `assert ... : message`)
    /// parse with no syntax error; their closures are lambdas of the canonical vocabulary, their calls calls.
    func testScriptsAndBuildFilesParseCleanly() throws {
        for (_, name) in Fixtures.scripts {
            let file = try Fixtures.parse(try Fixtures.bytes("conformance/\(name)"), "groovy")
            XCTAssertEqual(file.syntaxErrorCount, 0, name)
            let kinds = Set(file.shapes.map(\.kind))
            XCTAssertTrue(kinds.contains(CanonicalKind.lambda.rawValue), "\(name): closures are lambdas")
            XCTAssertTrue(kinds.contains(CanonicalKind.call.rawValue), "\(name): command calls are calls")
            XCTAssertTrue(file.units.contains { $0.kind == .topLevel }, name)
        }
    }

    /// What the grammar does not know (Java's diamond `new ArrayList<>()`, a typed `for (String s in xs)`) is an error
    /// region, counted and reported by `parse`; the methods around it are still units.
    func testAnUnknownConstructIsAnErrorRegionAndTheOtherMethodsStayUnits() throws {
        let source = """
            class Bag {
                List<String> names() {
                    def out = new ArrayList<>()
                    return out
                }

                int size(List<String> xs) {
                    return xs.size()
                }
            }
            """
        let file = try Fixtures.parse(Array(source.utf8), "groovy")
        XCTAssertGreaterThan(file.syntaxErrorCount, 0)
        XCTAssertTrue(file.units.contains { $0.kind == .method && $0.name == "size" }, "\(file.units.map(\.name))")
    }
}
