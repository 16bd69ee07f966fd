import XCTest
@testable import FrontEnd

/// JavaScript written before classes: a library wrapped in one anonymous function (`;(function () { ... })()`, a UMD
/// factory) and methods assigned as anonymous function expressions. The wrapper is a container, as a class is, and
/// each function is named by where it is stored, so a port's units meet the original's one for one.
final class ModuleWrapperTests: XCTestCase {
    private func leaves(_ source: String, _ language: String = "javascript") throws -> [String] {
        let file = try Fixtures.parse(Array(source.utf8), language)
        return file.units.filter { $0.isLeaf && $0.kind != .topLevel }.map(\.name)
    }

    static let wrapped = """
        ;(function () {
          var lunr = function (config) {
            var builder = new lunr.Builder
            config.call(builder, builder)
            return builder.build()
          }
          lunr.Builder = function () {
            this.documents = []
          }
          lunr.Builder.prototype.add = function (doc) {
            this.documents.push(doc)
          }
          var helpers = {
            trim: function (s) { return s.replace(/^\\s+/, '') }
          }
          lunr.version = "2.3.9"
        })()
        """

    func testAWrappedLibraryHasItsFunctionsAsUnits() throws {
        XCTAssertEqual(try leaves(Self.wrapped), ["lunr", "Builder", "add", "trim"])
        let file = try Fixtures.parse(Array(Self.wrapped.utf8), "javascript")
        // The wrapper is no leaf; what it runs outside its functions (`lunr.version = ...`) is top-level code.
        XCTAssertFalse(try XCTUnwrap(file.units.first { $0.name == "<anonymous>" }).isLeaf)
        XCTAssertTrue(file.units.contains { $0.kind == .topLevel && $0.isLeaf })
    }

    func testAUMDFactoryIsAWrapperToo() throws {
        let umd = """
            (function (root, factory) {
              if (typeof define === 'function') { define([], factory) } else { root.lib = factory() }
            }(this, function () {
              function parse(s) { return s.split(',') }
              function format(xs) { return xs.join(',') }
              return { parse: parse, format: format }
            }))
            """
        // The outer function holds no function of its own: it stays a (small) unit; the factory is a wrapper.
        XCTAssertEqual(try leaves(umd), ["<anonymous>", "parse", "format"])
    }

    func testNamedFunctionsKeepTheirInnerFunctions() throws {
        let named = "function outer(xs) {\n  function inner(x) { return x * 2 }\n  return xs.map(inner)\n}\n"
        XCTAssertEqual(try leaves(named), ["outer"])
        let python = "def outer(xs):\n    def inner(x):\n        return x * 2\n    return [inner(x) for x in xs]\n"
        XCTAssertEqual(try leaves(python, "python"), ["outer"])
    }

    func testAnAnonymousFunctionWithoutInnerFunctionsStaysAUnit() throws {
        XCTAssertEqual(try leaves("$(function () {\n  var x = 1\n  x = x + 1\n})\n"), ["<anonymous>"])
    }

    func testFunctionExpressionsAreNamedWhereTheyAreStored() throws {
        let source = """
            var parse = function (s) { return s.trim() }
            exports.render = function (t) { return t }
            const api = { close: function () { return 1 } }
            """
        XCTAssertEqual(try leaves(source), ["parse", "render", "close"])
        // A function that is only an operand is not stored anywhere: it keeps no name.
        XCTAssertEqual(try leaves("var handler = window.onload || function () { return 1 }\n"), ["<anonymous>"])
    }
}
