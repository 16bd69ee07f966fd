extension CompareReport {
    /// `compare --history`: what the two sides' git histories say about the copy (docs/report-json.md, "History").
    /// Field names are the JSON keys; optional fields are omitted when unknown.
    public struct History: Codable, Sendable {
        /// One side's history: whether there is one to read.
        public struct Side: Codable, Sendable {
            /// `git`, `not-git`, `shallow`, `no-commits` or `unreadable`: only `git` has history to read.
            public var status: String
            /// HEAD's commit (full hash), when the side has history.
            public var head: String?
            /// Commits on HEAD's first-parent chain.
            public var commits: Int?
            /// Tags naming commits.
            public var tags: Int?
            /// Why there is no history, in one line.
            public var detail: String?
            public init(status: String, head: String? = nil, commits: Int? = nil, tags: Int? = nil, detail: String? = nil) {
                self.status = status; self.head = head; self.commits = commits; self.tags = tags; self.detail = detail
            }
        }
        /// The suspect commit that first holds most of the matched code.
        public struct FirstSeen: Codable, Sendable {
            /// Full hash, as recorded.
            public var commit: String
            /// Author date, strict ISO 8601 as recorded.
            public var date: String
            /// `Name <email>`.
            public var author: String
            /// Share of the matched reference lines (matched at HEAD) already matched at this commit.
            public var share: Double
            /// The same share at the commit before it on the first-parent chain (absent for a root commit).
            public var share_before: Double?
            /// Trees analysed to find it (at most 1 + ceil(log2(commits))).
            public var analyses: Int
            public init(commit: String, date: String, author: String, share: Double, share_before: Double?, analyses: Int) {
                self.commit = commit; self.date = date; self.author = author; self.share = share; self.share_before = share_before; self.analyses = analyses
            }
        }
        /// A reference version and how well the suspect matches it.
        public struct Version: Codable, Sendable {
            /// The tag's name; absent when versions are untagged commits.
            public var tag: String?
            /// Full hash of the commit.
            public var commit: String
            /// 0…1: how well the suspect's code matches this version's (docs/report-json.md, "History").
            public var score: Double
            public init(tag: String?, commit: String, score: Double) { self.tag = tag; self.commit = commit; self.score = score }
        }
        /// The reference version the suspect matches best, with its neighbours' scores.
        public struct ClosestVersion: Codable, Sendable {
            public var tag: String?
            public var commit: String
            public var score: Double
            /// The versions just before and after it (those evaluated), oldest first.
            public var neighbours: [Version]
            /// Other evaluated versions (tags, or commits when untagged) with exactly the same score: their code is the
            /// same for the suspect's purposes, so the copy may come from any of them (the earliest is reported).
            public var same_score: [String]?
            /// `tags`, or `commits` (the first-parent chain) when the reference has no tag.
            public var candidates_kind: String
            /// Versions considered.
            public var candidates: Int
            /// Trees analysed to find it.
            public var analyses: Int
            public init(tag: String?, commit: String, score: Double, neighbours: [Version], candidates_kind: String, candidates: Int, analyses: Int) {
                self.tag = tag; self.commit = commit; self.score = score; self.neighbours = neighbours
                self.candidates_kind = candidates_kind; self.candidates = candidates; self.analyses = analyses
            }
        }

        public var reference: Side
        public var suspect: Side
        /// Whether the suspect's HEAD descends from a commit of the reference (a fork keeps history; an LLM clone
        /// typically starts from one squashed commit). Absent unless both sides have history.
        public var fork: Bool?
        /// Commits of the suspect's history that the reference also has.
        public var shared_commits: Int?
        /// A root commit of the suspect that the reference has.
        public var shared_root: String?
        /// The newest shared commit in the suspect's history (the merge base with the reference).
        public var merge_base: String?
        public var first_seen: FirstSeen?
        public var closest_reference_version: ClosestVersion?
        /// "copied from v2.3.1, first seen in the suspect on 2025-05-02 (commit 1a2b3c4)".
        public var summary: String
        /// What could not be determined and why, one line each.
        public var notes: [String]

        public init(reference: Side, suspect: Side) {
            self.reference = reference; self.suspect = suspect; self.summary = ""; self.notes = []
        }

        /// The one-sentence summary from the fields.
        public func summarized() -> String {
            var parts: [String] = []
            if let v = closest_reference_version { parts.append("copied from \(v.tag ?? "reference commit " + String(v.commit.prefix(12)))") }
            if let f = first_seen {
                parts.append("first seen in the suspect on \(f.date.prefix(10)) (commit \(f.commit.prefix(12)), \(f.author))")
            }
            if let fork {
                parts.append(fork ? "a fork: the suspect's history contains \(shared_commits ?? 0) of the reference's commits"
                                  : "no shared commits: the suspect's history starts apart from the reference's")
            }
            return parts.isEmpty ? "no history to read" : parts.joined(separator: "; ")
        }
    }
}
