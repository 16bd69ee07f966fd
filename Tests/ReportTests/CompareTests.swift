import Analysis
import Foundation
import FrontEnd
import XCTest
import Matching
@testable import Report
import TestSupport

/// Mechanics of compare on small real fixtures written at test time.
final class CompareTests: XCTestCase {
    let original = """
    def tokenize(text, keep_space=False):
        tokens = []
        position = 0
        while position < len(text):
            char = text[position]
            if char.isdigit():
                start = position
                while position < len(text) and text[position].isdigit():
                    position += 1
                tokens.append(("number", text[start:position]))
                continue
            if char.isspace() and not keep_space:
                position += 1
                continue
            if char in "+-*/()":
                tokens.append(("op", char))
                position += 1
                continue
            raise ValueError("invalid character %r at %d" % (char, position))
        return tokens


    def evaluate(tokens):
        stack = []
        for kind, value in tokens:
            if kind == "number":
                stack.append(int(value))
            elif value == "+":
                right = stack.pop()
                left = stack.pop()
                stack.append(left + right)
            elif value == "*":
                right = stack.pop()
                left = stack.pop()
                stack.append(left * right)
            else:
                raise ValueError("unsupported operator %s" % value)
        if len(stack) != 1:
            raise ValueError("malformed expression")
        return stack[0]

    """

    /// The same code with every name changed and the layout altered, inside a bigger file.
    let renamed = """
    import sys


    def banner():
        print("calculator v2")
        print("type an expression")


    def lex(src, preserve_ws=False):
        out = []
        i = 0
        while i < len(src):
            c = src[i]
            if c.isdigit():
                begin = i
                while i < len(src) and src[i].isdigit():
                    i += 1
                out.append(("number", src[begin:i]))
                continue
            if c.isspace() and not preserve_ws:
                i += 1
                continue
            if c in "+-*/()":
                out.append(("op", c))
                i += 1
                continue
            raise ValueError("invalid character %r at %d" % (c, i))
        return out


    def run(items):
        st = []
        for k, v in items:
            if k == "number":
                st.append(int(v))
            elif v == "+":
                b = st.pop()
                a = st.pop()
                st.append(a + b)
            elif v == "*":
                b = st.pop()
                a = st.pop()
                st.append(a * b)
            else:
                raise ValueError("unsupported operator %s" % v)
        if len(st) != 1:
            raise ValueError("malformed expression")
        return st[0]

    """

    /// An independent implementation of the same task: recursive descent, different decomposition.
    let independent = """
    import re

    TOKEN = re.compile(r"\\s*(?:(\\d+)|(.))")


    class Parser:
        def __init__(self, source):
            self.items = [m.group(1) or m.group(2) for m in TOKEN.finditer(source)]
            self.index = 0

        def peek(self):
            return self.items[self.index] if self.index < len(self.items) else None

        def take(self):
            item = self.peek()
            self.index += 1
            return item

        def expression(self):
            total = self.term()
            while self.peek() == "+":
                self.take()
                total = total + self.term()
            return total

        def term(self):
            product = self.factor()
            while self.peek() == "*":
                self.take()
                product = product * self.factor()
            return product

        def factor(self):
            item = self.take()
            if item == "(":
                inner = self.expression()
                self.take()
                return inner
            return int(item)


    def calculate(source):
        return Parser(source).expression()

    """

    /// Features of a temporary tree holding `files` (removed when the test ends), and the tree's path.
    func analyze(_ files: [String: String]) async throws -> (RepositoryFeatures, String) {
        let root = try tree(files)
        return (try await RepositoryAnalyzer().analyze(root: root), root)
    }

    func testRenamedReformattedCopyIsAClone() async throws {
        let (ref, t1) = try await analyze(["calc.py": original])
        let (sus, t2) = try await analyze(["lib/engine.py": renamed])
        let report = try compareReport(ref, sus)
        _ = (t1, t2)
        XCTAssertEqual(report.verdict, .clone, report.summary)
        XCTAssertGreaterThan(report.containment, 0.9)
        XCTAssertEqual(report.relation, "same-language")
        // The reported lines are the copied ones: tokenize (ref 1-21) ~ lex (suspect 9-29).
        let lex = try XCTUnwrap(report.matches.first { $0.suspect.unit == "lex" })
        XCTAssertEqual(lex.reference.unit, "tokenize")
        XCTAssertEqual(lex.reference.start_line, 1)
        XCTAssertEqual(lex.suspect.start_line, 9)
        XCTAssertGreaterThanOrEqual(lex.suspect.end_line, 27)
        XCTAssertLessThanOrEqual(lex.suspect.end_line, 29)
        XCTAssertEqual(lex.channel, "structure")
        XCTAssertFalse(report.matches.contains { $0.suspect.unit == "banner" })
    }

    func testIndependentImplementationIsNotAClone() async throws {
        let (ref, t1) = try await analyze(["calc.py": original])
        let (sus, t2) = try await analyze(["calc.py": independent])
        _ = (t1, t2)
        let report = try compareReport(ref, sus)
        XCTAssertLessThan(report.verdict, .partialClone, report.summary)
        XCTAssertLessThan(report.containment, 0.2)
    }

    func testHTMLEscapesCodeAndNames() {
        let hostile = "<script>alert('x')</script>&"
        XCTAssertEqual(HTMLRenderer.escape(hostile), "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;")
    }

