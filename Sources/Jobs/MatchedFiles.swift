import Foundation
import License

/// The matched file pairs of a derived pair, as the License stage scopes obligations to them.
enum MatchedFiles {
    /// One `MatchedFile` per (reference file, suspect file) pair, `modified` unless the two files are byte-identical
    /// (an identical copy owes no modification notice).
    static func pairs(_ pairs: [(reference: String, suspect: String)], referenceRoot: String, suspectRoot: String) -> [MatchedFile] {
        func full(_ root: String, _ path: String) -> String {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) && isDirectory.boolValue ? root + "/" + path : root
        }
        var seen = Set<String>()
        var out: [MatchedFile] = []
        for (reference, suspect) in pairs where seen.insert(reference + "\u{0}" + suspect).inserted {
            let a = FileManager.default.contents(atPath: full(referenceRoot, reference))
            let b = FileManager.default.contents(atPath: full(suspectRoot, suspect))
            out.append(MatchedFile(reference: reference, suspect: suspect, modified: a == nil || a != b))
        }
        return out
    }
}
