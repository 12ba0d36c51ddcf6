import Exports
import Graph
import RedisClient

/// Reads FalkorDB's compact result set (`GRAPH.QUERY g q --compact`) into the
/// explorer's own `QueryResult`, so the tables, CSV and JSON look as they do
/// for the embedded engine.
///
/// The reply is `[header, rows, statistics]` (only `[statistics]` for a query
/// that returns nothing). Each header entry is `[column type, name]`; each cell
/// is `[value type, value]` with the types 1 null, 2 string, 3 integer,
/// 4 boolean ("true"/"false"), 5 double (as text), 6 array, 7 edge
/// `[id, type id, source id, destination id, properties]`, 8 node
/// `[id, [label ids], properties]`, 9 path `[nodes array, edges array]`,
/// 10 map `[key, value, key, value …]`; properties are `[key id, value type, value]`.
/// Labels, types and keys come as ids into the lists of `db.labels()`,
/// `db.relationshipTypes()` and `db.propertyKeys()` (`FalkorSchema`).
///
/// Nodes and relationships are copied into `graph`, a small graph of just the
/// elements the result names, with the bookkeeping properties of the exports
/// (`explorer_id`, `merge_key`, `source_*`) turned back into merge keys and sources.
struct FalkorResultDecoder {
    let schema: FalkorSchema
    /// The elements the rows refer to, and those of earlier answers decoded into the same copy.
    var elements: FalkorElements
    var graph: PropertyGraph { elements.graph }
    var missingNodes: Set<Int> { elements.missingNodes }

    init(schema: FalkorSchema, into elements: FalkorElements = FalkorElements()) {
        self.schema = schema
        self.elements = elements
    }

