/// What a job can refuse or fail with, each a single line that names the file or argument and what to do.
/// Commands map `usage` to exit code 2 and `runtime` to exit code 3.
public enum JobError: Error, CustomStringConvertible, Sendable {
    /// The user asked for something that cannot work as given (a path without source files, say).
    case usage(String)
    /// The job could not finish (an unreadable index, a write that failed).
    case runtime(String)

    public var description: String {
        switch self {
        case .usage(let m), .runtime(let m): return m
        }
    }
}
