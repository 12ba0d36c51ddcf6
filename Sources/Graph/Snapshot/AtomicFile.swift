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
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw Failure(
                message: "cannot write \(url.path): the folder \(folder.path) is not writable; choose another output path")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw Failure(message: "cannot write \(url.path): \(reason); choose another output path")
        }
    }
}
