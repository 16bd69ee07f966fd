import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file's modification time, read and set to the nanosecond: the index trusts a file whose size and mtime are
/// unchanged, and tests show it by swapping a file's content under an unchanged stamp.
public enum FileTimes {
    /// The modification time of `path`.
    public static func modification(_ path: String) throws -> timespec {
        var st = stat()
        guard stat(path, &st) == 0 else { throw CocoaError(.fileReadUnknown) }
        return st.st_mtim
    }

    /// Sets the access and modification times of `path` to `time`.
    public static func setModification(_ path: String, _ time: timespec) throws {
        var times = [timespec(tv_sec: time.tv_sec, tv_nsec: time.tv_nsec), time]
        guard utimensat(AT_FDCWD, path, &times, 0) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}
