#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns SIGINT (Ctrl-C) into a byte on a pipe, so the shell can wait on it
/// next to the terminal (while reading a line) or beside a running query.
///
/// Signal dispositions belong to the whole process, hence one shared instance.
/// The handler only calls `write(2)`, which is async-signal-safe.
public enum InterruptSignal {
    nonisolated(unsafe) private static var readEnd: Int32 = -1
    nonisolated(unsafe) private static var writeEnd: Int32 = -1

    /// The descriptor that becomes readable after Ctrl-C; -1 before `install()`.
    public static var descriptor: Int32 { readEnd }

    /// Installs the handler once; later calls do nothing.
    public static func install() {
        guard readEnd < 0 else { return }
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        readEnd = fds[0]
        writeEnd = fds[1]
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { _ in
            var byte: UInt8 = 3
            _ = write(InterruptSignal.writeEnd, &byte, 1)
        }
        #else
        action.__sigaction_u.__sa_handler = { _ in
            var byte: UInt8 = 3
            _ = write(InterruptSignal.writeEnd, &byte, 1)
        }
        #endif
        sigemptyset(&action.sa_mask)
        // No SA_RESTART: a blocking read returns EINTR, so nothing waits past a Ctrl-C.
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// Empties the pipe; true when at least one Ctrl-C was pending.
    @discardableResult
    public static func consume() -> Bool {
        guard readEnd >= 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 64)
        var seen = false
        while read(readEnd, &buffer, buffer.count) > 0 { seen = true }
        return seen
    }
}
