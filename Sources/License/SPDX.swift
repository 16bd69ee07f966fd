import Foundation

/// SPDX expressions and the free-form license names found in manifests, classifiers and DEP-5 files.
public enum SPDX {
    /// Free-form names → SPDX expression and how sure the mapping is. Keys are `key(_:)`-normalised.
    static let aliases: [String: (String, Double)] = {
        let raw: [(String, String, Double)] = [
            ("mit", "MIT", 1), ("mit license", "MIT", 1), ("the mit license", "MIT", 1), ("expat", "MIT", 1),
            ("expat license", "MIT", 1), ("mit expat", "MIT", 1), ("mit x11", "MIT", 0.9), ("x11", "X11", 0.9),
            ("isc", "ISC", 1), ("isc license", "ISC", 1), ("isc license iscl", "ISC", 1), ("iscl", "ISC", 1),
            ("bsd", "BSD-3-Clause", 0.6), ("bsd license", "BSD-3-Clause", 0.6), ("new bsd", "BSD-3-Clause", 0.9),
            ("new bsd license", "BSD-3-Clause", 0.9), ("modified bsd", "BSD-3-Clause", 0.9), ("revised bsd", "BSD-3-Clause", 0.9),
            ("bsd 3 clause", "BSD-3-Clause", 1), ("3 clause bsd", "BSD-3-Clause", 1), ("bsd3", "BSD-3-Clause", 0.9),
            ("bsd 3 clause license", "BSD-3-Clause", 1), ("bsd 2 clause", "BSD-2-Clause", 1), ("2 clause bsd", "BSD-2-Clause", 1),
            ("simplified bsd", "BSD-2-Clause", 0.9), ("freebsd", "BSD-2-Clause", 0.8), ("bsd2", "BSD-2-Clause", 0.9),
            ("bsd 2 clause license", "BSD-2-Clause", 1), ("0bsd", "0BSD", 1), ("bsd zero clause", "0BSD", 1),
            ("apache", "Apache-2.0", 0.6), ("apache 2", "Apache-2.0", 1), ("apache 2 0", "Apache-2.0", 1), ("apache2", "Apache-2.0", 1),
            ("apache license 2 0", "Apache-2.0", 1), ("apache license version 2 0", "Apache-2.0", 1),
            ("the apache license version 2 0", "Apache-2.0", 1), ("apache software license", "Apache-2.0", 0.7),
            ("apache software license 2 0", "Apache-2.0", 1), ("asl 2 0", "Apache-2.0", 1), ("apache license", "Apache-2.0", 0.6),
            ("gpl", "GPL-2.0-or-later", 0.4), ("gplv2", "GPL-2.0-only", 0.9), ("gpl v2", "GPL-2.0-only", 0.9), ("gpl 2", "GPL-2.0-only", 0.9),
            ("gplv2+", "GPL-2.0-or-later", 1), ("gpl 2+", "GPL-2.0-or-later", 1), ("gplv3", "GPL-3.0-only", 0.9), ("gpl v3", "GPL-3.0-only", 0.9),
            ("gpl 3", "GPL-3.0-only", 0.9), ("gplv3+", "GPL-3.0-or-later", 1), ("gpl 3+", "GPL-3.0-or-later", 1), ("gpl 1+", "GPL-1.0-or-later", 1),
            ("gnu general public license v2 gplv2", "GPL-2.0-only", 1), ("gnu general public license v2 or later gplv2+", "GPL-2.0-or-later", 1),
            ("gnu general public license v3 gplv3", "GPL-3.0-only", 1), ("gnu general public license v3 or later gplv3+", "GPL-3.0-or-later", 1),
            ("gnu general public license gpl", "GPL-2.0-or-later", 0.5),
            ("lgpl", "LGPL-2.1-or-later", 0.4), ("lgplv2", "LGPL-2.0-only", 0.9), ("lgplv2+", "LGPL-2.0-or-later", 1),
            ("lgpl 2 1", "LGPL-2.1-only", 0.9), ("lgplv2 1", "LGPL-2.1-only", 0.9), ("lgpl 2 1+", "LGPL-2.1-or-later", 1), ("lgplv2 1+", "LGPL-2.1-or-later", 1),
            ("lgplv3", "LGPL-3.0-only", 0.9), ("lgpl 3", "LGPL-3.0-only", 0.9), ("lgplv3+", "LGPL-3.0-or-later", 1), ("lgpl 3+", "LGPL-3.0-or-later", 1),
            ("gnu lesser general public license v2 lgplv2", "LGPL-2.0-only", 1), ("gnu lesser general public license v2 or later lgplv2+", "LGPL-2.0-or-later", 1),
            ("gnu lesser general public license v3 lgplv3", "LGPL-3.0-only", 1), ("gnu lesser general public license v3 or later lgplv3+", "LGPL-3.0-or-later", 1),
            ("gnu library or lesser general public license lgpl", "LGPL-2.0-or-later", 0.6),
            ("agplv3", "AGPL-3.0-only", 0.9), ("agplv3+", "AGPL-3.0-or-later", 1), ("gnu affero general public license v3", "AGPL-3.0-only", 1),
            ("gnu affero general public license v3 or later agplv3+", "AGPL-3.0-or-later", 1),
            ("mpl", "MPL-2.0", 0.5), ("mpl 2", "MPL-2.0", 1), ("mpl 2 0", "MPL-2.0", 1), ("mpl2", "MPL-2.0", 1),
            ("mozilla public license 2 0 mpl 2 0", "MPL-2.0", 1), ("mozilla public license 2 0", "MPL-2.0", 1), ("mpl 1 1", "MPL-1.1", 1),
            ("psf", "PSF-2.0", 0.9), ("psf 2", "PSF-2.0", 1), ("psfl", "PSF-2.0", 0.9), ("python software foundation license", "PSF-2.0", 1),
            ("psf license", "PSF-2.0", 0.9), ("python", "Python-2.0", 0.6), ("python license", "Python-2.0", 0.8),
            ("unlicense", "Unlicense", 1), ("the unlicense", "Unlicense", 1), ("the unlicense unlicense", "Unlicense", 1),
            ("public domain", "LicenseRef-Public-Domain", 0.8), ("public domain dedication", "LicenseRef-Public-Domain", 0.8),
            ("cc0", "CC0-1.0", 0.9), ("cc0 1 0", "CC0-1.0", 1), ("cc0 1 0 universal cc0 1 0 public domain dedication", "CC0-1.0", 1),
            ("zlib", "Zlib", 1), ("zlib libpng license", "Zlib", 0.9), ("zlib license", "Zlib", 1), ("boost", "BSL-1.0", 0.9),
            ("boost software license 1 0 bsl 1 0", "BSL-1.0", 1), ("artistic", "Artistic-1.0-Perl", 0.6), ("artistic license", "Artistic-1.0-Perl", 0.6),
            ("perl", "Artistic-1.0-Perl OR GPL-1.0-or-later", 0.7), ("wtfpl", "WTFPL", 1), ("epl 2 0", "EPL-2.0", 1), ("eclipse public license 2 0", "EPL-2.0", 1),
            ("eclipse public license 1 0", "EPL-1.0", 1), ("cddl", "CDDL-1.0", 0.8), ("ruby", "Ruby", 0.9), ("osi approved", "", 0),
            ("academic free license afl", "AFL-3.0", 0.5), ("european union public licence 1 2 eupl 1 2", "EUPL-1.2", 1),
        ]
        var d: [String: (String, Double)] = [:]
        for (k, v, c) in raw { d[key(k)] = (v, c) }
        return d
    }()

