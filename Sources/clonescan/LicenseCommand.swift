import ArgumentParser
import Foundation
import FrontEnd
import Jobs
import License
import Report

/// `clonescan license`: licenses, notices and attributions found in a tree.
struct LicenseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "license",
        abstract: "Show the licenses, copyright notices and package identity found in a tree.",
        discussion: """
        Reads LICENSE/COPYING/NOTICE files, SPDX-License-Identifier lines, source headers, Debian copyright
        files and package manifests (package.json, pyproject.toml, setup.cfg, PKG-INFO, Cargo.toml, *.gemspec,
        composer.json, pom.xml, *.csproj), matched against ScanCode's licensedcode-data 32.1.0.
        Examples:
          clonescan license .
          clonescan license vendor/somelib --format json

        """ + ExitStatus.table
    )

    @Argument(help: "The tree (or file) to scan.")
    var path: String

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    func validate() throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("PATH \(terminalSafe(path)) does not exist; pass a directory or file")
        }
    }

    func run() throws {
        let report = try LicenseJob(path: path).run()
        for warning in report.warnings { warn("warning: \(terminalSafe(warning))") }
        switch format {
        case .json: try ReportOutput.write(try report.jsonData() + Data("\n".utf8), to: nil)
        case .text: try ReportOutput.write(Data((report.renderText() + "\n").utf8), to: nil)
        }
    }
}
