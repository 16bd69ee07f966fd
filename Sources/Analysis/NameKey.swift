import Shingles

/// A function name as ports and rewrites keep it: lower-cased letters and digits only, so `_build_alphabet`,
/// `buildAlphabet` and `BuildAlphabet` are one name. Unit names and callee names are compared through it.
public enum NameKey {
    /// The normalised name.
    public static func normalized(_ name: String) -> String {
        // ASCII names (nearly all) without Unicode property look-ups: the same letters and digits, lower-cased.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        for b in name.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(b)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(b + 32)
            case 0x80...: return name.lowercased().filter { $0.isLetter || $0.isNumber }
            default: continue
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The hash of the normalised name, as `UnitFeatures.calls` stores callees.
    public static func hash(_ name: String) -> UInt64 {
        XXH3.hash64(normalized(name), seed: ChannelSeed.calls)
    }
}
