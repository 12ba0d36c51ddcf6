import Yams

/// A dataset's `manifest.yaml`, read with the line and column of every problem:
///
/// ```yaml
/// name: wuhan-cppcc             # optional; the folder's name by default
/// title: 武汉市政协 2024–2026    # optional
/// city: 武汉                    # optional; every document's city (市政协 = 武汉市政协)
/// imported: CSV files (explorer import)  # only in an imported dataset: no documents, the
///                               # graph is build/graph.snapshot as `explorer import` wrote it
/// documents:                    # required (unless imported), in reading order
///   - file: documents/2025-05-05-work-plan.txt
///     title: …                  # optional; else the first line of the text
///     date: 2025-05-05          # optional, YYYY-MM-DD; else from the file name or the text
///     kind: work-plan           # optional, free text
///     origin: …                 # optional, free text
///   - documents/another.txt     # a bare file name is a document with no metadata
/// ```
///
/// A key one or two letters away from a known one (`titel`) is refused with the
/// key it resembles, since a silently ignored typo loses a title or a date.
/// Other keys (`url`, `notes`) are the author's own and are left alone.
struct DatasetManifest {
    var name: String?
    var title: String?
    var city: String?
    var documents: [Dataset.Entry]
    /// Where an imported graph came from; nil for a dataset of documents.
    var imported: String?

    static let manifestKeys = ["name", "title", "city", "documents", "imported"]
    static let entryKeys = ["file", "title", "date", "kind", "origin"]

    /// Parses the manifest `text`; `file` is how messages name it.
    init(text: String, file: String) throws {
        let yaml: PackYAML
        do { yaml = try PackYAML.parse(text, file: file) } catch let problem as PackProblem {
            throw DatasetError(problem.description)
        }
        do {
            let fields = try Self.fields(of: yaml, "the manifest", known: Self.manifestKeys)
            name = try fields["name"].map { try $0.nonEmptyString("the dataset name") }
            title = try fields["title"].map { try $0.string("the dataset title") }
            city = try fields["city"].map { try $0.string("the city") }
            imported = try fields["imported"].map { try $0.string("where the graph was imported from") }
            if imported != nil, fields["documents"] == nil || fields["documents"]?.isNull == true {
                documents = []
                return
            }
            guard let list = fields["documents"], !list.isNull else {
                throw yaml.problem("the manifest needs 'documents', a list of the document files (- file: documents/a.txt)")
            }
            if case .scalar = list.node {
                // `documents: 5` read as one file named 5 would end in "5 does not exist".
                let value = (try? list.string("documents")) ?? ""
                throw list.problem(
                    "'documents' must be a list of the document files, one '- ' line each, not the single value '\(value)'; write it as:\n  documents:\n    - file: documents/a.txt")
            }
            documents = try list.sequence("documents").map(Self.entry)
            guard !documents.isEmpty else {
                throw list.problem("'documents' lists no document; add one entry per file (- file: documents/a.txt)")
            }
        } catch let problem as PackProblem {
            throw DatasetError(problem.description)
        }
    }

    /// One entry of `documents`: a mapping with `file`, or a bare file name.
    static func entry(_ node: PackYAML) throws -> Dataset.Entry {
        if case .scalar = node.node {
            return Dataset.Entry(file: try node.nonEmptyString("a document's file"))
        }
        let fields = try Self.fields(of: node, "a document entry", known: entryKeys)
        guard let file = fields["file"], !file.isNull else {
            throw node.problem("a document entry needs 'file', the document's path inside the dataset folder")
        }
        var entry = Dataset.Entry(file: try file.nonEmptyString("a document's file"))
        entry.title = try fields["title"].map { try $0.string("the title") }
        entry.kind = try fields["kind"].map { try $0.string("the kind") }
        entry.origin = try fields["origin"].map { try $0.string("the origin") }
        if let dateNode = fields["date"] {
            let date = try dateNode.string("the date")
            guard let iso = DocumentMetadata.isoDate(at: Substring(date)), date.count == 10 else {
                throw dateNode.problem("date '\(date)' is not a date written YYYY-MM-DD, e.g. 2025-05-05")
            }
            entry.date = iso
        }
        return entry
    }

    /// The values of the `known` keys of a mapping; a key that looks like a
    /// misspelled known key is an error, any other key is ignored.
    static func fields(of node: PackYAML, _ what: String, known: [String]) throws -> [String: PackYAML] {
        guard case .mapping(let mapping) = node.node else {
            throw node.problem("\(what) must be a mapping of \(known.joined(separator: ", ")), not a \(node.kindName)")
        }
        var values: [String: PackYAML] = [:]
        for (key, value) in mapping {
            let keyNode = PackYAML(node: key, file: node.file)
            let name = try keyNode.string("a key of \(what)")
            if known.contains(name) {
                guard values[name] == nil else { throw keyNode.problem("key '\(name)' appears twice in \(what)") }
                values[name] = PackYAML(node: value, file: node.file)
            } else if let near = PackYAML.closest(to: name, in: known) ?? swapped(name, in: known) {
                throw keyNode.problem("unknown key '\(name)' in \(what); did you mean '\(near)'?")
            }
        }
        return values
    }

    /// The known key that `word` spells with two neighbouring letters swapped
    /// (`titel`), the commonest typo, which an edit distance counts as two.
    static func swapped(_ word: String, in known: [String]) -> String? {
        let letters = Array(word)
        guard letters.count >= 2 else { return nil }
        for i in 0..<(letters.count - 1) where letters[i] != letters[i + 1] {
            var candidate = letters
            candidate.swapAt(i, i + 1)
            if let match = known.first(where: { $0 == String(candidate) }) { return match }
        }
        return nil
    }
}
