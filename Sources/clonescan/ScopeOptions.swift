import ArgumentParser
import FrontEnd

/// `--include` / `--exclude`: which files count (`@OptionGroup` of compare, query, audit and index).
struct ScopeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only files matching this glob count (gitignore syntax; repeat for several).", valueName: "glob"))
    var include: [String] = []

    @Option(help: ArgumentHelp("Files matching this glob never count (gitignore syntax, e.g. 'tests/', '*.min.js'; repeat for several).", valueName: "glob"))
    var exclude: [String] = []

    /// The filter, or a usage error naming the bad pattern.
    func pathFilter() throws -> PathFilter {
        do { return try PathFilter(include: include, exclude: exclude) } catch { throw ValidationError(error.description) }
    }
}
