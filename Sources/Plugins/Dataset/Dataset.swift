import Foundation
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
    public static func open(_ path: String) throws -> Dataset {
        let root = URL(fileURLWithPath: path).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
            throw DatasetError("dataset folder '\(path)' does not exist")
        }
        guard isDirectory.boolValue else {
            throw DatasetError("'\(path)' is a file; a dataset is a folder of documents (with an optional manifest.yaml)")
        }
        let manifestURL = root.appendingPathComponent("manifest.yaml")
        if FileManager.default.fileExists(atPath: manifestURL.path) {
            let text: String
            do { text = try String(contentsOf: manifestURL, encoding: .utf8) } catch {
                throw DatasetError("cannot read \(manifestURL.path): \(error.localizedDescription)")
            }
            // Named as the user gave the folder, so the file:line:column can be pasted into an editor.
            let manifest = try DatasetManifest(text: text, file: (path as NSString).appendingPathComponent("manifest.yaml"))
            var dataset = Dataset(
                root: root, name: manifest.name ?? root.lastPathComponent, title: manifest.title,
                entries: manifest.documents)
            dataset.city = manifest.city
            dataset.imported = manifest.imported
            return dataset
        }
        var files: [String] = []
        for folder in ["", "documents"] {
            let dir = folder.isEmpty ? root : root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            files += names.filter { $0.lowercased().hasSuffix(".txt") }.sorted().map { folder.isEmpty ? $0 : "\(folder)/\($0)" }
        }
        guard !files.isEmpty else {
            throw DatasetError("'\(path)' has no manifest.yaml and no .txt documents (looked in the folder and in documents/)")
        }
        return Dataset(root: root, name: root.lastPathComponent, title: nil, entries: files.map { Entry(file: $0) })
    }

    /// The id a document gets in provenance: its file name without extension.
    public static func documentID(for file: String) -> String {
        let base = (file as NSString).lastPathComponent
        return (base as NSString).deletingPathExtension
    }
}
