import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers see the old file or the whole new one, never
/// a half-written one: the bytes go to a hidden temporary file in the same
/// folder, which is then renamed over the target (rename is atomic on one file
/// system). Snapshots, diagrams and exports are all written this way, and a
/// failure says which folder is wrong and what to do.
public enum AtomicFile {
    /// Why a file could not be written, worded for the user.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// Writes `data` to `url` whole or not at all.
    public static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw Failure(message: "cannot write \(url.path): the folder \(folder.path) does not exist; create it first")
        }
        var targetIsFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &targetIsFolder), targetIsFolder.boolValue {
            throw Failure(message: "cannot write \(url.path): it is a folder; give a file name inside it")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        try writeNew(data, to: temporary, naming: url)
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw Failure(message: "cannot write \(url.path): \(reason); choose another output path")
        }
    }

    /// Writes `data` into the new file `temporary` with the system's calls, so
    /// that a failure says the system's reason (No space left on device,
    /// Read-only file system) about `target`; a half-written file is removed.
    static func writeNew(_ data: Data, to temporary: URL, naming target: URL) throws {
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            let code = errno
            let reason = String(cString: strerror(code))
            let advice = code == EACCES || code == EROFS ? "the folder \(temporary.deletingLastPathComponent().path) is not writable" : "nothing was written"
            throw Failure(message: "cannot write \(target.path): \(reason) (\(advice)); choose another output path")
        }
        var failure: Int32?
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let count = systemWrite(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += count
            }
        }
        // A full disk can show only when the data reaches it.
        if failure == nil, fsync(descriptor) != 0, errno != EINVAL { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure {
            unlink(temporary.path)
            let reason = String(cString: strerror(failure))
            throw Failure(
                message: "cannot write \(target.path): \(reason); \(FileManager.default.fileExists(atPath: target.path) ? "the old file is unchanged" : "nothing was written"); "
                    + (failure == ENOSPC || failure == EDQUOT ? "free some space or choose another output path" : "choose another output path"))
        }
    }
}

/// `write(2)`, named apart from `AtomicFile.write`.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
