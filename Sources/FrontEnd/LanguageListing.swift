import Syntax

/// One row of `clonescan languages`: a language, the files it claims, how far the front end takes it and
/// the grammar it is parsed with.
public struct LanguageInfo: Sendable, Codable, Equatable {
    /// Registry name.
    public var name: String
    /// Extensions it claims, without the dot (some decided by content: `h`, `m`, `pl`, `v`, `pp`, `cls`, `d`).
    public var extensions: [String]
    /// Exact file names it claims (`Makefile`).
    public var fileNames: [String]
    /// `units` or `tokens`.
    public var level: LanguageLevel
    /// A markup or data language, parsed only when asked.
    public var markup: Bool
    /// The grammar's version, nil when no grammar for it is built or buildable here.
    public var grammarVersion: String?
    /// Whether its grammar is already built (else it is built on first use).
    public var grammarBuilt: Bool
}

extension LanguageRegistry {
    /// Every language of the registry, in name order, with its grammar's state in `catalog`.
    public static func listing(catalog: GrammarCatalog = .shared) -> [LanguageInfo] {
        LanguageTable.registry.map { spec in
            LanguageInfo(name: spec.name, extensions: spec.extensions, fileNames: spec.fileNames, level: spec.level,
                         markup: spec.isMarkup, grammarVersion: catalog.version(of: spec.name), grammarBuilt: catalog.isBuilt(spec.name))
        }.sorted { $0.name < $1.name }
    }
}
