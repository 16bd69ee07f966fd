import Analysis
import Matching
import TestSupport
import XCTest

/// The comment and call-graph channels on real code through the real grammars: a Go port of a small Python codec
/// written from its source keeps the phrasing of its docstrings and who calls whom; a Go implementation of the same
/// two public functions written from their description shares neither. (Fixtures written for these tests.)
final class EvidenceChannelsTests: XCTestCase {
    static let reference = """
        \"\"\"Tiny base-N codec.\"\"\"

        def _check_alphabet(alphabet):
            \"\"\"Reject alphabets with repeated symbols or fewer than two symbols.\"\"\"
            if len(set(alphabet)) != len(alphabet):
                raise ValueError("alphabet has repeated symbols")
            if len(alphabet) < 2:
                raise ValueError("alphabet needs at least two symbols")
            return alphabet

        def _digits(number, base):
            \"\"\"Split the number into digits of the base, least significant digit first.\"\"\"
            digits = []
            while True:
                number, rest = divmod(number, base)
                digits.append(rest)
                if number == 0:
                    return digits

        def _undigits(digits, base):
            \"\"\"Join digits of the base back into one number, most significant digit first.\"\"\"
            total = 0
            for d in digits:
                total = total * base + d
            return total

        def encode(number, alphabet):
            \"\"\"Encode a non-negative number as text over the alphabet.\"\"\"
            alphabet = _check_alphabet(alphabet)
            if number < 0:
                raise ValueError("only non-negative numbers can be encoded")
            digits = _digits(number, len(alphabet))
            return "".join(alphabet[d] for d in reversed(digits))

        def decode(text, alphabet):
            \"\"\"Decode text over the alphabet back into the number it encodes.\"\"\"
            alphabet = _check_alphabet(alphabet)
            positions = {symbol: i for i, symbol in enumerate(alphabet)}
            try:
                digits = [positions[c] for c in text]
            except KeyError:
                raise ValueError("text has a symbol outside the alphabet")
            return _undigits(digits, len(alphabet))
        """

    static let port = """
        // Package codec is a tiny base-N codec.
        package codec

        import "errors"

        // checkAlphabet rejects alphabets with repeated symbols or fewer than two symbols.
        func checkAlphabet(alphabet string) (string, error) {
            seen := map[rune]bool{}
            for _, r := range alphabet {
                if seen[r] {
                    return "", errors.New("alphabet has repeated symbols")
                }
                seen[r] = true
            }
            if len(alphabet) < 2 {
                return "", errors.New("alphabet needs at least two symbols")
            }
            return alphabet, nil
        }

        // digits splits the number into digits of the base, least significant digit first.
        func digits(number int, base int) []int {
            out := []int{}
            for {
                rest := number % base
                number = number / base
                out = append(out, rest)
                if number == 0 {
                    return out
                }
            }
        }

        // undigits joins digits of the base back into one number, most significant digit first.
        func undigits(ds []int, base int) int {
            total := 0
            for _, d := range ds {
                total = total*base + d
            }
            return total
        }

        // Encode encodes a non-negative number as text over the alphabet.
        func Encode(number int, alphabet string) (string, error) {
            alphabet, err := checkAlphabet(alphabet)
            if err != nil {
                return "", err
            }
            if number < 0 {
                return "", errors.New("only non-negative numbers can be encoded")
            }
            ds := digits(number, len(alphabet))
            out := make([]byte, 0, len(ds))
            for i := len(ds) - 1; i >= 0; i-- {
                out = append(out, alphabet[ds[i]])
            }
            return string(out), nil
        }

        // Decode decodes text over the alphabet back into the number it encodes.
        func Decode(text string, alphabet string) (int, error) {
            alphabet, err := checkAlphabet(alphabet)
            if err != nil {
                return 0, err
            }
            positions := map[rune]int{}
            for i, symbol := range alphabet {
                positions[symbol] = i
            }
            ds := []int{}
            for _, c := range text {
                p, ok := positions[c]
                if !ok {
                    return 0, errors.New("text has a symbol outside the alphabet")
                }
                ds = append(ds, p)
            }
            return undigits(ds, len(alphabet)), nil
        }
        """

    static let independent = """
        package basen

        import "fmt"

        // Encode returns the representation of n written with the symbols of abc as its radix set.
        func Encode(n int, abc string) (string, error) {
            if len(abc) < 2 {
                return "", fmt.Errorf("radix set too small: %d", len(abc))
            }
            if n < 0 {
                return "", fmt.Errorf("negative input %d", n)
            }
            radix := len(abc)
            buf := []byte{}
            for n >= radix {
                buf = append([]byte{abc[n%radix]}, buf...)
                n /= radix
            }
            return string(append([]byte{abc[n]}, buf...)), nil
        }

        // Decode is the inverse of Encode: it reads s as a numeral in the radix set abc.
        func Decode(s string, abc string) (int, error) {
            if len(abc) < 2 {
                return 0, fmt.Errorf("radix set too small: %d", len(abc))
            }
            value := 0
            for _, ch := range s {
                idx := -1
                for j, sym := range abc {
                    if sym == ch {
                        idx = j
                    }
                }
                if idx < 0 {
                    return 0, fmt.Errorf("unknown symbol %q", ch)
                }
                value = value*len(abc) + idx
            }
            return value, nil
        }
        """

