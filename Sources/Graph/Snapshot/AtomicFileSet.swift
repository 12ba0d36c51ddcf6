import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes several files that belong together (the `nodes.csv` and
/// `relationships.csv` of one export) so that a reader finds the old set or
/// the whole new one, never a new file beside an old one.
///
/// Every file is first written whole into a hidden temporary folder inside
/// the target folder; only when all are written are they moved into place by
/// rename, which cannot fail for want of space. Should a rename still fail,
/// the files already moved are put back as they were.
public enum AtomicFileSet {
    /// Writes `files` (name inside `folder`, bytes) whole or not at all; creates `folder` if needed.
    public static func write(_ files: [(name: String, data: Data)], into folder: URL) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw AtomicFile.Failure(message: "cannot write into \(folder.path): it is a file, not a folder; give a folder")
        }
        let created = !FileManager.default.fileExists(atPath: folder.path)
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw AtomicFile.Failure(message: "cannot create the folder \(folder.path): \(reason(of: error)); choose another output path")
        }
        let staging = folder.appendingPathComponent(".write-\(UUID().uuidString).tmp")
        guard mkdir(staging.path, 0o755) == 0 else {
            throw AtomicFile.Failure(
                message: "cannot write into \(folder.path): \(String(cString: strerror(errno))); choose another output path")
        }
        defer { try? FileManager.default.removeItem(at: staging) }
        do {
            for file in files {
                try AtomicFile.writeNew(file.data, to: staging.appendingPathComponent(file.name), naming: folder.appendingPathComponent(file.name))
            }
        } catch {
            // A folder made for this write and left empty would look like an export that happened.
            try? FileManager.default.removeItem(at: staging)
            if created { try? FileManager.default.removeItem(at: folder) }
            throw error
        }
        // Old files step aside into the staging folder, so they can come back if a later move fails.
        var moved: [(name: String, hadOld: Bool)] = []
        for file in files {
            let target = folder.appendingPathComponent(file.name).path
            let old = staging.appendingPathComponent(".old-" + file.name).path
            let hadOld = FileManager.default.fileExists(atPath: target)
            if hadOld, rename(target, old) != 0 || rename(staging.appendingPathComponent(file.name).path, target) != 0 {
                let reason = String(cString: strerror(errno))
                restore(moved + [(file.name, hadOld)], in: folder, from: staging)
                throw AtomicFile.Failure(message: "cannot write \(target): \(reason); the old files are unchanged")
            }
            if !hadOld, rename(staging.appendingPathComponent(file.name).path, target) != 0 {
                let reason = String(cString: strerror(errno))
                restore(moved, in: folder, from: staging)
                throw AtomicFile.Failure(message: "cannot write \(target): \(reason); the old files are unchanged")
            }
            moved.append((file.name, hadOld))
        }
    }

    /// Puts the set back as it was before `write` began moving files.
    private static func restore(_ moved: [(name: String, hadOld: Bool)], in folder: URL, from staging: URL) {
        for (name, hadOld) in moved.reversed() {
            let target = folder.appendingPathComponent(name).path
            let old = staging.appendingPathComponent(".old-" + name).path
            if hadOld {
                if FileManager.default.fileExists(atPath: old) { rename(old, target) }
            } else {
                unlink(target)
            }
        }
    }

    private static func reason(of error: Error) -> String {
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return error.localizedDescription
    }
}
