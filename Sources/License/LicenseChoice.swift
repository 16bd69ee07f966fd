import Foundation

/// A license file that offers a choice between other license files of its directory
/// ("either of the licenses found in LICENSE.APACHE or LICENSE.BSD", as in `packaging`).
struct LicenseChoice: Sendable, Hashable {
    /// The file that states the choice.
    var path: String
    /// The sibling license files it names, relative to the scanned root.
    var options: [String]

    /// Words that make a license file a choice rather than a license of its own.
    static let choiceWords = ["either", "at your option", "dual licensed", "dual-licensed", "your choice", "choose"]

    /// The license file names (`LICENSE.APACHE`, `LICENSE-MIT`, `COPYING.LESSER`) a choice text names, lower-cased;
    /// empty when the text offers no choice.
    static func namedOptions(in text: String) -> [String] {
        let lower = text.lowercased()
        guard choiceWords.contains(where: { lower.contains($0) }) else { return [] }
        var names: [String] = []
        let pattern = #"\b(licen[cs]e|copying)[a-z0-9._-]*"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(lower.startIndex..., in: lower)
        for match in regex.matches(in: lower, range: range) {
            guard let r = Range(match.range, in: lower) else { continue }
            var name = String(lower[r])
            while let last = name.last, last == "." || last == "-" || last == "_" { name.removeLast() }
            // A bare "license"/"licenses" is the word, not a file name.
            if ["license", "licence", "licenses", "licences", "licensed", "licensing", "copying", "licensee", "licensor"].contains(name) { continue }
            if !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// Resolves the named options of each choice file against the files of its directory.
    static func resolve(named: [(path: String, names: [String])], files: [String]) -> [LicenseChoice] {
        var out: [LicenseChoice] = []
        for (path, names) in named where names.count >= 2 {
            let directory = (path as NSString).deletingLastPathComponent
            let siblings = files.filter { ($0 as NSString).deletingLastPathComponent == directory && $0 != path }
            let options = names.compactMap { name in siblings.first { ($0 as NSString).lastPathComponent.lowercased() == name } }
            if options.count >= 2 { out.append(LicenseChoice(path: path, options: options)) }
        }
        return out
    }
}
