import ArgumentParser
import Foundation
import Jobs
import Report

/// `clonescan languages`: every language the front end reads.
struct LanguagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "languages",
        abstract: "List every language clonescan reads: name, files, level (units or tokens), grammar version.",
        discussion: """
        Grammars not built at set-up are compiled from the pinned tree-sitter-language-pack the first time a
        file needs them. Markup and data languages (JSON, Markdown, HTML, ...) are parsed only when asked.
        Examples:
          clonescan languages
          clonescan languages --format json
        Exit codes: 0 done, 2 usage error, 3 runtime error.
        """
    )

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() throws {
        let languages = LanguagesJob.run()
        switch format {
        case .json: try ReportOutput.write(try ReportJSON.encode(languages), to: nil)
        case .text: try ReportOutput.write(Data((LanguagesRenderer.render(languages) + "\n").utf8), to: nil)
        }
    }
}