    func comparison(_ suspect: String) async throws -> PairComparison {
        let analyzer = RepositoryAnalyzer()
        let reference = try await analyzer.analyze(root: try tree(["codec.py": Self.reference]))
        let other = try await analyzer.analyze(root: try tree(["codec.go": suspect]))
        return try PairComparer(parameters: AnalysisParameters()).compare(reference: reference, suspect: other)
    }

    func testAPortKeepsCommentPhrasingAndCallEdgesAnIndependentImplementationDoesNot() async throws {
        let port = try await comparison(Self.port)
        let independent = try await comparison(Self.independent)
        XCTAssertTrue(port.relation.crossLanguage)
        XCTAssertGreaterThan(port.channels.commentPairs, 30, "the reference's docstrings give word pairs")
        XCTAssertGreaterThanOrEqual(port.channels.comments, 0.5, "translated docstrings keep their phrasing")
        XCTAssertLessThanOrEqual(independent.channels.comments, 0.1, "a description shares vocabulary, not phrasing")
        XCTAssertEqual(port.channels.callEdges, 4, "encode and decode each call two helpers")
        XCTAssertGreaterThanOrEqual(port.channels.callGraph, 3.0 / 8, "the port's Encode/Decode call the helpers' counterparts")
        XCTAssertEqual(independent.channels.callGraph, 0, "no helper, no surviving edge")
        XCTAssertGreaterThan(port.score, independent.score)
        XCTAssertTrue(port.carriedBy.contains("comments"), "\(port.carriedBy)")
        XCTAssertFalse(independent.carriedBy.contains("comments"), "\(independent.carriedBy)")
    }

    /// The evidence is shown, not asserted: the examples name the unit pairs that share comment phrasing (each
    /// docstring with its translated comment) and a call edge kept on both sides.
    func testExamplesNameTheUnitsThatShareCommentsAndCallEdges() async throws {
        let analyzer = RepositoryAnalyzer()
        let reference = try await analyzer.analyze(root: try tree(["codec.py": Self.reference]))
        let port = try await analyzer.analyze(root: try tree(["codec.go": Self.port]))
        let c = try PairComparer(parameters: AnalysisParameters()).compare(reference: reference, suspect: port)
        func name(_ repo: RepositoryFeatures, _ ref: UnitRef?) -> String {
            ref.map { NameKey.normalized(repo.files[$0.file].units[$0.unit].name) } ?? ""
        }
        let comments = c.channelExamples.filter { $0.kind == .comments }
        XCTAssertFalse(comments.isEmpty)
        for e in comments {
            XCTAssertEqual(name(reference, e.reference), name(port, e.suspect), "a docstring is paired with its own translation")
            XCTAssertGreaterThanOrEqual(e.sharedCommentPairs, 5)
        }
        let edge = try XCTUnwrap(c.channelExamples.first { $0.kind == .callGraph })
        XCTAssertEqual(name(reference, edge.reference), name(port, edge.suspect))
        XCTAssertEqual(name(reference, edge.referenceCallee), name(port, edge.suspectCallee))
        XCTAssertTrue(["encode", "decode"].contains(name(reference, edge.reference)), name(reference, edge.reference))
    }

    /// A port keeps its private helpers' names; an implementation from the description names its own. Only helpers
    /// count: `encode`/`decode` are public (kept by any implementation of the API), and `_digits`/`_undigits` are one
    /// word (every program has a `digits`), so the port keeps exactly one, `_check_alphabet` as `checkAlphabet`.
    func testAPortKeepsItsPrivateHelpersNamesAnIndependentImplementationDoesNot() async throws {
        let analyzer = RepositoryAnalyzer()
        let reference = try await analyzer.analyze(root: try tree(["codec.py": Self.reference]))
        let suspect = try await analyzer.analyze(root: try tree(["codec.go": Self.port]))
        let port = try PairComparer(parameters: AnalysisParameters()).compare(reference: reference, suspect: suspect)
        XCTAssertEqual(port.channels.privateNamesKept, 1)
        XCTAssertEqual(port.channels.privateNames, 1.0 / Double(EvidenceChannels.minPrivateNames), accuracy: 1e-9)
        let example = try XCTUnwrap(port.channelExamples.first { $0.kind == .privateNames }, "the kept helper is shown")
        XCTAssertEqual(reference.files[example.reference.file].units[example.reference.unit].name, "_check_alphabet")
        XCTAssertEqual(suspect.files[example.suspect.file].units[example.suspect.unit].name, "checkAlphabet")

        let renamed = try await comparison(Self.port.replacingOccurrences(of: "checkAlphabet", with: "validateSymbols"))
        XCTAssertEqual(renamed.channels.privateNamesKept, 0, "the same code under another helper name keeps no name")
        XCTAssertLessThan(renamed.score, port.score, "the kept name is evidence the renamed port lacks")
        let independent = try await comparison(Self.independent)
        XCTAssertEqual(independent.channels.privateNamesKept, 0)
        XCTAssertEqual(independent.channels.privateNames, 0)
    }
}