    func testHTMLReportNeverContainsRawMarkupFromInput() async throws {
        let (ref, t1) = try await analyze(["<script>alert(1)</script>.py": original])
        let (sus, t2) = try await analyze(["x<img src=x onerror=alert(2)>.py": renamed])
        _ = (t1, t2)
        let report = try compareReport(ref, sus)
        let html = HTMLRenderer.render(report) { _, _ in ["<script>alert(3)</script>", "def f(): pass"] + Array(repeating: "x = '<b>'", count: 60) }
        XCTAssertFalse(html.contains("<script>alert"))
        XCTAssertFalse(html.contains("<img"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)"))
        XCTAssertEqual(html.components(separatedBy: "<script").count, 1)
    }

    /// The channels that carried the score are shown with their examples, escaped like everything else.
    func testHTMLShowsTheChannelExamplesEscaped() async throws {
        let (ref, t1) = try await analyze(["calc.py": original])
        let (sus, t2) = try await analyze(["lib/engine.py": renamed])
        _ = (t1, t2)
        var report = try compareReport(ref, sus)
        var channels = try XCTUnwrap(report.evidence_channels)
        channels.carried_by = ["comments"]
        channels.examples = [.init(channel: "comments", reference: "a.py:3 <script>alert(4)</script>", suspect: "b.go:9 Encode",
                                   detail: "13 comment word pairs in common"),
                             .init(channel: "call_graph", reference: "a.py:1 f", suspect: "b.go:1 F", detail: "not shown: not a carrier")]
        report.evidence_channels = channels
        let html = HTMLRenderer.render(report) { _, _ in nil }
        XCTAssertTrue(html.contains("score carried by: comments"))
        XCTAssertTrue(html.contains("<code>a.py:3 &lt;script&gt;alert(4)&lt;/script&gt;</code> ~ <code>b.go:9 Encode</code>: 13 comment word pairs in common"))
        XCTAssertFalse(html.contains("<script>alert(4)"))
        XCTAssertFalse(html.contains("not a carrier"), "only the channels that carried the score are exemplified")
        // The text report shows the same example, and a terminal control sequence in a name is not passed through.
        channels.examples[0].suspect = "b.go:9 \u{1b}[2JEncode"
        report.evidence_channels = channels
        let text = TextRenderer.render(report)
        XCTAssertTrue(text.contains("comments: a.py:3 <script>alert(4)</script> ~ b.go:9 "), text)
        XCTAssertFalse(text.contains("\u{1b}"), "escape sequences in names never reach the terminal")
    }

    func testSARIFHasOneResultPerMatchInTheSuspect() async throws {
        let (ref, t1) = try await analyze(["calc.py": original])
        let (sus, t2) = try await analyze(["lib/engine.py": renamed])
        _ = (t1, t2)
        let report = try compareReport(ref, sus)
        let object = try JSONSerialization.jsonObject(with: SARIFRenderer.render(report, toolVersion: "test")) as? [String: Any]
        XCTAssertEqual(object?["version"] as? String, "2.1.0")
        let runs = try XCTUnwrap(object?["runs"] as? [[String: Any]])
        let results = try XCTUnwrap(runs.first?["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, report.matches.count)
        XCTAssertTrue(results.allSatisfy { ($0["level"] as? String) == "error" })
    }

    func testVerdictWeighsTheAbsoluteAmountCopied() {
        // Five functions copied verbatim out of 500 make a partial clone.
        let e = VerdictEvidence(containment: 0.01, reverseContainment: 0.01, strongMatches: 5, matchedUnits: 5,
                                referenceUnits: 500, meanScore: 1, literalShare: 0, crossLanguage: false, verbatimMatches: 5)
        XCTAssertEqual(VerdictModel.decide(e).0, .partialClone)
        // Strong matches that are not verbatim (shape and words) never accuse on their own: independent
        // implementations of one API produce them.
        var similar = e
        similar.verbatimMatches = 0
        XCTAssertEqual(VerdictModel.decide(similar).0, .related)
        XCTAssertEqual(VerdictModel.decide(similar, score: 0.9, threshold: 0.8).0, .partialClone, "the fitted score can")
        // A small reference copied token for token (one 40-token function, renamed) is derived whatever its score;
        // a token-for-token copy covering a tenth of it is not.
        let whole = VerdictEvidence(containment: 1, reverseContainment: 1, strongMatches: 1, matchedUnits: 1, referenceUnits: 1,
                                    meanScore: 0.88, literalShare: 0, crossLanguage: false, verbatimMatches: 0, verbatimShare: 1)
        XCTAssertEqual(VerdictModel.decide(whole, score: 0.5, threshold: 0.95).0, .clone)
        var tenth = whole
        tenth.containment = 0.1; tenth.reverseContainment = 0.1; tenth.verbatimShare = 0.1
        XCTAssertEqual(VerdictModel.decide(tenth, score: 0.5, threshold: 0.95).0, .related)
        let data = VerdictEvidence(containment: 0.3, reverseContainment: 0.3, strongMatches: 3, matchedUnits: 3,
                                   referenceUnits: 10, meanScore: 0.9, literalShare: 0.9, crossLanguage: false)
        XCTAssertEqual(VerdictModel.decide(data).0, .related)
        XCTAssertEqual(VerdictModel.decide(data).1?.hasPrefix("shared data"), true)
    }
}

extension CompareTests {
    /// The compare report of a pair, as every job builds it.
    func compareReport(_ reference: RepositoryFeatures, _ suspect: RepositoryFeatures) throws -> CompareReport {
        let parameters = AnalysisParameters()
        let comparison = try PairComparer(parameters: parameters).compare(reference: reference, suspect: suspect)
        return CompareReport(comparison, reference: reference, suspect: suspect, parameters: parameters, maxMatches: 25)
    }
}
