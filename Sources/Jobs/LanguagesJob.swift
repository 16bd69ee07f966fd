import FrontEnd

/// The `languages` job: every language clonescan reads, with its files, level and grammar.
public enum LanguagesJob {
    /// The language table, in name order.
    public static func run() -> [LanguageInfo] { LanguageRegistry.listing() }
}
