import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Graph

/// A dataset folder: documents, an optional `manifest.yaml`, `build/` for the
/// snapshot, `diagrams/` for rendered output and `plugins/` for data-only packs.
public struct Dataset: Sendable {
    /// One document as the manifest lists it (or as found in a folder without one).
    public struct Entry: Sendable, Hashable, Decodable {
        public var file: String
        public var title: String?
        public var date: String?
        public var kind: String?
        public var origin: String?
    }

    public let root: URL
    public let name: String
    public let title: String?
    public let entries: [Entry]
    /// The manifest's `city`: the city every document of the dataset comes from.
    public var city: String? = nil
    /// Go on without what cannot be read (`--skip-unreadable`), listing it in
    /// `skipped`, instead of stopping: a build never shrinks the graph silently.
    public var skipUnreadable = false
    /// What was left out, one line each with the reason (only with `skipUnreadable`).
    public var skipped: [String] = []
    /// The file beside the snapshot that lists what the last build skipped, for `explorer check`.
    public var skippedURL: URL { root.appendingPathComponent("build/skipped.txt") }
    /// What replaying the corrections (`curation.cypher`, `curation/*.cypher`) found in the last
    /// build; nil when the dataset has none.
    public var curationReport: CurationReport? = nil
    /// The manifest's `imported`: where an imported graph came from (`explorer import`);
    /// nil for a dataset of documents.
    public var imported: String? = nil

    /// Where `explorer build` writes the binary snapshot.
    public var snapshotURL: URL { root.appendingPathComponent("build/graph.snapshot") }
    /// The JSON snapshot earlier versions wrote (and other tools can write): read when
    /// there is no binary snapshot.
    public var legacySnapshotURL: URL { root.appendingPathComponent("build/graph.json") }
    /// The snapshot `loadGraph` reads: the binary one, else a JSON one, else nil.
    public var existingSnapshotURL: URL? {
        [snapshotURL, legacySnapshotURL].first { FileManager.default.fileExists(atPath: $0.path) }
    }
    public var diagramsURL: URL { root.appendingPathComponent("diagrams") }
    public var pluginsURL: URL { root.appendingPathComponent("plugins") }

    /// Opens a dataset folder. With `manifest.yaml` the manifest lists the
    /// documents; without one every `.txt` file in the folder and in `documents/`
    /// is a document, in name order.
    public static func open(_ path: String, skipUnreadable: Bool = false) throws -> Dataset {
        let root = URL(fileURLWithPath: path).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
            if ContainedPath.linkTarget(root.path) != nil {
                throw DatasetError("dataset folder " + ContainedPath.unreachable(root.path, display: "'\(path)'", code: statError(root)))
            }
            throw DatasetError("dataset folder '\(path)' does not exist")
        }
        guard isDirectory.boolValue else {
            throw DatasetError("'\(path)' is a file; a dataset is a folder of documents (with an optional manifest.yaml)")
        }
        let manifestURL = root.appendingPathComponent("manifest.yaml")
        if FileManager.default.fileExists(atPath: manifestURL.path) {
            let text = try manifestText(manifestURL, display: (path as NSString).appendingPathComponent("manifest.yaml"))
            // Named as the user gave the folder, so the file:line:column can be pasted into an editor.
            let manifest = try DatasetManifest(text: text, file: (path as NSString).appendingPathComponent("manifest.yaml"))
            var dataset = Dataset(
                root: root, name: manifest.name ?? root.lastPathComponent, title: manifest.title,
                entries: manifest.documents)
            dataset.city = manifest.city
            dataset.skipUnreadable = skipUnreadable
            dataset.imported = manifest.imported
            return dataset
        }
        var files: [String] = []
        var skipped: [String] = []
        for folder in ["", "documents"] {
            let dir = folder.isEmpty ? root : root.appendingPathComponent(folder)
            var isFolder: ObjCBool = false
            // No documents/ folder is normal; one that exists but cannot be listed would silently lose its documents.
            guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isFolder) else {
                // Not there at all is normal; a link that leads nowhere is a folder lost.
                guard (try? FileManager.default.destinationOfSymbolicLink(atPath: dir.path)) != nil else { continue }
                let reason = "the folder \(folder)/ cannot be listed: \(ContainedPath.unreachable(dir.path, display: folder, code: Self.statError(dir)))"
                guard skipUnreadable else {
                    throw DatasetError("\(reason); its documents would be missing from the graph; fix it, or build without it with --skip-unreadable")
                }
                skipped.append(reason)
                continue
            }
            guard isFolder.boolValue else {
                if !folder.isEmpty { skipped.append("\(folder) is a file, not a folder of documents") }
                continue
            }
            let names: [String]
            do { names = try FileManager.default.contentsOfDirectory(atPath: dir.path) } catch {
                let reason = "the folder \(folder.isEmpty ? path : folder + "/") cannot be listed: \(Self.listingFailure(dir))"
                guard skipUnreadable else {
                    throw DatasetError(
                        "\(reason); its documents would be missing from the graph. Fix its permissions (chmod +rx), "
                            + "or build without it with --skip-unreadable")
                }
                skipped.append(reason)
                continue
            }
            files += names.filter { $0.lowercased().hasSuffix(".txt") }.sorted().map { folder.isEmpty ? $0 : "\(folder)/\($0)" }
        }
        guard !files.isEmpty else {
            throw DatasetError("'\(path)' has no manifest.yaml and no .txt documents (looked in the folder and in documents/)")
        }
        var dataset = Dataset(root: root, name: root.lastPathComponent, title: nil, entries: files.map { Entry(file: $0) })
        dataset.skipUnreadable = skipUnreadable
        dataset.skipped = skipped
        return dataset
    }

    /// The `errno` of `stat` on `url`, 0 when it succeeds.
    static func statError(_ url: URL) -> Int32 {
        var info = stat()
        return stat(url.path, &info) == 0 ? 0 : errno
    }

    /// Why a folder could not be listed, in the system's words.
    static func listingFailure(_ folder: URL) -> String {
        guard let handle = opendir(folder.path) else { return String(cString: strerror(errno)) }
        closedir(handle)
        return "unknown error"
    }

    /// The manifest's text. YAML is UTF-8; a manifest saved in another
    /// encoding (GB18030 from a Chinese editor) is refused with the first bad
    /// byte and the command that converts it, not "not in the correct format".
    static func manifestText(_ url: URL, display: String) throws -> String {
        let data = try DocumentReader.bytes(
            of: url, displayName: display, kind: "file",
            folderAdvice: "the manifest is a YAML file listing the documents; remove the folder or rename it")
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let bad = DocumentReader.firstInvalidUTF8(bytes) else { return String(decoding: bytes, as: UTF8.self) }
        let guess = (try? DocumentReader.decodeDetectingEncoding(data, file: display).encoding).map { "; it reads as \($0.rawValue)" } ?? ""
        throw DatasetError(
            "\(display) is not UTF-8 (byte 0x\(DocumentReader.hex(bytes[bad])) at offset \(bad)\(guess)); "
                + "YAML files must be UTF-8: convert it, e.g. iconv -f GB18030 -t UTF-8 manifest.yaml > m.yaml && mv m.yaml manifest.yaml")
    }

    /// The id a document gets in provenance: its file name without extension.
    public static func documentID(for file: String) -> String {
        let base = (file as NSString).lastPathComponent
        return (base as NSString).deletingPathExtension
    }
}
