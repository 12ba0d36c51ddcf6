import Foundation

/// Writing to standard error without `FileHandle.write(_: Data)`, which stops the
/// process when the write fails (a full disk, a closed pipe). Standard output goes
/// through `StandardOutput`, which remembers a failed write and ends the command with it.
enum StandardStreams {
    /// Writes `text` to standard error; when even that fails there is nowhere left to say so.
    static func error(_ text: String) {
        _ = write(text, to: STDERR_FILENO)
    }

    /// Nil when every byte was written, else the system's reason (`No space left on device`).
    private static func write(_ text: String, to descriptor: Int32) -> String? {
        var bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            written += count
        }
        return nil
    }
}
