import XCTest
@testable import FrontEnd
import Syntax

/// Files map onto every language of the pinned pack: by name, by extension whatever its case, by `#!` line, and
/// by content where an extension is shared; markup and data files are left alone unless asked for.
final class LanguageRegistryTests: XCTestCase {
    private func languages(_ files: [String: String], options: DiscoveryOptions = DiscoveryOptions()) throws -> [String: String] {
        let directory = try TemporaryDirectory()
        for (name, text) in files { try directory.write(name, text) }
        let found = try FileDiscovery(options: options).discover(root: directory.path)
        return Dictionary(uniqueKeysWithValues: found.files.map { ($0.displayPath, $0.language) })
    }

    func testEveryPackGrammarIsALanguageWithAVersion() throws {
        let listing = LanguageRegistry.listing()
        XCTAssertGreaterThanOrEqual(listing.count, 100)
        XCTAssertEqual(Set(listing.map(\.name)).count, listing.count, "names are unique")
        let catalog = GrammarCatalog.shared
        XCTAssertFalse(catalog.pack.isEmpty, "no pack.json: run `make setup`")
        for name in catalog.pack.keys { XCTAssertNotNil(LanguageRegistry.spec(named: name), "pack grammar \(name) has no language") }
        for info in listing { XCTAssertNotNil(info.grammarVersion, "\(info.name) has no grammar") }
        // An extension is claimed once (the shared ones are decided by content).
        var claimed: [String: String] = [:]
        for spec in LanguageTable.registry {
            for ext in spec.extensions where !ContentRules.sharedExtensions.contains(ext) {
                XCTAssertNil(claimed[ext], ".\(ext) claimed by \(claimed[ext] ?? "") and \(spec.name)")
                claimed[ext] = spec.name
            }
        }
        // The languages existing indexes hold keep their level and tokenisation switch.
        for name in ["python", "go", "rust", "java", "c", "cpp", "ruby"] {
            XCTAssertEqual(LanguageRegistry.spec(named: name)?.usesGrammarMetadata, false, name)
            XCTAssertEqual(LanguageRegistry.spec(named: name)?.level, .units, name)
        }
    }

    func testExtensionsAreCaseInsensitiveAndShebangsName() throws {
        let found = try languages([
            "Main.PY": "print(1)\n", "model.R": "x <- 1\n", "solve.JL": "x = 1\n", "build.ZIG": "const x = 1;\n",
            "tool": "#!/usr/bin/env perl\nprint 1;\n", "report": "#!/usr/bin/env Rscript\nx <- 1\n",
            "CMakeLists.txt": "project(x)\n", "Makefile": "all:\n\techo hi\n",
        ])
        XCTAssertEqual(found["Main.PY"], "python")
        XCTAssertEqual(found["model.R"], "r")
        XCTAssertEqual(found["solve.JL"], "julia")
        XCTAssertEqual(found["build.ZIG"], "zig")
        XCTAssertEqual(found["tool"], "perl")
        XCTAssertEqual(found["report"], "r")
        XCTAssertEqual(found["CMakeLists.txt"], "cmake")
        XCTAssertEqual(found["Makefile"], "make")
    }

    func testSharedExtensionsAreDecidedByContent() throws {
        let found = try languages([
            "objc.m": "#import <Foundation/Foundation.h>\n@interface Box : NSObject\n@end\n",
            "matlab.m": "function y = square(x)\n  y = x .^ 2;\nend\n",
            "plain.h": "#ifndef PLAIN_H\n#define PLAIN_H\nint add(int a, int b);\n#endif\n",
            "klass.h": "#pragma once\nclass Stack {\npublic:\n  void push(int v);\n};\n",
            "cocoa.h": "#import <Foundation/Foundation.h>\n@interface Box : NSObject\n@end\n",
            "forward.h": "struct S;\n  class Forward;\nint f(void);\n",
            "derived.h": "#pragma once\n\tclass Derived : Base\n",
            "opened.h": "#pragma once\nclass Opened\n",
            "script.pl": "use strict;\nmy $x = 1;\nprint $x;\n",
            "facts.pl": "parent(tom, bob).\nancestor(X, Y) :- parent(X, Y).\n",
            "counter.v": "module counter(input clk);\n  always @(posedge clk) begin end\nendmodule\n",
            "hello.v": "module main\n\nfn main() {\n\tprintln('hello')\n}\n",
            "unit.pp": "unit Stack;\ninterface\nimplementation\nend.\n",
            "site.pp": "class nginx {\n  package { 'nginx': ensure => installed }\n}\n",
            "main.d": "import std.stdio;\nvoid main() { writeln(1); }\n",
            "main.o.d": "main.o: main.c main.h\n",
            "Proofs.v": "Require Import Arith.\nTheorem plus_0 : forall n, n + 0 = n.\nProof. auto. Qed.\n",
            "vadd.cl": "__kernel void vadd(__global const float *a, __global float *b) { b[0] = a[0]; }\n",
            "util.cl": "(defun twice (x) (* 2 x))\n",
            "lexer.re": "/*!re2c\n  [0-9]+ { return NUMBER; }\n*/\n",
            "App.re": "let greet = name => \"Hello \" ++ name;\n",
        ])
        XCTAssertEqual(found["objc.m"], "objc")
        XCTAssertEqual(found["matlab.m"], "matlab")
        XCTAssertEqual(found["plain.h"], "c")
        XCTAssertEqual(found["klass.h"], "cpp")
        XCTAssertEqual(found["cocoa.h"], "objc")
        XCTAssertEqual(found["forward.h"], "c", "a forward declaration alone is no C++ class")
        XCTAssertEqual(found["derived.h"], "cpp", "an indented class with a base is C++")
        XCTAssertEqual(found["opened.h"], "cpp", "a class line not ended by ';' is C++")
        XCTAssertEqual(found["script.pl"], "perl")
        XCTAssertNil(found["facts.pl"], "Prolog has no grammar in the pack: not parsed as Perl")
        XCTAssertEqual(found["counter.v"], "verilog")
        XCTAssertEqual(found["hello.v"], "v")
        XCTAssertEqual(found["unit.pp"], "pascal")
        XCTAssertEqual(found["site.pp"], "puppet")
        XCTAssertEqual(found["main.d"], "d")
        XCTAssertNil(found["main.o.d"], "a compiler's dependency list is not D")
        XCTAssertNil(found["Proofs.v"], "Coq is neither V nor Verilog")
        XCTAssertEqual(found["vadd.cl"], "c", "OpenCL kernels are C")
        XCTAssertEqual(found["util.cl"], "commonlisp")
        XCTAssertEqual(found["lexer.re"], "re2c")
        XCTAssertNil(found["App.re"], "ReasonML has no grammar")
    }

