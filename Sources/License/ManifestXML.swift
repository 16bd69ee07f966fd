import Foundation
import SWXMLHash

/// pom.xml, *.csproj and *.nuspec: license fields and identity, read with an XML parser (SWXMLHash over
/// Foundation's XMLParser; external entities are not resolved).
///
/// pom.xml: `project/licenses/license/name` (one finding per license), `project/artifactId`, `name`, `url`,
/// `developers/developer/name`. *.csproj: `PackageLicenseExpression`, `PackageId`, `AssemblyName`, `Authors`,
/// `RepositoryUrl`, `PackageProjectUrl`. *.nuspec: `metadata/license[@type=expression]`, `id`, `authors`,
/// `projectUrl`. Malformed XML gives one warning and no findings.
enum ManifestXML {
    static func read(path: String, text: String, isMavenProject: Bool, db: LicenseDatabase?, into result: inout Manifests.Result) {
        let document = XMLHash.config { $0.detectParsingErrors = true }.parse(text)
        if case .parsingError(let error) = document {
            result.warnings.append("\(path): malformed XML at line \(error.line), column \(error.column); not read")
            return
        }
        guard let root = document.children.first else {
            result.warnings.append("\(path): not XML")
            return
        }
        let lines = TOMLLineLocator(text: text)
        if isMavenProject {
            for license in root["licenses"]["license"].all {
                guard let name = license["name"].element?.text.trimmed, !name.isEmpty else { continue }
                Manifests.add(name, field: "pom licenses", path: path, line: lines.line(containing: name), db: db, into: &result)
            }
            if let id = root["artifactId"].element?.text.trimmed, !id.isEmpty { result.identity.names.append(id) }
            if let name = root["name"].element?.text.trimmed, !name.isEmpty { result.identity.names.append(name) }
            if let url = root["url"].element?.text.trimmed, url.contains("://") { result.identity.urls.append(url) }
            for developer in root["developers"]["developer"].all {
                if let name = developer["name"].element?.text.trimmed, !name.isEmpty { result.identity.authors.append(name) }
            }
            return
        }
        // MSBuild project or NuGet spec: the fields may sit in any PropertyGroup / metadata element.
        let elements = descendants(of: root)
        func values(_ name: String) -> [XMLElement] { elements.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame } }
        for element in values("PackageLicenseExpression") {
            let value = element.text.trimmed
            Manifests.add(value, field: "PackageLicenseExpression", path: path, line: lines.line(containing: value), db: db, into: &result)
        }
        for element in values("license") where element.attribute(by: "type")?.text == "expression" {
            let value = element.text.trimmed
            Manifests.add(value, field: "nuspec license", path: path, line: lines.line(containing: value), db: db, into: &result)
        }
        for name in ["PackageId", "id", "AssemblyName"] {
            if let value = values(name).first?.text.trimmed, !value.isEmpty { result.identity.names.append(value) }
        }
        for element in values("Authors") {
            result.identity.authors.append(contentsOf: element.text.split(separator: ",").map { $0.trimmed }.filter { !$0.isEmpty })
        }
        for name in ["RepositoryUrl", "PackageProjectUrl", "projectUrl"] {
            for element in values(name) where element.text.contains("://") { result.identity.urls.append(element.text.trimmed) }
        }
    }

    /// Every element below `indexer`, depth-first, capped at 10,000 elements.
    static func descendants(of indexer: XMLIndexer) -> [XMLElement] {
        var out: [XMLElement] = []
        var stack = [indexer]
        while let next = stack.popLast(), out.count < 10_000 {
            if let element = next.element { out.append(element) }
            stack.append(contentsOf: next.children.reversed())
        }
        return out
    }
}

extension StringProtocol {
    /// The string without leading and trailing whitespace and newlines.
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
