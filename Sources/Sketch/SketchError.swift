/// Everything the sketch stage can refuse, each with a message that says what to fix.
public enum SketchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Two sketches built with different parameters were compared; the message names every difference.
    case parameterMismatch(String)
    /// Bytes that are not a valid encoded sketch (truncated, corrupted, wrong magic or unknown version).
    case invalidEncoding(String)
    /// Parameters that cannot describe a sketch (e.g. zero permutations, more LSH rows than permutations).
    case invalidParameters(String)

    /// A human-readable explanation.
    public var description: String {
        switch self {
        case .parameterMismatch(let message): "MinHash parameter mismatch: \(message)"
        case .invalidEncoding(let message): "invalid MinHash encoding: \(message)"
        case .invalidParameters(let message): "invalid sketch parameters: \(message)"
        }
    }
}
