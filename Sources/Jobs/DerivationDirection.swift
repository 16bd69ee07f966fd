import Foundation
import History
import Index
import Report

/// Why a family's origin is taken to come before a member (issue 23): which side carries the other, when each
/// history begins, and who credits whom. Evidence only, shown with each member: the origin is still chosen by
/// what the others carry, and evidence against the direction is said as such.
enum DerivationDirection {
    /// The lines of `member`'s `direction_evidence`, given the pair's report (origin as reference).
    static func evidence(origin: IndexedRepository, member: IndexedRepository, report r: CompareReport) -> [String] {
        var out = ["\(Int((r.containment * 100).rounded()))% of the origin's code is in \(member.name); \(Int((r.reverse_containment * 100).rounded()))% of \(member.name)'s code is the origin's"]
        if r.containment > r.reverse_containment + 0.1 { out.append("\(member.name) is the superset: it carries the origin and adds code of its own") }
        else if r.reverse_containment > r.containment + 0.1 { out.append("\(member.name) took a part of the origin") }
        out += history(origin: origin, member: member)
        out += credit(origin: origin, member: member, report: r)
        return out
    }

    /// When each side's git history begins (its earliest root commit), where both have one.
    static func history(origin: IndexedRepository, member: IndexedRepository) -> [String] {
        let (first, second) = (firstCommit(origin.path), firstCommit(member.path))
        guard let o = first, let m = second else {
            let missing = [(origin, first), (member, second)].filter { $0.1 == nil }.map(\.0.name)
            return ["no git history to date: \(missing.joined(separator: ", "))"]
        }
        let line = "history: \(origin.name) begins \(o.date) (\(o.hash.prefix(12))), \(member.name) begins \(m.date) (\(m.hash.prefix(12)))"
        if o.hash == m.hash { return [line + "; they share their first commit (a fork)"] }
        // ISO 8601 dates with offsets: compare as instants.
        let parse = ISO8601DateFormatter()
        guard let od = parse.date(from: o.date), let md = parse.date(from: m.date) else { return [line] }
        return [line + (od <= md ? "; the origin's history is older" : "; against this direction: \(member.name)'s history is older")]
    }

    /// Whether the member credits the origin, or the origin the member (the license side branch's attribution check).
    static func credit(origin: IndexedRepository, member: IndexedRepository, report r: CompareReport) -> [String] {
        var out: [String] = []
        var forward = r
        LicenseJoin.fill(&forward, reference: origin.path, suspect: member.path)
        if let line = strongest(forward.attribution) { out.append("\(member.name) credits \(origin.name): \(line)") }
        var backward = r
        backward.files = []  // the reverse question is about credit only, not the matched files' obligations
        LicenseJoin.fill(&backward, reference: member.path, suspect: origin.path)
        if let line = strongest(backward.attribution) { out.append("against this direction: \(origin.name) credits \(member.name): \(line)") }
        return out
    }

    /// The first strong credit line, as `path:line: text`, when the attribution check says yes.
    private static func strongest(_ a: CompareReport.AttributionStatus) -> String? {
        guard a.verdict == "yes", let item = a.evidence.first(where: \.strong) ?? a.evidence.first else { return nil }
        return "\(item.path):\(item.line): \(item.text)"
    }

    /// The earliest root commit of the git work tree at `path`, or nil without usable history.
    private static func firstCommit(_ path: String) -> GitRepository.Commit? {
        guard let repo = GitRepository.open(path).0, let roots = try? repo.roots() else { return nil }
        return roots.compactMap { try? repo.commit($0) }.min { $0.date < $1.date }
    }
}