    /// Lower-case, punctuation to spaces (keeping `+`), `version`/`v` before numbers folded.
    static func key(_ s: String) -> String {
        var out = ""
        var lastSpace = true
        for ch in s.lowercased() {
            if ch.isLetter || ch.isNumber || ch == "+" {
                out.append(ch); lastSpace = false
            } else if !lastSpace {
                out.append(" "); lastSpace = true
            }
        }
        var words = out.split(separator: " ").map(String.init)
        words.removeAll { $0 == "version" }
        return words.joined(separator: " ").replacingOccurrences(of: " +", with: "+")
    }

    /// Deprecated SPDX ids → current ones.
    static let deprecated: [String: String] = [
        "gpl-1.0": "GPL-1.0-only", "gpl-1.0+": "GPL-1.0-or-later", "gpl-2.0": "GPL-2.0-only", "gpl-2.0+": "GPL-2.0-or-later",
        "gpl-3.0": "GPL-3.0-only", "gpl-3.0+": "GPL-3.0-or-later", "lgpl-2.0": "LGPL-2.0-only", "lgpl-2.0+": "LGPL-2.0-or-later",
        "lgpl-2.1": "LGPL-2.1-only", "lgpl-2.1+": "LGPL-2.1-or-later", "lgpl-3.0": "LGPL-3.0-only", "lgpl-3.0+": "LGPL-3.0-or-later",
        "agpl-1.0": "AGPL-1.0-only", "agpl-3.0": "AGPL-3.0-only", "agpl-3.0+": "AGPL-3.0-or-later", "gfdl-1.3": "GFDL-1.3-only",
        "gpl-2": "GPL-2.0-only", "gpl-2+": "GPL-2.0-or-later", "gpl-3": "GPL-3.0-only", "gpl-3+": "GPL-3.0-or-later",
        "lgpl-2": "LGPL-2.0-only", "lgpl-2+": "LGPL-2.0-or-later", "lgpl-3": "LGPL-3.0-only", "lgpl-3+": "LGPL-3.0-or-later",
        "gpl-1+": "GPL-1.0-or-later", "gpl-1": "GPL-1.0-only", "psf-2": "PSF-2.0", "bsd-3-clause": "BSD-3-Clause", "bsd-2-clause": "BSD-2-Clause",
        "apache-2": "Apache-2.0", "mpl-2": "MPL-2.0", "public-domain": "LicenseRef-Public-Domain", "expat": "MIT", "python": "Python-2.0",
        "artistic": "Artistic-1.0-Perl", "licenseref-public-domain": "LicenseRef-Public-Domain",
    ]

