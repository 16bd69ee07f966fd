import XCTest
@testable import FrontEnd

/// JavaScript and TypeScript publish without the `export` keyword too: CommonJS assignments, methods on objects and
/// prototypes, class methods. A library's public names are what its independent implementations share by
/// construction, so the evidence channels must know them (public names kept, internal words without them).
final class ModuleExportsTests: XCTestCase {
    private func exported(_ source: String, _ language: String) throws -> [String: Bool] {
        let file = try Fixtures.parse(Array(source.utf8), language)
        var out: [String: Bool] = [:]
        for unit in file.units where unit.kind == .function || unit.kind == .method { out[unit.name] = unit.isExported }
        return out
    }

    func testCommonJSAssignmentsPublishTheirNames() throws {
        let names = try exported("""
            function encode(s) { return helper(s) + 1; }
            function helper(s) { return s * 2; }
            function decodeString(s) { return s - 1; }
            function checksum(s) { return s % 7; }
            var local = function (x) { return x; };
            exports.direct = function (x) { return x + 1; };
            module.exports = { encode, decode: decodeString };
            module.exports.checksum = checksum;
            """, "javascript")
        XCTAssertEqual(names, ["encode": true, "helper": false, "decodeString": true, "checksum": true,
                               "local": false, "direct": true])
    }

    func testMethodsOnPrototypesAndClassesArePublicUnlessNamedPrivate() throws {
        let names = try exported("""
            Builder.prototype.add = function (doc) { return doc; };
            Builder.prototype._index = function (doc) { return doc; };
            var helpers = { trim: function (s) { return s; } };
            class Index { search(q) { return q; } _score(q) { return 1; } }
            """, "javascript")
        XCTAssertEqual(names, ["add": true, "_index": false, "trim": true, "search": true, "_score": false])
    }

    func testTypeScriptExportClausesAndMemberModifiers() throws {
        let names = try exported("""
            function a(x: number) { return x; }
            function b(x: number) { return x; }
            class K { m(): number { return 1; } private p(): number { return 2; } protected q(): number { return 3; } }
            export { a as alpha };
            """, "typescript")
        XCTAssertEqual(names, ["a": true, "b": false, "m": true, "p": false, "q": false])
    }

    /// Before, a CommonJS module had no public names at all (the ES `export` keyword was the only rule).
    func testAnExportKeywordStillPublishes() throws {
        let names = try exported("export function parse(s) { return s; }\nfunction inner(s) { return s; }", "javascript")
        XCTAssertEqual(names, ["parse": true, "inner": false])
    }
}
