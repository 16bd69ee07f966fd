import Foundation
import FrontEnd

/// A repository's history as clonescan reads it: only git's object database, through `GitCommand` (hooks and
/// fsmonitor disabled, no pager, C locale, timeouts). Nothing is checked out and the work tree is never written.
public struct GitRepository: Sendable {
    /// Whether a tree has history to read.
    public enum Status: String, Sendable, Codable {
        /// The top of a git work tree with commits.
        case git
        /// No `.git` at the tree's root (a plain directory, a file, or a subdirectory of a work tree).
        case notGit = "not-git"
        /// A shallow clone: its history is cut, so neither shared commits nor first appearances can be trusted.
        case shallow
        /// A git work tree whose branch has no commit yet.
        case noCommits = "no-commits"
        /// `.git` is there but git cannot read it (corrupt, or git missing).
        case unreadable
    }

    /// One commit's identity and authorship, as recorded.
    public struct Commit: Sendable, Equatable {
        /// The full object name.
        public var hash: String
        /// Author date, strict ISO 8601 as recorded (`2025-05-02T10:00:00+02:00`).
        public var date: String
        /// `Name <email>`.
        public var author: String
    }

    /// A tag peeled to the commit it names.
    public struct Tag: Sendable, Equatable {
        public var name: String
        public var commit: String
    }

    /// The work tree's root as given.
    public let root: String
    /// Seconds each git run may take.
    public var timeout: TimeInterval = 120

    /// The repository at `root` and whether it has history; `detail` says why not, in one line.
    public static func open(_ root: String) -> (GitRepository?, Status, detail: String?) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root + "/.git", isDirectory: &isDirectory) else {
            return (nil, .notGit, "no .git at the top of the tree")
        }
        let repo = GitRepository(root: root)
        do {
            let inside = try GitCommand.text(["rev-parse", "--is-inside-work-tree"], in: root, timeout: repo.timeout)
            guard inside.trimmingCharacters(in: .whitespacesAndNewlines) == "true" else { return (nil, .notGit, "not a git work tree") }
            let shallow = try GitCommand.text(["rev-parse", "--is-shallow-repository"], in: root, timeout: repo.timeout)
            if shallow.trimmingCharacters(in: .whitespacesAndNewlines) == "true" { return (nil, .shallow, "a shallow clone: its history is cut") }
        } catch {
            return (nil, .unreadable, "\(error)")
        }
        guard (try? repo.resolve("HEAD")) != nil else { return (nil, .noCommits, "HEAD has no commit") }
        return (repo, .git, nil)
    }

    /// The full object name of the commit `revision` names.
    public func resolve(_ revision: String) throws(GitCommand.Failure) -> String {
        try lines(["rev-parse", "--verify", "--quiet", revision + "^{commit}"]).first ?? ""
    }

    /// HEAD's first-parent chain, oldest first: the commits a branch went through, merges counted once.
    public func firstParentChain() throws(GitCommand.Failure) -> [String] {
        try lines(["rev-list", "--first-parent", "--reverse", "HEAD"])
    }

    /// Every commit reachable from HEAD, descendants before their ancestors.
    public func ancestorsOfHead() throws(GitCommand.Failure) -> [String] {
        try lines(["rev-list", "--topo-order", "HEAD"])
    }

    /// Every commit reachable from any ref (branches, tags, remotes) or HEAD.
    public func allCommits() throws(GitCommand.Failure) -> Set<String> {
        Set(try lines(["rev-list", "--all", "HEAD"]))
    }

    /// The root commits HEAD descends from.
    public func roots() throws(GitCommand.Failure) -> [String] {
        try lines(["rev-list", "--max-parents=0", "HEAD"])
    }

    /// Tags that name commits, oldest first (by the tag's or commit's date, then by version order of the name).
    public func tags() throws(GitCommand.Failure) -> [Tag] {
        let out = try lines(["for-each-ref", "--sort=v:refname", "--sort=creatordate",
                             "--format=%(objecttype) %(objectname) %(*objecttype) %(*objectname) %(refname:strip=2)", "refs/tags"])
        return out.compactMap { line -> Tag? in
            let f = line.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: false).map(String.init)
            // Lightweight tag: "commit H   name"; annotated: "tag T commit H name".
            guard f.count == 5 else { return nil }
            if f[0] == "commit" { return Tag(name: f[4], commit: f[1]) }
            if f[0] == "tag", f[2] == "commit" { return Tag(name: f[4], commit: f[3]) }
            return nil
        }
    }

    /// Who made `hash` and when.
    public func commit(_ hash: String) throws(GitCommand.Failure) -> Commit {
        let text = try GitCommand.text(["log", "-1", "--no-show-signature", "--format=%H%x00%aI%x00%an <%ae>", hash, "--"],
                                       in: root, timeout: timeout)
        let f = text.trimmingCharacters(in: .newlines).split(separator: "\0", omittingEmptySubsequences: false).map(String.init)
        guard f.count == 3 else { throw .status(0, "unexpected git log output for \(hash)") }
        return Commit(hash: f[0], date: f[1], author: f[2])
    }

    func lines(_ arguments: [String]) throws(GitCommand.Failure) -> [String] {
        try GitCommand.text(arguments, in: root, timeout: timeout).split(separator: "\n").map(String.init)
    }
}
