import Analysis
import FrontEnd
import Matching
import TestSupport
import XCTest

/// The pair narrowing that makes every job give one pair one answer.
final class BoilerplateFilterTests: XCTestCase {
    func features(_ files: [String: String]) async throws -> RepositoryFeatures {
        try await RepositoryAnalyzer().analyze(root: try tree(files))
    }

    func testForPairKeepsOnlyHashesBothSidesHold() async throws {
        let reference = try await features(["a.py": SampleCode.auditLibrary])
        let suspect = try await features(["b.py": SampleCode.copiedLibrary])
        let ref = BoilerplateFilter.hashes(of: reference.files.flatMap(\.units))
        let sus = BoilerplateFilter.hashes(of: suspect.files.flatMap(\.units))
        let onlyReference = ref.evidence.subtracting(sus.evidence)
        let shared = ref.evidence.intersection(sus.evidence)
        XCTAssertFalse(onlyReference.isEmpty)
        XCTAssertFalse(shared.isEmpty)
        // A filter looked up from one side's hashes (as query and audit do) holds hashes the other side lacks...
        let wide = BoilerplateFilter(excluded: ref.evidence, template: [], minShare: 0.25, minRepositories: 5, repositories: 10)
        let narrow = wide.forPair(reference: reference, suspect: suspect)
        // ...and the pair's filter keeps only the shared ones, so the reference's own set sizes are untouched.
        XCTAssertEqual(narrow.excluded, shared)
        XCTAssertTrue(narrow.excluded.isDisjoint(with: onlyReference))
        XCTAssertEqual(narrow.forPair(reference: reference, suspect: suspect).excluded, narrow.excluded, "narrowing twice changes nothing")
    }

    func testPairComparisonIsTheSameWhicheverWayTheFilterWasLookedUp() async throws {
        let reference = try await features(["a.py": SampleCode.auditLibrary])
        let suspect = try await features(["b.py": SampleCode.copiedLibrary + SampleCode.unrelated])
        let ref = BoilerplateFilter.hashes(of: reference.files.flatMap(\.units))
        let sus = BoilerplateFilter.hashes(of: suspect.files.flatMap(\.units))
        // Pretend a third of each side's hashes are common across an index.
        let common = Set(ref.evidence.union(sus.evidence).filter { $0 % 3 == 0 })
        let fromReference = BoilerplateFilter(excluded: common.intersection(ref.evidence), template: [], minShare: 0.25, minRepositories: 5, repositories: 10)
        let fromSuspect = BoilerplateFilter(excluded: common.intersection(sus.evidence), template: [], minShare: 0.25, minRepositories: 5, repositories: 10)
        let comparer = PairComparer(parameters: AnalysisParameters())
        func run(_ filter: BoilerplateFilter) throws -> PairComparison {
            let pair = filter.forPair(reference: reference, suspect: suspect)
            return try comparer.compare(reference: pair.apply(to: reference).0, suspect: pair.apply(to: suspect).0)
        }
        let a = try run(fromReference), b = try run(fromSuspect)
        XCTAssertEqual(a.verdict, b.verdict)
        XCTAssertEqual(a.score, b.score)
        XCTAssertEqual(a.containment, b.containment)
        XCTAssertGreaterThan(a.matches.count, 0)
    }

    func testRankingIsBestFirstAndDeterministic() async throws {
        let reference = try await features(["a.py": SampleCode.auditLibrary])
        let suspect = try await features(["b.py": SampleCode.copiedLibrary])
        let comparer = PairComparer(parameters: AnalysisParameters())
        let first = try comparer.compare(reference: reference, suspect: suspect)
        let second = try comparer.compare(reference: reference, suspect: suspect)
        XCTAssertEqual(first.matches.map(\.score.combined), first.matches.map(\.score.combined).sorted(by: >))
        XCTAssertEqual(first.matches.map(\.reference), second.matches.map(\.reference))
        XCTAssertEqual(first.relation.description, "same-language")
        XCTAssertEqual(first.verdict, .clone)
    }
}
