import XCTest
@testable import Analysis
import FrontEnd
import Shingles

final class FeatureExtractorTests: XCTestCase {
    /// The stopword test runs on word hashes (a bit mask, then a search): every stopword and nothing else.
    func testStopwordsAreRecognisedByHash() {
        for word in FeatureExtractor.stopwords {
            XCTAssertTrue(FeatureExtractor.isStopword(XXH3.hash64(word, seed: ChannelSeed.words)), word)
        }
        for word in ["parser", "token", "selfie", "values", "getter", "thing", "tokens", "resolve", "an"] {
            XCTAssertFalse(FeatureExtractor.isStopword(XXH3.hash64(word, seed: ChannelSeed.words)), word)
        }
    }

    /// A real Python function through the real grammar: its word channel holds its sub-words without the
    /// stopwords, and its bags are what the extractor's parts give (sorted, distinct, counted).
    func testWordChannelDropsStopwordsOfARealFunction() throws {
        let source = """
        def resolve_token_value(self, token_table, key):
            result = token_table.lookup(key)
            if result is None:
                raise KeyError(key)
            return result.value
        """
        let parser = SourceParser()
        guard case .parsed(let file) = parser.parse(bytes: Array(source.utf8), language: "python", path: "t.py") else {
            return XCTFail("python grammar did not parse the fixture")
        }
        let features = try FeatureExtractor(parameters: AnalysisParameters()).extract(file, contentHash: 1)
        let function = try XCTUnwrap(features.units.first { $0.kind == .function })
        let words = Set(function.subwords.sortedHashes)
        for word in ["resolve", "token", "table", "lookup"] {
            XCTAssertTrue(words.contains(XXH3.hash64(word, seed: ChannelSeed.words)), "sub-word \(word) missing")
        }
        for word in ["self", "value", "result", "key"] {
            XCTAssertFalse(words.contains(XXH3.hash64(word, seed: ChannelSeed.words)), "stopword \(word) kept")
        }
        XCTAssertEqual(function.structure.sortedHashes, function.structure.sortedHashes.sorted())
        XCTAssertEqual(Set(function.structure.sortedHashes).count, function.structure.distinctCount)
        XCTAssertFalse(function.fingerprints.isEmpty)
        XCTAssertFalse(function.structureSignature.isEmpty)
    }
}