    /// Canonical spelling of one SPDX id (case-insensitive; deprecated and `+` forms upgraded), or nil.
    public static func canonicalID(_ raw: String, db: LicenseDatabase?) -> String? {
        let id = raw.trimmingCharacters(in: .whitespaces)
        if id.isEmpty { return nil }
        let low = id.lowercased()
        if let d = deprecated[low] { return d }
        if low.hasPrefix("licenseref-") || low.hasPrefix("documentref-") { return id }
        if let info = db?.license(spdx: id) { return info.spdx }
        if low.hasSuffix("+"), let base = db?.license(spdx: String(id.dropLast())) {
            let b = base.spdx
            if b.hasSuffix("-only") { return String(b.dropLast(5)) + "-or-later" }
            return b + "-or-later"
        }
        if db == nil, id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "+" }) { return id }
        return nil
    }

    /// Parses and canonicalises an SPDX expression (`MIT OR Apache-2.0`, `(MIT AND BSD-3-Clause)`,
    /// `GPL-2.0+`, Cargo's legacy `MIT/Apache-2.0`). Nil when any id is unknown.
    public static func normalize(expression: String, db: LicenseDatabase?) -> String? {
        var toks: [String] = []
        var cur = ""
        for ch in expression {
            if ch == "(" || ch == ")" || ch == " " || ch == "\t" || ch == "/" || ch == "," || ch == "\n" {
                if !cur.isEmpty { toks.append(cur); cur = "" }
                if ch == "(" || ch == ")" { toks.append(String(ch)) }
                if ch == "/" || ch == "," { toks.append("OR") }
            } else { cur.append(ch) }
        }
        if !cur.isEmpty { toks.append(cur) }
        if toks.isEmpty { return nil }
        var out: [String] = []
        var depth = 0
        var expectID = true
        for t in toks {
            let u = t.uppercased()
            if t == "(" { depth += 1; out.append("("); continue }
            if t == ")" { depth -= 1; if depth < 0 { return nil }; out.append(")"); continue }
            if u == "AND" || u == "OR" || u == "WITH" {
                if expectID { return nil }
                out.append(u); expectID = true; continue
            }
            guard expectID else { return nil }
            if out.last == "WITH" {
                out.append(t)
            } else {
                guard let id = canonicalID(t, db: db) else { return nil }
                out.append(id)
            }
            expectID = false
        }
        if depth != 0 || expectID { return nil }
        var s = out.joined(separator: " ")
        s = s.replacingOccurrences(of: "( ", with: "(").replacingOccurrences(of: " )", with: ")")
        return s
    }

    /// Resolves a free-form license name or expression (manifest field, classifier tail, DEP-5 short name).
    /// Tries, in order: SPDX expression, alias table, the dataset's reference rules. Returns the expression
    /// and a confidence, or nil.
    public static func resolve(name raw: String, db: LicenseDatabase?) -> (String, Double)? {
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"'")))
        if name.isEmpty || name.count > 400 { return nil }
        let k = key(name)
        if let (v, c) = aliases[k] { return v.isEmpty ? nil : (v, c) }
        if let e = normalize(expression: name, db: db) { return (e, 1.0) }
        // "X or Y", "X and Y" with free-form parts (DEP-5: "GPL-2+ or Artistic").
        for op in [" or ", " and ", " OR ", " AND "] where name.contains(op) {
            let parts = name.components(separatedBy: op)
            var rs: [String] = []
            var conf = 1.0
            for p in parts {
                guard let (e, c) = resolve(name: p, db: db) else { rs = []; break }
                rs.append(e.contains(" ") ? "(\(e))" : e); conf = min(conf, c)
            }
            if !rs.isEmpty { return (rs.joined(separator: " \(op.trimmingCharacters(in: .whitespaces).uppercased()) "), conf) }
        }
        if let db = db {
            let ms = db.match(text: Array(name.utf8))
            // A name recognised only by the dataset's reference rules ("GNU LGPL") is a guess at the version:
            // below 0.9, so it never counts as a package's own declaration (docs/license.md).
            if ms.count == 1, let m = ms.first, m.confidence >= 0.8 { return (m.spdx, min(0.85, m.confidence * 0.9)) }
        }
        return nil
    }

    /// A Python trove classifier (`License :: OSI Approved :: MIT License`) → SPDX.
    public static func fromClassifier(_ c: String, db: LicenseDatabase?) -> (String, Double)? {
        let parts = c.components(separatedBy: "::").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first == "License", let last = parts.last, parts.count >= 2 else { return nil }
        if last == "OSI Approved" { return nil }
        return resolve(name: last, db: db)
    }

    /// The SPDX ids in an expression (no operators, no exceptions).
    public static func ids(in expression: String) -> [String] {
        var out: [String] = []
        var afterWith = false
        for t in expression.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" }) {
            let u = t.uppercased()
            if u == "AND" || u == "OR" { afterWith = false; continue }
            if u == "WITH" { afterWith = true; continue }
            if afterWith { afterWith = false; continue }
            out.append(String(t))
        }
        return out
    }

    /// `expression` with each license id (not operators, not `WITH` exceptions) replaced by `transform(id)`;
    /// spacing and parentheses are kept.
    public static func mapIDs(_ expression: String, _ transform: (String) -> String) -> String {
        var out = ""
        var token = ""
        var afterWith = false
        func flush() {
            guard !token.isEmpty else { return }
            let upper = token.uppercased()
            if upper == "AND" || upper == "OR" { out += token; afterWith = false }
            else if upper == "WITH" { out += token; afterWith = true }
            else if afterWith { out += token; afterWith = false }
            else { out += transform(token) }
            token = ""
        }
        for ch in expression {
            if ch == " " || ch == "(" || ch == ")" { flush(); out.append(ch) } else { token.append(ch) }
        }
        flush()
        return out
    }
}
