import FrontEnd
import XCTest

/// `--include` / `--exclude` read as gitignore patterns.
final class PathFilterTests: XCTestCase {
    func testExcludeDirectoriesNamesAndAnchoredPaths() throws {
        let filter = try PathFilter(exclude: ["tests/", "*_test.go", "/docs/gen/**", "!tests/keep.py"])
        XCTAssertTrue(filter.keeps("src/app.py"))
        XCTAssertFalse(filter.keeps("tests/test_app.py"))
        XCTAssertFalse(filter.keeps("pkg/sub/tests/deep.py"), "a pattern without a slash matches at any depth")
        XCTAssertFalse(filter.keeps("tests/keep.py"), "git never re-includes a file inside an excluded directory")
        XCTAssertFalse(filter.keeps("pkg/parse_test.go"))
        XCTAssertTrue(filter.keeps("pkg/parse.go"))
        XCTAssertFalse(filter.keeps("docs/gen/api/x.js"))
        XCTAssertTrue(filter.keeps("src/docs/gen/x.js"), "a leading slash anchors at the root")
    }

    func testIncludeKeepsOnlyMatchingFilesOrDirectories() throws {
        let filter = try PathFilter(include: ["src/", "*.go"], exclude: ["*.min.js"])
        XCTAssertTrue(filter.keeps("src/a/b.py"))
        XCTAssertTrue(filter.keeps("cmd/main.go"))
        XCTAssertFalse(filter.keeps("scripts/tool.py"))
        XCTAssertFalse(filter.keeps("src/vendor.min.js"), "excludes apply inside includes")
        XCTAssertTrue(PathFilter.all.keeps("anything/at/all.c"))
    }

    func testEmptyPatternIsRefusedByName() {
        XCTAssertThrowsError(try PathFilter(exclude: ["  "])) { error in
            XCTAssertTrue("\(error)".contains("--exclude"), "\(error)")
        }
        XCTAssertThrowsError(try PathFilter(include: ["# comment"]))
    }

    func testDiscoveryAppliesTheFilter() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("clonescan-pathfilter-\(UUID().uuidString.prefix(8))")
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        for name in ["src/a.py", "tests/test_a.py", "src/b_test.go"] {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x = 1\n".utf8).write(to: url)
        }
        var options = DiscoveryOptions()
        options.pathFilter = try PathFilter(exclude: ["tests/", "*_test.go"])
        let found = try FileDiscovery(options: options).discover(root: root.path)
        XCTAssertEqual(found.files.map(\.displayPath), ["src/a.py"])
    }

    func testMarkupIsParsedOnlyWhenAnIncludeNamesIt() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("clonescan-markup-\(UUID().uuidString.prefix(8))")
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        for (name, text) in ["src/a.py": "x = 1\n", "config/settings.json": "{\"a\": 1}\n", "docs/readme.md": "# title\n"] {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let plain = try FileDiscovery().discover(root: root.path)
        XCTAssertEqual(plain.files.map(\.displayPath), ["src/a.py"], "markup is never parsed by default")
        var options = DiscoveryOptions()
        options.pathFilter = try PathFilter(include: ["*.json", "src/"])
        let asked = try FileDiscovery(options: options).discover(root: root.path)
        XCTAssertEqual(asked.files.map(\.displayPath).sorted(), ["config/settings.json", "src/a.py"])
    }
}
