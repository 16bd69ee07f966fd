/// One line of the suspect that says something about the reference (a NOTICE, README, LICENSE or header naming
/// it, its authors or its URL). The same JSON object in compare and audit.
public struct AttributionItem: Codable, Sendable, Equatable {
    /// File path relative to the suspect's root.
    public var path: String
    /// 1-based line.
    public var line: Int
    /// The line as found (trimmed).
    public var text: String
    /// What it names: the reference's `name`, `url`, `author`, `holder`, or a `port-phrase` ("port of X").
    public var signal: String
    /// Whether it alone is credit (a name with a phrase like "based on", a URL, a kept notice).
    public var strong: Bool

    public init(path: String, line: Int, text: String, signal: String, strong: Bool) {
        self.path = path; self.line = line; self.text = text; self.signal = signal; self.strong = strong
    }

    /// `path:line: text`, as text reports print it.
    public var display: String { "\(path):\(line): \(text)" }
}

/// One obligation of the reference's license that the suspect breaks (rules in docs/obligations.md). Reported
/// only when the suspect is derived from the reference (verdict `clone` or `partial-clone`).
public struct ObligationItem: Codable, Sendable, Equatable {
    /// Stable rule id: `notice-not-kept`, `apache-notice-file`, `copyleft-relicensed`, `incompatible-combination`, ...
    public var rule: String
    /// The reference license the obligation comes from.
    public var license: String
    /// What the suspect does that breaks it.
    public var explanation: String
    /// The license text section the rule rests on.
    public var source: String

    public init(rule: String, license: String, explanation: String, source: String) {
        self.rule = rule; self.license = license; self.explanation = explanation; self.source = source
    }
}
