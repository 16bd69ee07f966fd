#if canImport(Glibc)
import Glibc
#endif

/// Decides the language of files whose extension several languages share, from their first bytes
/// (`LanguageRegistry.headBytes`). Each rule looks for markers only one of the languages writes; the
/// fallback is the language the extension most often means.
enum ContentRules {
    /// Extensions decided here rather than by the extension table.
    static let sharedExtensions: Set<String> = ["h", "m", "pl", "v", "pp", "cls", "d", "cl", "re"]

    /// The language name for a file with extension `ext` starting with `head`; nil when it is none we parse
    /// (a Prolog `.pl`, a Coq `.v`, a ReasonML `.re`, a compiler's `.d` dependency list).
    /// The markers are ASCII and searched for in the bytes: the `.h` headers of every C repository pass
    /// through here on each run, re-index included, where Foundation's `contains` on a `String` of the head cost
    /// 4% of an unchanged corpus' re-index.
    static func language(extension ext: String, head: [UInt8]) -> String? {
        switch ext {
        case "h":
            if isObjectiveC(head) { return "objc" }
            if isCPlusPlus(head) { return "cpp" }
            return "c"
        case "m":
            return isObjectiveC(head) ? "objc" : "matlab"
        case "pl":
            if containsAny(head, ["use strict", "use warnings", "my $", "my @", "my %", "\nsub ", "package ", "#!/usr/bin/perl", "#!/usr/bin/env perl"])
                || head.starts(with: "sub ".utf8) { return "perl" }
            return containsAny(head, [":-"]) ? nil : "perl"
        case "v":
            if containsAny(head, ["Proof.", "Qed.", "Require Import", "Theorem ", "Lemma "]) { return nil }  // Coq
            return containsAny(head, ["endmodule", "always @", "timescale"]) ? "verilog" : "v"
        case "cl":
            // OpenCL kernels are C; Common Lisp otherwise.
            return containsAny(head, ["__kernel", "kernel void", "#include", "#define", "__global"]) ? "c" : "commonlisp"
        case "re":
            return containsAny(head, ["/*!re2c"]) ? "re2c" : nil  // ReasonML has no grammar in the pack
        case "pp":
            let text = String(decoding: head, as: UTF8.self)
            let words = firstWords(text)
            return ["unit", "program", "library"].contains(words.first ?? "") ? "pascal" : "puppet"
        case "cls":
            let text = String(decoding: head, as: UTF8.self)
            let start = text.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
            return containsAny(head, ["\\NeedsTeXFormat", "\\ProvidesClass"]) || start.hasPrefix("%") || start.hasPrefix("\\") ? "latex" : "apex"
        case "d":
            let text = String(decoding: head, as: UTF8.self)
            let firstLine = text.split(separator: "\n").first { !$0.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } } ?? ""
            return firstLine.contains(".o:") || firstLine.contains(".o :") ? nil : "d"
        default:
            return nil
        }
    }

    static func isObjectiveC(_ head: [UInt8]) -> Bool {
        containsAny(head, ["#import", "@interface", "@implementation", "@protocol", "@property", "@end\n"])
    }

    static func isCPlusPlus(_ head: [UInt8]) -> Bool {
        if containsAny(head, ["namespace ", "template<", "template <", "std::", "public:", "private:", "protected:", "virtual ",
                              "#include <iostream>", "#include <string>", "#include <vector>", "constexpr "]) { return true }
        // `class Name {` or `class Name : public Base`. Lines end at a "\n" that no "\r" precedes: the rule was
        // written on a `String`, whose "\r\n" is one character that splitting at "\n" does not split at.
        var start = 0
        while start < head.count {
            var end = start
            while end < head.count, !(head[end] == 10 && (end == 0 || head[end - 1] != 13)) { end += 1 }
            var first = start
            while first < end, head[first] == 32 || head[first] == 9 { first += 1 }
            if head[first..<end].starts(with: "class ".utf8) {
                let line = head[first..<end]
                if line.contains(UInt8(ascii: "{")) || line.contains(UInt8(ascii: ":")) || line.last != UInt8(ascii: ";") { return true }
            }
            start = end + 1
        }
        return false
    }

    /// Whether `head` contains any of `needles` (ASCII markers), byte for byte.
    private static func containsAny(_ head: [UInt8], _ needles: [StaticString]) -> Bool {
        head.withUnsafeBufferPointer { haystack in
            guard let base = haystack.baseAddress else { return false }
            return needles.contains { needle in
                let length = needle.utf8CodeUnitCount
                guard length > 0, length <= haystack.count else { return length == 0 }
                let first = needle.utf8Start.pointee
                for i in 0...(haystack.count - length) where haystack[i] == first {
                    if memcmp(base + i, needle.utf8Start, length) == 0 { return true }
                }
                return false
            }
        }
    }

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
