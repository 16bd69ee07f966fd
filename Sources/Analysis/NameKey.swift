import Shingles

/// A function name as ports and rewrites keep it: lower-cased letters and digits only, so `_build_alphabet`,
/// `buildAlphabet` and `BuildAlphabet` are one name. Unit names and callee names are compared through it.
public enum NameKey {
    /// The normalised name.
    public static func normalized(_ name: String) -> String {
        name.lowercased().filter { $0.isLetter || $0.isNumber }
    }

    /// The hash of the normalised name, as `UnitFeatures.calls` stores callees.
    public static func hash(_ name: String) -> UInt64 {
        XXH3.hash64(normalized(name), seed: ChannelSeed.calls)
    }
}
