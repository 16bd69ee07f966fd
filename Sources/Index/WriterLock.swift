#if canImport(Glibc)
import Glibc
#endif

/// One writer per index: an exclusive `flock` on `DB.lock`, held for this object's lifetime and released by the
/// kernel even when the process is killed.
final class WriterLock {
    private let fd: Int32

    /// Takes the lock of the index at `databasePath`.
    /// - Parameter wait: wait for another writer to release it instead of failing with `IndexError.locked`.
    init(databasePath path: String, wait: Bool) throws {
        let fd = open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw IndexError.readOnly(path: path) }
        if flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            close(fd)
            throw IndexError.locked(path: path)
        }
        self.fd = fd
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
