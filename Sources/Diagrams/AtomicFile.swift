import Foundation

/// Writes a file so that readers see the old file or the whole new one, never
/// a half-written one: the bytes go to a hidden temporary file in the same
/// folder, which is then renamed over the target (rename is atomic on one file system).
enum AtomicFile {
    static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw DiagramError(
                .cannotWrite, "cannot write \(url.path): the folder \(folder.path) does not exist; create it first")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw DiagramError(
                .cannotWrite,
                "cannot write \(url.path): the folder \(folder.path) is not writable; choose another output path")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw DiagramError(.cannotWrite, "cannot write \(url.path): \(reason); choose another output path")
        }
    }
}