    /// The change counts of the statistics lines ("Nodes created: 2" …).
    static func statistics(_ lines: [RESPValue]) -> QueryStatistics {
        var statistics = QueryStatistics()
        for line in lines {
            guard let text = line.text, let colon = text.firstIndex(of: ":") else { continue }
            let name = text[..<colon]
            guard let count = Int(text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)) else { continue }
            switch name {
            case "Nodes created": statistics.nodesCreated = count
            case "Nodes deleted": statistics.nodesDeleted = count
            case "Relationships created": statistics.relationshipsCreated = count
            case "Relationships deleted": statistics.relationshipsDeleted = count
            case "Properties set": statistics.propertiesSet = count
            case "Labels added": statistics.labelsAdded = count
            case "Labels removed": statistics.labelsRemoved = count
            default: break
            }
        }
        return statistics
    }

    /// The columns and rows of a whole reply.
    mutating func result(_ reply: RESPValue) throws -> QueryResult {
        if case .error(let message) = reply { throw FalkorError.query(message) }
        guard let parts = reply.items else { throw FalkorError.unexpectedReply("the reply is not an array") }
        if let last = parts.last, case .error(let message) = last { throw FalkorError.query(message) }
        switch parts.count {
        case 1: return QueryResult(statistics: Self.statistics(parts[0].items ?? []))
        case 3:
            guard let header = parts[0].items, let rows = parts[1].items else {
                throw FalkorError.unexpectedReply("the header or the rows are not arrays")
            }
            let columns = try header.map { entry -> String in
                guard let pair = entry.items, pair.count == 2, let name = pair[1].text else {
                    throw FalkorError.unexpectedReply("a header entry is not [type, name]")
                }
                return name
            }
            var values: [[Value]] = []
            values.reserveCapacity(rows.count)
            for row in rows {
                guard let cells = row.items, cells.count == columns.count else {
                    throw FalkorError.unexpectedReply("a row has not one value per column")
                }
                values.append(try cells.map { try value($0) })
            }
            return QueryResult(columns: columns, rows: values, statistics: Self.statistics(parts[2].items ?? []))
        default:
            throw FalkorError.unexpectedReply("the reply has \(parts.count) parts, not 1 or 3")
        }
    }

    /// One `[type, value]` cell.
    mutating func value(_ cell: RESPValue) throws -> Value {
        guard let pair = cell.items, pair.count == 2, let type = pair[0].integer else {
            throw FalkorError.unexpectedReply("a value is not [type, value]")
        }
        return try value(type: type, pair[1])
    }

    mutating func value(type: Int, _ raw: RESPValue) throws -> Value {
        switch type {
        case 1: return .null
        case 2: return .string(raw.text ?? "")
        case 3:
            guard let i = raw.integer else { throw FalkorError.unexpectedReply("an integer value is not an integer") }
            return .int(i)
        case 4: return .bool(raw.text == "true")
        case 5:
            guard let text = raw.text, let d = Double(text) ?? Self.special(text) else {
                throw FalkorError.unexpectedReply("a double value '\(raw.text ?? "")' is not a number")
            }
            return .float(d)
        case 6: return .list(try (raw.items ?? []).map { try value($0) })
        case 7: return .relationship(try edge(raw))
        case 8: return .node(try node(raw))
        case 9:
            guard let parts = raw.items, parts.count == 2 else { throw FalkorError.unexpectedReply("a path is not [nodes, edges]") }
            guard case .list(let nodes) = try value(parts[0]), case .list(let edges) = try value(parts[1]) else {
                throw FalkorError.unexpectedReply("a path's nodes or edges are not arrays")
            }
            let nodeIDs = nodes.compactMap { if case .node(let id) = $0 { return id } else { return nil } }
            let edgeIDs = edges.compactMap { if case .relationship(let id) = $0 { return id } else { return nil } }
            return .path(Path(nodes: nodeIDs, relationships: edgeIDs))
        case 10:
            let items = raw.items ?? []
            var map: [String: Value] = [:]
            var i = 0
            while i + 1 < items.count {
                map[items[i].text ?? ""] = try value(items[i + 1])
                i += 2
            }
            return .map(map)
        case 11:
            // A point: [latitude, longitude] as doubles; shown as a map, as openCypher prints points.
            let items = raw.items ?? []
            let coordinates = items.compactMap { $0.text.flatMap(Double.init) }
            return coordinates.count == 2 ? .map(["latitude": .float(coordinates[0]), "longitude": .float(coordinates[1])]) : .null
        default:
            // Vectors, dates and other server types: shown as the server's text when it gives one.
            return raw.text.map(Value.string) ?? .null
        }
    }

    static func special(_ text: String) -> Double? {
        switch text.lowercased() {
        case "inf", "+inf", "infinity": return .infinity
        case "-inf", "-infinity": return -.infinity
        case "nan", "-nan": return .nan
        default: return nil
        }
    }

    mutating func properties(_ raw: RESPValue) throws -> [String: Value] {
        var result: [String: Value] = [:]
        for entry in raw.items ?? [] {
            guard let triple = entry.items, triple.count == 3, let keyID = triple[0].integer, let type = triple[1].integer else {
                throw FalkorError.unexpectedReply("a property is not [key id, type, value]")
            }
            result[try schema.key(keyID)] = try value(type: type, triple[2])
        }
        return result
    }

    mutating func node(_ raw: RESPValue) throws -> NodeID {
        guard let parts = raw.items, parts.count == 3, let serverID = parts[0].integer else {
            throw FalkorError.unexpectedReply("a node is not [id, labels, properties]")
        }
        let labels = try (parts[1].items ?? []).map { try schema.label($0.integer ?? -1) }
        if let known = elements.nodesByServerID[serverID] {
            if elements.missingNodes.remove(serverID) != nil { try fill(known, labels: labels, properties: properties(parts[2])) }
            return known
        }
        let id = try addNode(labels: labels, properties: properties(parts[2]))
        elements.nodesByServerID[serverID] = id
        return id
    }

    /// Adds a node, its bookkeeping properties turned back into its merge key and sources.
    mutating func addNode(labels: [String], properties stored: [String: Value]) throws -> NodeID {
        var properties = stored
        let sources = BookkeepingProperties.sources(from: properties) ?? []
        for name in BookkeepingProperties.all { properties[name] = nil }
        guard case .string(let key)? = stored[BookkeepingProperties.mergeKey], elements.graph.node(forKey: key) == nil else {
            return try elements.graph.addNode(labels: labels, properties: properties, sources: sources)
        }
        let id = try elements.graph.mergeNode(key: key, labels: labels, properties: properties)
        for source in sources { elements.graph.addSource(source, to: id) }
        return id
    }

    /// Gives a stand-in node the labels, properties and sources the server has for it.
    mutating func fill(_ id: NodeID, labels: [String], properties stored: [String: Value]) throws {
        for label in labels { elements.graph.addLabel(label, to: id) }
        for source in BookkeepingProperties.sources(from: stored) ?? [] { elements.graph.addSource(source, to: id) }
        for (name, value) in stored where !BookkeepingProperties.all.contains(name) {
            try elements.graph.setProperty(name, to: value, on: id)
        }
    }

    mutating func edge(_ raw: RESPValue) throws -> RelationshipID {
        guard let parts = raw.items, parts.count == 5, let serverID = parts[0].integer, let typeID = parts[1].integer,
            let start = parts[2].integer, let end = parts[3].integer
        else { throw FalkorError.unexpectedReply("an edge is not [id, type, source, destination, properties]") }
        if let known = elements.relationshipsByServerID[serverID] { return known }
        let type = try schema.type(typeID)
        var properties = try self.properties(parts[4])
        let sources = BookkeepingProperties.sources(from: properties) ?? []
        for name in BookkeepingProperties.all { properties[name] = nil }
        // The ends may come later in the row, or not at all: placeholders now, filled by `FalkorGraph`.
        let startID = placeholder(start)
        let endID = placeholder(end)
        let id = try elements.graph.addRelationship(type: type, from: startID, to: endID, properties: properties, sources: sources)
        elements.relationshipsByServerID[serverID] = id
        return id
    }

    /// The local node for a server node id; an empty stand-in when the result has not carried it (yet).
    mutating func placeholder(_ serverID: Int) -> NodeID {
        if let known = elements.nodesByServerID[serverID] { return known }
        elements.missingNodes.insert(serverID)
        let id = (try? elements.graph.addNode(labels: [])) ?? NodeID(0)
        elements.nodesByServerID[serverID] = id
        return id
    }
}