    func testMarkupAndDataFilesAreParsedOnlyWhenAsked() throws {
        let files = ["a.json": "{\"a\": 1}\n", "b.md": "# title\n", "c.html": "<p>hi</p>\n", "d.css": "p { color: red; }\n",
                     "e.toml": "a = 1\n", "f.xml": "<a/>\n", "g.py": "x = 1\n", "requirements.txt": "requests\n"]
        XCTAssertEqual(try languages(files), ["g.py": "python"])
        var options = DiscoveryOptions()
        options.includeMarkup = true
        let all = try languages(files, options: options)
        XCTAssertEqual(all["a.json"], "json")
        XCTAssertEqual(all["b.md"], "markdown")
        XCTAssertEqual(all["d.css"], "css")
        XCTAssertEqual(all.count, files.count)
        options = DiscoveryOptions()
        options.includedLanguages = ["json"]
        XCTAssertEqual(Set(try languages(files, options: options).keys), ["a.json", "g.py"])
        // A file named on its own is asked for.
        let directory = try TemporaryDirectory()
        let path = try directory.write("config.json", "{\"a\": [1, 2]}\n")
        XCTAssertEqual(try FileDiscovery().discover(root: path).files.map(\.language), ["json"])
    }

    /// Token-level languages: identifiers, strings and numbers are told apart from the grammar's metadata, so the
    /// identifier and literal channels fill, and comments give no token.
    func testTokenLevelLanguagesFillTheChannels() throws {
        let file = try Fixtures.parse(try Fixtures.bytes("tokens/sample.tf"), "terraform", text: true)
        XCTAssertEqual(LanguageRegistry.spec(named: "terraform")?.level, .tokens)
        XCTAssertTrue(file.strings.map(\.text).contains("invalid token at line %d"))
        XCTAssertTrue(file.numbers.map(\.text).contains("1024"))
        XCTAssertTrue(file.identifiers.map(\.text).contains("max_tokens"))
        XCTAssertTrue(file.subwords.map(\.text).contains("tokens"))
        XCTAssertFalse(file.tokens.texts.contains { $0.contains("comment") })
        XCTAssertEqual(file.units.map(\.kind), [.file, .topLevel])
        XCTAssertFalse(file.shapes.isEmpty, "canonical kinds (branch, loop, call, return) come from the generic rules")
    }
}

/// Vue and Svelte files are read for their `<script>` blocks only, tokenised exactly as the same code in a `.js` or
/// `.ts` file (so a component and the script it was ported from compare as one language), at their own lines.
final class ComponentTests: XCTestCase {
    func testAComponentsScriptIsItsLanguagesCode() throws {
        for (language, name, script) in [("vue", "sample.vue", "javascript"), ("svelte", "sample.svelte", "typescript")] {
            let bytes = try Fixtures.bytes("conformance/" + name)
            let component = try Fixtures.parse(bytes, language)
            XCTAssertEqual(component.language, language)
            let blocks = bytes.withUnsafeBufferPointer { ScriptBlocks($0) }
            XCTAssertEqual(blocks.language, script)
            let range = try XCTUnwrap(blocks.ranges.first)
            let alone = try Fixtures.parse(Array(bytes[range]), script)
            XCTAssertEqual(component.tokens.ids, alone.tokens.ids, language)
            let offset = UInt32(bytes[..<range.lowerBound].filter { $0 == 10 }.count)
            XCTAssertEqual(component.tokens.startLines.first, alone.tokens.startLines.first.map { $0 + offset }, "\(language): lines of the file")
            XCTAssertEqual(component.units.filter { $0.kind == .function }.map(\.name), alone.units.filter { $0.kind == .function }.map(\.name))
            XCTAssertTrue(component.strings.map(\.text).contains("operator"))
        }
        // No script block: an empty component, not an error.
        let empty = try Fixtures.parse(Array("<template><p>hi</p></template>\n".utf8), "vue")
        XCTAssertEqual(empty.tokens.count, 0)
        XCTAssertEqual(empty.units.map(\.kind), [.file])
    }
}
