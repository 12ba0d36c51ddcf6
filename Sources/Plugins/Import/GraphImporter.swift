import Foundation
import Graph

/// Builds a graph from node and relationship CSV files, as `neo4j-admin database
/// import` or Kùzu's `COPY FROM` read them, so a graph made elsewhere can be explored.
///
/// - A **neo4j-admin** header names roles and types: `id:ID(Person)`, `name`,
///   `born:int`, `:LABEL`; `:START_ID(Person)`, `:END_ID(Party)`, `:TYPE`, `since:int`.
///   Columns without a type are strings; `:ID(group)` ids are looked up in their group.
/// - A **plain** header (Kùzu `COPY FROM`): in a node file the first column is the
///   primary key (and a property too); in a relationship file the first two columns
///   are the start and end ids. Column types are inferred: integers, then numbers,
///   else strings (a number with a leading zero, `007`, stays a string).
///
/// Ids are looked up in the id space of the file's label (or `:ID` group), or the
/// `FROM`/`TO` labels given for a relationship file. An empty field is an absent
/// property. Every problem names the file and line. O(rows).
public enum GraphImporter {
    /// A node file and the label its nodes get (besides any `:LABEL` column).
    public struct NodeFile {
        public var label: String
        public var url: URL
        public init(label: String, url: URL) {
            self.label = label
            self.url = url
        }
    }

    /// A relationship file, its type unless a `:TYPE` column gives it, and the id spaces
    /// (labels) its start and end ids are looked up in.
    public struct RelationshipFile {
        public var type: String?
        public var from: String?
        public var to: String?
        public var url: URL
        public init(type: String?, from: String?, to: String?, url: URL) {
            self.type = type
            self.from = from
            self.to = to
            self.url = url
        }
    }

    public static func graph(nodes: [NodeFile], relationships: [RelationshipFile]) throws -> PropertyGraph {
        var state = ImportState()
        for file in nodes { try state.importNodes(file) }
        for file in relationships { try state.importRelationships(file) }
        return state.graph
    }
}

/// The graph so far and the node ids by id space, while files are imported.
private struct ImportState {
    var graph = PropertyGraph()
    var idSpaces: [String: [String: NodeID]] = [:]

    mutating func importNodes(_ file: GraphImporter.NodeFile) throws {
        var (reader, columns) = try open(file.url)
        let plain = !columns.contains(where: \.isTyped)
        // A plain file's first column is the primary key and a property, typed like the others.
        var keyProperty: (String, CSVColumn.PropertyKind)?
        if plain {
            columns = try infer(columns, file.url)
            if case .property(let name, let kind?) = columns[0] { keyProperty = (name, kind) }
            columns[0] = .id(property: nil, space: nil)
        } else {
            columns = Self.stringsWhereUntyped(columns)
        }
        guard columns.filter({ if case .id = $0 { return true } else { return false } }).count <= 1 else {
            throw ImportError("\(reader.file):1: more than one :ID column")
        }
        while let fields = try reader.nextRow() {
            try check(fields, columns, reader)
            var labels = [file.label]
            var properties: [String: Value] = [:]
            var id: (String, String)?
            for (column, field) in zip(columns, fields) {
                switch column {
                case .id(let property, let space):
                    guard !field.isEmpty else { throw ImportError("\(reader.file):\(reader.line - 1): the id is empty") }
                    id = (space ?? (plain ? file.label : ""), field)
                    if let property { properties[property] = try value(field, .string, property, reader) }
                case .labels:
                    labels += field.split(separator: ";").map(String.init).filter { !$0.isEmpty && $0 != file.label }
                case .property(let name, let kind):
                    guard !field.isEmpty else { continue }
                    properties[name] = try value(field, kind ?? .string, name, reader)
                case .startID, .endID, .type, .ignore:
                    continue
                }
            }
            if let (name, kind) = keyProperty { properties[name] = try value(fields[0], kind, name, reader) }
            let node = try graph.addNode(labels: labels, properties: properties)
            if let (space, key) = id {
                guard idSpaces[space, default: [:]].updateValue(node, forKey: key) == nil else {
                    throw ImportError("\(reader.file):\(reader.line - 1): the id '\(key)' is already used in \(describe(space))")
                }
            }
        }
    }

    mutating func importRelationships(_ file: GraphImporter.RelationshipFile) throws {
        var (reader, columns) = try open(file.url)
        let plain = !columns.contains(where: \.isTyped)
        if plain {
            guard columns.count >= 2 else {
                throw ImportError("\(reader.file):1: a relationship file needs a start and an end column (from,to)")
            }
            columns[0] = .startID(space: nil)
            columns[1] = .endID(space: nil)
        }
        guard columns.contains(where: { if case .startID = $0 { true } else { false } }),
            columns.contains(where: { if case .endID = $0 { true } else { false } })
        else { throw ImportError("\(reader.file):1: a relationship file needs :START_ID and :END_ID columns") }
        columns = plain ? try infer(columns, file.url) : Self.stringsWhereUntyped(columns)
        while let fields = try reader.nextRow() {
            try check(fields, columns, reader)
            var start: NodeID?, end: NodeID?
            var type = file.type
            var properties: [String: Value] = [:]
            for (column, field) in zip(columns, fields) {
                switch column {
                case .startID(let space): start = try node(field, space: file.from ?? space, reader)
                case .endID(let space): end = try node(field, space: file.to ?? space, reader)
                case .type where !field.isEmpty: type = field
                case .property(let name, let kind) where !field.isEmpty:
                    properties[name] = try value(field, kind ?? .string, name, reader)
                default: continue
                }
            }
            guard let type, !type.isEmpty else {
                throw ImportError("\(reader.file):\(reader.line - 1): no relationship type; give TYPE=FILE or a :TYPE column")
            }
            try graph.addRelationship(type: type, from: start!, to: end!, properties: properties)
        }
    }

