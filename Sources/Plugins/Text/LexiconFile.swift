import Foundation
import Yams

/// Reads a lexicon from its YAML data file:
///
/// ```yaml
/// id: agencies
/// label: Agency            # the node label of every entry (an entry may override it)
/// entries:
///   - name: 市发展和改革委员会
///     aliases: [市发展改革委, 市发改委]   # other names of the same thing; found in text too
///     triggers: []                     # words that mean the entry without naming it
///     kind: 政府组成部门                 # any other scalar becomes a node property
///   - name: 九三学社
///     bound-aliases: [九三]             # names found only where one of `bound-before`
///     bound-before: [中央, 委员会, 省委]  # follows, right after or past a place's few characters
/// ```
///
/// Aliases become the node's `aliases`; triggers only cause a match (人工智能 ←
/// 大模型). Both are kept in `Lexicon.Entry.triggers`, and the aliases also in
/// the `aliases` property joined by `|`.
public enum LexiconFile {
    /// Parses lexicon YAML; `file` names the source in error messages.
    public static func parse(_ text: String, file: String) throws -> Lexicon {
        if let violation = YAMLLimits.checkText(text) {
            throw LexiconError("\(file):\(violation.line):\(violation.column): \(violation.message)")
        }
        let root: Yams.Node?
        do { root = try Yams.compose(yaml: text) } catch {
            throw LexiconError("\(file) is not valid YAML: \(error)")
        }
        if let root, let violation = YAMLLimits.checkTree(root) {
            throw LexiconError("\(file):\(violation.line):\(violation.column): \(violation.message)")
        }
        guard let root, let map = root.mapping else {
            throw LexiconError("\(file): a lexicon is a mapping with `id`, `label` and `entries`")
        }
        guard let id = value(map, "id")?.string, !id.isEmpty else {
            throw LexiconError("\(file): missing `id` (the lexicon's unique name)")
        }
        let defaultLabel = value(map, "label")?.string
        guard let list = value(map, "entries")?.sequence else {
            throw LexiconError("\(file): missing `entries` (a list of entries with `name`)")
        }
        var entries: [Lexicon.Entry] = []
        for (index, item) in list.enumerated() {
            guard let entry = item.mapping, let name = value(entry, "name")?.string, !name.isEmpty else {
                throw LexiconError("\(file): entry \(index + 1) has no `name`")
            }
            guard let label = value(entry, "label")?.string ?? defaultLabel else {
                throw LexiconError("\(file): entry '\(name)' has no `label` and the lexicon sets none")
            }
            let aliases = strings(value(entry, "aliases"))
            let triggers = strings(value(entry, "triggers"))
            var properties: [String: String] = [:]
            for (key, value) in entry {
                guard let key = key.string, !["name", "label", "aliases", "triggers"].contains(key) else { continue }
                if let scalar = value.string { properties[key] = scalar }
                // Bound aliases and the words they stand before: lists, joined as `aliases` are (read by `LexiconIndex`).
                if Self.boundKeys.contains(key), value.sequence != nil { properties[key] = strings(value).joined(separator: "|") }
            }
            if (properties["bound-aliases"] == nil) != (properties["bound-before"] == nil) {
                throw LexiconError("\(file): entry '\(name)' needs both `bound-aliases` and `bound-before` (the words they stand before)")
            }
            if !aliases.isEmpty { properties["aliases"] = aliases.joined(separator: "|") }
            var all: [String] = [name]
            for t in aliases + triggers where !all.contains(t) { all.append(t) }
            entries.append(Lexicon.Entry(name: name, label: label, triggers: all, properties: properties))
        }
        return Lexicon(id: id, entries: entries)
    }

    /// Keys whose lists become `|`-joined properties.
    static let boundKeys: Set<String> = ["bound-aliases", "bound-before"]

    /// Reads and parses one lexicon file.
    public static func load(_ url: URL) throws -> Lexicon {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw LexiconError("cannot read lexicon \(url.path): \(error.localizedDescription)")
        }
        return try parse(text, file: url.lastPathComponent)
    }

    /// `map[key]` for a key of plain words (`name`, `entries`), without Yams's own lookup: that one
    /// compares keys by text and resolved tag, and resolves the tags of both (a run of regular
    /// expressions each) on every lookup, which cost a hundredth of a whole build's instructions on
    /// loading the lexicons. A key of plain words resolves to `str`, so the pair that matches is the
    /// one whose key has the same text and a tag that is none, `!` or `str`; the last such pair, as
    /// in Yams (`pairs.reversed().first`). `Tag.description` is the tag's name, read unresolved.
    static func value(_ map: Yams.Node.Mapping, _ key: String) -> Yams.Node? {
        var last: Yams.Node?
        for (k, v) in map {
            guard case let .scalar(scalar) = k, scalar.string == key else { continue }
            let tag = scalar.tag.description
            if tag.isEmpty || tag == "!" || tag == Yams.Tag.Name.str.rawValue { last = v }
        }
        return last
    }

    private static func strings(_ node: Yams.Node?) -> [String] {
        guard let node else { return [] }
        if let s = node.string { return [s] }
        return (node.sequence ?? []).compactMap(\.string)
    }
}

/// A lexicon file that cannot be used, with the file and what to fix.
public struct LexiconError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
