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

    func features(_ source: String, _ language: String, _ path: String) throws -> FileFeatures {
        guard case .parsed(let file) = SourceParser().parse(bytes: Array(source.utf8), language: language, path: path) else {
            throw XCTSkip("\(language) grammar did not parse the fixture")
        }
        return try FeatureExtractor(parameters: AnalysisParameters()).extract(file, contentHash: 1)
    }

    func pair(_ a: String, _ b: String) -> UInt64 {
        Mixing.combine(XXH3.hash64(a, seed: ChannelSeed.comments), XXH3.hash64(b, seed: ChannelSeed.comments))
    }

    /// Comment and docstring words become pairs of consecutive words per unit, in Python's docstrings and Go's doc
    /// comments alike; the file's header (a licence notice before the first token) and digit-only words are not.
    func testCommentPairsOfDocstringsAndDocCommentsButNotTheHeader() throws {
        let python = try features("""
            # Copyright 2019 Jane Roe. Permission is hereby granted, free of charge.
            def encode_block(alphabet, number):
                \"\"\"Encode the number with the shuffled alphabet, most significant digit first.\"\"\"
                # keep the remainder for the next round (since 2019)
                return alphabet[number % len(alphabet)]
            """, "python", "a.py")
        let go = try features("""
            // Copyright 2019 Jane Roe. Permission is hereby granted, free of charge.
            package codec

            // EncodeBlock encodes the number with the shuffled alphabet, most significant digit first.
            func EncodeBlock(alphabet string, number int) byte {
                return alphabet[number%len(alphabet)]
            }
            """, "go", "a.go")
        let pyFunction = try XCTUnwrap(python.units.first { $0.kind == .function })
        let goFunction = try XCTUnwrap(go.units.first { $0.kind == .function })
        for bag in [pyFunction.comments, goFunction.comments] {
            XCTAssertTrue(bag.contains(pair("shuffled", "alphabet")), "docstring / doc comment pair missing")
            XCTAssertTrue(bag.contains(pair("significant", "digit")))
        }
        XCTAssertTrue(pyFunction.comments.contains(pair("next", "round")), "a comment inside the body belongs to the unit")
        XCTAssertFalse(pyFunction.comments.contains(pair("round", "since")) && pyFunction.comments.contains(pair("since", "2019")),
                       "digit-only words are dropped")
        let allUnits = python.units + go.units
        XCTAssertFalse(allUnits.contains { $0.comments.contains(pair("hereby", "granted")) }, "the licence header is no unit's comment")
        XCTAssertGreaterThan(Set(pyFunction.comments.sortedHashes).intersection(goFunction.comments.sortedHashes).count, 8)
    }

    /// A unit's callees are the names before each call's arguments, normalised: `self._shuffle(...)` calls
    /// `_shuffle`, which is the same name as Go's `shuffle`; receivers and arguments are not callees.
    func testCalleesAreTheNamesBeforeTheArguments() throws {
        let python = try features("""
            class Codec:
                def encode(self, numbers):
                    alphabet = self._shuffle(self.alphabet, self.salt)
                    return "".join([_to_base(n, alphabet) for n in numbers])
            """, "python", "c.py")
        let go = try features("""
            package codec

            func (c *Codec) Encode(numbers []int) string {
                alphabet := shuffle(c.alphabet, c.salt)
                return strings.Join(toBase(numbers, alphabet), "")
            }
            """, "go", "c.go")
        let pyEncode = try XCTUnwrap(python.units.first { $0.name == "encode" })
        let goEncode = try XCTUnwrap(go.units.first { $0.name == "Encode" })
        for name in ["_shuffle", "join", "_to_base"] { XCTAssertTrue(pyEncode.calls.contains(NameKey.hash(name)), name) }
        for name in ["shuffle", "Join", "toBase"] { XCTAssertTrue(goEncode.calls.contains(NameKey.hash(name)), name) }
        XCTAssertEqual(NameKey.hash("_to_base"), NameKey.hash("toBase"))
        // A call on a constructed receiver is named after its method, and the constructor call is a call of its own.
        let java = try features("""
            class Codec {
                String encode(int[] numbers) {
                    return new StringBuilder(numbers.length).append(shuffle(alphabet, salt)).toString();
                }
            }
            """, "java", "Codec.java")
        let javaEncode = try XCTUnwrap(java.units.first { $0.name == "encode" })
        for name in ["append", "shuffle", "toString", "StringBuilder"] { XCTAssertTrue(javaEncode.calls.contains(NameKey.hash(name)), name) }
        XCTAssertEqual(javaEncode.calls.count, 4, "one callee per call, receivers and arguments are not callees")
        for name in ["self", "alphabet", "numbers", "salt", "strings", "c"] {
            XCTAssertFalse(pyEncode.calls.contains(NameKey.hash(name)) || goEncode.calls.contains(NameKey.hash(name)), name)
        }
    }
}