    // MARK: Helpers

    private func open(_ url: URL) throws -> (CSVReader, [CSVColumn]) {
        var reader = try CSVReader(url: url)
        guard let header = try reader.nextRow() else { throw ImportError("\(url.lastPathComponent) is empty: it needs a header row") }
        let columns = try header.enumerated().map { try CSVColumn(header: $0.element, position: $0.offset + 1, file: reader.file) }
        return (reader, columns)
    }

    /// Untyped columns of a typed header are strings, as neo4j-admin reads them.
    static func stringsWhereUntyped(_ columns: [CSVColumn]) -> [CSVColumn] {
        columns.map { if case .property(let name, nil) = $0 { return .property(name, kind: .string) } else { return $0 } }
    }

    /// A kind for every untyped property column, from a first pass over its values:
    /// integers, else numbers, else strings.
    private func infer(_ columns: [CSVColumn], _ url: URL) throws -> [CSVColumn] {
        var reader = try CSVReader(url: url)
        _ = try reader.nextRow()
        var canInt = Array(repeating: true, count: columns.count)
        var canFloat = canInt
        while let fields = try reader.nextRow() {
            try check(fields, columns, reader)
            for (i, field) in fields.enumerated() where !field.isEmpty && (canInt[i] || canFloat[i]) {
                if canInt[i] && !Self.isInteger(field) { canInt[i] = false }
                if canFloat[i] && !Self.isNumber(field) { canFloat[i] = false }
            }
        }
        return columns.enumerated().map { i, column in
            guard case .property(let name, nil) = column else { return column }
            return .property(name, kind: canInt[i] ? .int : canFloat[i] ? .float : .string)
        }
    }

    static func isInteger(_ s: String) -> Bool {
        let digits = s.hasPrefix("-") ? s.dropFirst() : Substring(s)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        return (digits.count == 1 || !digits.hasPrefix("0")) && Int(s) != nil
    }

    static func isNumber(_ s: String) -> Bool {
        // `007`, `-01.5`: a code, not a number.
        let unsigned = s.hasPrefix("-") || s.hasPrefix("+") ? s.dropFirst() : Substring(s)
        if unsigned.hasPrefix("0"), let second = unsigned.dropFirst().first, second.isNumber { return false }
        guard s.contains(where: { $0.isASCII && $0.isNumber }), s.allSatisfy({ $0.isASCII && "0123456789+-.eE".contains($0) }) else {
            return false
        }
        return Double(s).map(\.isFinite) ?? false
    }

    private func check(_ fields: [String], _ columns: [CSVColumn], _ reader: CSVReader) throws {
        guard fields.count == columns.count else {
            throw ImportError(
                "\(reader.file):\(reader.line - 1): \(fields.count) field\(fields.count == 1 ? "" : "s"), but the header has \(columns.count)")
        }
    }

    private func value(_ field: String, _ kind: CSVColumn.PropertyKind, _ name: String, _ reader: CSVReader) throws -> Value {
        func bad(_ what: String) -> ImportError {
            ImportError("\(reader.file):\(reader.line - 1): \(name) holds '\(field)', not \(what)")
        }
        switch kind {
        case .string: return .string(field)
        case .int:
            guard let i = Int(field) else { throw bad("an integer") }
            return .int(i)
        case .float:
            guard let d = Double(field), d.isFinite else { throw bad("a number") }
            return .float(d)
        case .bool:
            switch field.lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: throw bad("true or false")
            }
        case .list(let item):
            return .list(try field.split(separator: ";", omittingEmptySubsequences: false).map {
                try value(String($0), item, name, reader)
            })
        }
    }

    private func node(_ key: String, space: String?, _ reader: CSVReader) throws -> NodeID {
        if let space {
            guard let id = idSpaces[space]?[key] else {
                throw ImportError("\(reader.file):\(reader.line - 1): no node has the id '\(key)' in \(describe(space))")
            }
            return id
        }
        let found = idSpaces.filter { $0.value[key] != nil }
        guard found.count == 1, let id = found.first?.value[key] else {
            if found.isEmpty { throw ImportError("\(reader.file):\(reader.line - 1): no node has the id '\(key)'") }
            throw ImportError(
                "\(reader.file):\(reader.line - 1): the id '\(key)' is used in \(found.keys.sorted().map(describe).joined(separator: " and ")); "
                    + "say which with TYPE:FROM:TO=FILE or :START_ID(group) / :END_ID(group)")
        }
        return id
    }

    private func describe(_ space: String) -> String { space.isEmpty ? "the global id space" : "the id space \(space)" }
}
