import ArgumentParser
import Foundation
import FrontEnd
import Jobs
import Matching
import Report

/// `clonescan families`: the indexed repositories grouped into families of derivation.
struct FamiliesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "families",
        abstract: "Group the indexed repositories into families of derivation, each with its likely origin.",
        discussion: """
        Candidate pairs come from the index's LSH and each is verified as `compare` would; repositories linked by
        verdicts at --min-verdict or above form a family. JSON: {"schema_version", "families": [{"id", "origin",
        "members": [{"repository", "relation", "verdict", "score", "containment", "reverse_containment",
        "direction_evidence"}]}], "pairs": [...]}, paths as given to `index`. Formats: text, json, html (a graph
        per family and a heat map of the verified pair scores).
        Examples:
          clonescan families --db corpus.sqlite
          clonescan families --db corpus.sqlite --format json --min-verdict clone
          clonescan families --db corpus.sqlite --format html --output families.html

        """ + ExitStatus.table
    )

    @Option(help: "The index built by `clonescan index`: an SQLite file or postgresql://USER@HOST:PORT/DB.")
    var db: String

    @OptionGroup var output: OutputOptions

    @Option(help: "The lowest verdict that links two repositories: clone, partial-clone or related.")
    var minVerdict: AuditCommand.VerdictArgument = .init(.partialClone)

    func validate() throws {
        try output.check(supported: [.text, .json, .html], command: "families")
        guard IndexDatabase.mayExist(db) else {
            throw ValidationError("--db \(terminalSafe(db)) does not exist; build it with `clonescan index --db \(terminalSafe(db)) PATH...`")
        }
    }

    func run() throws {
        var options = FamiliesOptions(database: db)
        options.minVerdict = minVerdict.verdict
        let progress = Progress(enabled: !output.quiet)
        let report = try FamiliesJob(options).run { progress.say($0) }
        progress.done()
        switch output.format {
        case .json: try output.write(try ReportJSON.encode(report))
        case .html: try output.write(Data(FamiliesRenderer.html(report).utf8))
        default: try output.write(Data(FamiliesRenderer.text(report).utf8))
        }
    }
}
