/// Decides the language of files whose extension several languages share, from their first bytes
/// (`LanguageRegistry.headBytes`). Each rule looks for markers only one of the languages writes; the
/// fallback is the language the extension most often means.
enum ContentRules {
    /// Extensions decided here rather than by the extension table.
    static let sharedExtensions: Set<String> = ["h", "m", "pl", "v", "pp", "cls", "d", "cl", "re"]

    /// The language name for a file with extension `ext` starting with `head`; nil when it is none we parse
    /// (a Prolog `.pl`, a Coq `.v`, a ReasonML `.re`, a compiler's `.d` dependency list).
    static func language(extension ext: String, head: [UInt8]) -> String? {
        let text = String(decoding: head, as: UTF8.self)
        switch ext {
        case "h":
            if isObjectiveC(text) { return "objc" }
            if isCPlusPlus(text) { return "cpp" }
            return "c"
        case "m":
            return isObjectiveC(text) ? "objc" : "matlab"
        case "pl":
            if containsAny(text, ["use strict", "use warnings", "my $", "my @", "my %", "\nsub ", "package ", "#!/usr/bin/perl", "#!/usr/bin/env perl"])
                || text.hasPrefix("sub ") { return "perl" }
            return text.contains(":-") ? nil : "perl"
        case "v":
            if containsAny(text, ["Proof.", "Qed.", "Require Import", "Theorem ", "Lemma "]) { return nil }  // Coq
            return containsAny(text, ["endmodule", "always @", "timescale"]) ? "verilog" : "v"
        case "cl":
            // OpenCL kernels are C; Common Lisp otherwise.
            return containsAny(text, ["__kernel", "kernel void", "#include", "#define", "__global"]) ? "c" : "commonlisp"
        case "re":
            return text.contains("/*!re2c") ? "re2c" : nil  // ReasonML has no grammar in the pack
        case "pp":
            let words = firstWords(text)
            return ["unit", "program", "library"].contains(words.first ?? "") ? "pascal" : "puppet"
        case "cls":
            let start = text.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
            return containsAny(text, ["\\NeedsTeXFormat", "\\ProvidesClass"]) || start.hasPrefix("%") || start.hasPrefix("\\") ? "latex" : "apex"
        case "d":
            let firstLine = text.split(separator: "\n").first { !$0.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } } ?? ""
            return firstLine.contains(".o:") || firstLine.contains(".o :") ? nil : "d"
        default:
            return nil
        }
    }

    static func isObjectiveC(_ text: String) -> Bool {
        containsAny(text, ["#import", "@interface", "@implementation", "@protocol", "@property", "@end\n"])
    }

    static func isCPlusPlus(_ text: String) -> Bool {
        if containsAny(text, ["namespace ", "template<", "template <", "std::", "public:", "private:", "protected:", "virtual ",
                              "#include <iostream>", "#include <string>", "#include <vector>", "constexpr "]) { return true }
        // `class Name {` or `class Name : public Base`.
        for line in text.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard trimmed.hasPrefix("class ") else { continue }
            if trimmed.contains("{") || trimmed.contains(":") || trimmed.hasSuffix(";") == false { return true }
        }
        return false
    }

    private static func containsAny(_ text: String, _ needles: [String]) -> Bool { needles.contains { text.contains($0) } }

    /// The first words of the text outside comments (`//`, `{ }`, `(* *)` lines skipped), lower-cased.
    private static func firstWords(_ text: String) -> [String] {
        for line in text.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
            if trimmed.isEmpty || trimmed.hasPrefix("//") || trimmed.hasPrefix("{") || trimmed.hasPrefix("(*") || trimmed.hasPrefix("#") { continue }
            return trimmed.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "_" }.map(String.init)
        }
        return []
    }
}
