import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A path written in a data file (a manifest's `file:`, a pack's `lexicons:`)
/// resolved inside the folder it belongs to, after following every symbolic
/// link, so that `../../../../etc/os-release` or a link pointing out of the
/// dataset can never make the explorer read a file outside it.
///
/// The refusals say what the path really is: a link that leads nowhere, a
/// link loop, a part that is not a folder, or a place outside the folder.
enum ContainedPath {
    /// The real location of `relative` inside `folder`, or an error for the
    /// user naming the path as `display` and the folder as `folderName`
    /// ("the dataset folder", "the pack").
    static func resolve(_ relative: String, in folder: URL, display: String, folderName: String) throws -> URL {
        guard !relative.hasPrefix("/") else {
            throw DatasetError("\(display) is an absolute path; give a path inside \(folderName) (\(folder.path))")
        }
        let joined = folder.appendingPathComponent(relative).path
        guard let real = realPath(joined) else {
            throw DatasetError(unreachable(joined, display: display, code: errno))
        }
        let base = realPath(folder.path) ?? folder.standardizedFileURL.path
        guard real == base || real.hasPrefix(base.hasSuffix("/") ? base : base + "/") else {
            throw DatasetError(
                "\(display) leads to \(real), outside \(folderName) (\(base)); only files inside it are read: copy the file in")
        }
        return URL(fileURLWithPath: real)
    }

    /// `realpath(3)`: the absolute path with every link followed, or nil with `errno` set.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Why `path` cannot be reached, told apart by the system's error and the link itself.
    static func unreachable(_ path: String, display: String, code: Int32) -> String {
        switch code {
        case ELOOP:
            return "\(display) is a loop of symbolic links (following it comes back to it); replace the link with the file it should point to"
        case ENOENT:
            if let target = linkTarget(path) {
                return "\(display) is a symbolic link to \(target), which does not exist (a dangling link); point it at the document or remove it"
            }
            return "\(display) does not exist (looked for \(path)); fix its name or add the file"
        case ENOTDIR:
            return "\(display) cannot be reached: a part of the path \(path) is a file, not a folder; fix the path"
        case EACCES:
            return "\(display) cannot be reached: permission denied on a folder of \(path); let the user read it (chmod +rx)"
        default:
            return "\(display) cannot be reached (\(path)): \(String(cString: strerror(code)))"
        }
    }

    /// Where the link at `path` points, when `path` itself is a symbolic link.
    static func linkTarget(_ path: String) -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: path)
    }
}
