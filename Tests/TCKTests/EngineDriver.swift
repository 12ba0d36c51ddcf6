import Foundation
import Graph

/// The one adapter between the TCK runner and the real query engine: runs
/// queries on a `QueryEngine` over a fresh graph and converts its values to TCK
/// values by structure (labels or type, and properties), since the TCK compares
/// graph elements without identity.
final class EngineDriver: TCKDriver {
    private let engine: QueryEngine
    /// The TCK's identity of each engine node and relationship, by engine id. A DELETE
    /// renumbers the engine's ids (see `PropertyGraph.removing`); these stay, so side
    /// effects are counted on identities, as the TCK defines them.
    private var nodeIdentities: [Int] = []
    private var relationshipIdentities: [Int] = []
    private var nextIdentity = 0

    /// A driver on an empty graph; `timeout` is the engine's own per-query limit in seconds.
    init(timeout: Double? = 20) {
        var limits = QueryLimits.default
        limits.timeout = timeout
        engine = QueryEngine(graph: PropertyGraph(), limits: limits)
    }

    func execute(_ query: String, parameters: [String: TCKValue]) -> TCKOutcome {
        var converted: [String: Value] = [:]
        for (name, value) in parameters {
            guard let v = Self.engineValue(value) else {
                return .error(
                    TCKError(
                        phase: nil, kind: "RunnerError", detail: "UnsupportedParameter",
                        message: "parameter \(name) holds a graph element, which cannot be passed to the engine"))
            }
            converted[name] = v
        }
        do {
            let result = try engine.execute(query, parameters: converted)
            let graph = engine.graph
            if let renumbering = engine.lastRenumbering { follow(renumbering) }
            return .rows(columns: result.columns, rows: result.rows.map { $0.map { Self.tckValue($0, in: graph) } })
        } catch let error as QueryError {
            return .error(
                TCKError(
                    phase: error.phase == .compileTime ? .compileTime : .runtime,
                    kind: error.kind, detail: error.code, message: error.message))
        } catch {
            return .error(TCKError(phase: nil, kind: "EngineError", detail: "\(type(of: error))", message: "\(error)"))
        }
    }

    func measure() -> GraphMeasure {
        let graph = engine.graph
        identify(nodes: graph.nodeCount, relationships: graph.relationshipCount)
        var measure = GraphMeasure()
        measure.labels = Set(graph.labels)
        for node in graph.nodes {
            let identity = nodeIdentities[node.id.rawValue]
            measure.nodes.insert(identity)
            for (key, value) in node.properties {
                measure.properties[
                    GraphMeasure.property(node: identity, key: key, value: Self.tckValue(value, in: graph)),
                    default: 0] += 1
            }
        }
        for relationship in graph.relationships {
            let identity = relationshipIdentities[relationship.id.rawValue]
            measure.relationships.insert(identity)
            for (key, value) in relationship.properties {
                let fact = GraphMeasure.property(
                    relationship: identity, key: key, value: Self.tckValue(value, in: graph))
                measure.properties[fact, default: 0] += 1
            }
        }
        return measure
    }

    /// Gives the elements added since the last call identities of their own.
    private func identify(nodes: Int, relationships: Int) {
        while nodeIdentities.count < nodes {
            nodeIdentities.append(nextIdentity)
            nextIdentity += 1
        }
        while relationshipIdentities.count < relationships {
            relationshipIdentities.append(nextIdentity)
            nextIdentity += 1
        }
    }

    /// Carries the identities over a deletion's renumbering.
    private func follow(_ renumbering: PropertyGraph.Renumbering) {
        identify(nodes: renumbering.nodes.count, relationships: renumbering.relationships.count)
        var nodes: [(Int, Int)] = []
        for (old, new) in renumbering.nodes.enumerated() { if let new { nodes.append((new.rawValue, nodeIdentities[old])) } }
        nodeIdentities = nodes.sorted { $0.0 < $1.0 }.map(\.1)
        var relationships: [(Int, Int)] = []
        for (old, new) in renumbering.relationships.enumerated() {
            if let new { relationships.append((new.rawValue, relationshipIdentities[old])) }
        }
        relationshipIdentities = relationships.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// Registers a procedure that answers from the step's table: each row whose input
    /// cells equal the arguments yields its output cells.
    func registerProcedure(signature: String, table: [[String]]) -> String? {
        guard let parsed = Self.parseSignature(signature) else { return "cannot read the signature \(signature)" }
        let columns = table.first.map { $0 == [""] ? [] : $0 } ?? []
        let width = parsed.arguments.count + parsed.outputs.count
        guard columns == (parsed.arguments + parsed.outputs).map(\.name) else {
            return "the table's columns \(columns) are not the signature's \(width) fields"
        }
        var answers: [[Value]] = []
        for cells in table.dropFirst() where width > 0 {
            guard cells.count == width else { return "a table row has \(cells.count) cells, not \(width)" }
            var row: [Value] = []
            for cell in cells {
                guard let parsedCell = try? TCKValueParser.parse(cell), let value = Self.engineValue(parsedCell) else {
                    return "cannot read the table cell \(cell)"
                }
                row.append(value)
            }
            answers.append(row)
        }
        let inputs = parsed.arguments.count
        let rows = answers
        let procedure = Procedure(
            name: parsed.name, arguments: parsed.arguments, outputs: parsed.outputs, summary: "a TCK test procedure"
        ) { arguments, _ in
            rows.filter { Array($0.prefix(inputs)) == arguments }.map { Array($0.dropFirst(inputs)) }
        }
        do { try engine.procedures.register(procedure) } catch { return "\(error)" }
        return nil
    }

    /// `test.my.proc(in :: INTEGER?) :: (out :: STRING?)` → name, arguments, outputs.
    static func parseSignature(
        _ text: String
    ) -> (name: String, arguments: [Procedure.Field], outputs: [Procedure.Field])? {
        guard let open = text.firstIndex(of: "("), let close = text.range(of: ") ::") else { return nil }
        let name = text[..<open].trimmingWhitespace().string
        let argumentText = text[text.index(after: open)..<close.lowerBound]
        let rest = text[close.upperBound...].trimmingWhitespace()
        guard rest.hasPrefix("("), rest.hasSuffix(")") else { return nil }
        func fields(_ list: Substring) -> [Procedure.Field]? {
            var result: [Procedure.Field] = []
            for field in list.split(separator: ",") {
                let parts = field.components(separatedBy: "::")
                guard parts.count == 2, let type = ProcedureType(parts[1]) else { return nil }
                result.append(Procedure.Field(parts[0].trimmingWhitespace().string, type))
            }
            return result
        }
        guard let arguments = fields(argumentText), let outputs = fields(rest.dropFirst().dropLast()) else {
            return nil
        }
        return (name, arguments, outputs)
    }

    // MARK: Conversion

    static func tckValue(_ value: Value, in graph: PropertyGraph) -> TCKValue {
        switch value {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .string(let s): return .string(s)
        // The TCK writes temporal results as their ISO text ('2015-07-21') and compares that text.
        case .temporal(let t): return .string(t.isoText)
        case .list(let items): return .list(items.map { tckValue($0, in: graph) })
        case .map(let entries): return .map(entries.mapValues { tckValue($0, in: graph) })
        case .node(let id): return .node(tckNode(id, in: graph))
        case .relationship(let id): return .relationship(tckRelationship(id, in: graph))
        case .path(let path):
            guard let first = path.nodes.first else { return .null }
            var steps: [TCKPath.Step] = []
            for (index, id) in path.relationships.enumerated() where index + 1 < path.nodes.count {
                // The stored direction decides the arrow: forward when the relationship starts where this step starts.
                let relationship = graph.contains(id) ? graph.relationship(id) : nil
                let forward = relationship.map { $0.start == path.nodes[index] } ?? true
                steps.append(
                    TCKPath.Step(
                        relationship: tckRelationship(id, in: graph), forward: forward,
                        node: tckNode(path.nodes[index + 1], in: graph)))
            }
            return .path(TCKPath(start: tckNode(first, in: graph), steps: steps))
        }
    }

    private static func tckNode(_ id: NodeID, in graph: PropertyGraph) -> TCKNode {
        guard graph.contains(id) else { return TCKNode(labels: ["<missing node \(id)>"], properties: [:]) }
        let node = graph.node(id)
        return TCKNode(labels: Set(node.labels), properties: node.properties.mapValues { tckValue($0, in: graph) })
    }

    private static func tckRelationship(_ id: RelationshipID, in graph: PropertyGraph) -> TCKRelationship {
        guard graph.contains(id) else { return TCKRelationship(type: "<missing relationship \(id)>", properties: [:]) }
        let relationship = graph.relationship(id)
        return TCKRelationship(
            type: relationship.type, properties: relationship.properties.mapValues { tckValue($0, in: graph) })
    }

    /// Parameters hold plain values only; nil for a graph element.
    static func engineValue(_ value: TCKValue) -> Value? {
        switch value {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .string(let s): return .string(s)
        case .list(let items):
            let converted = items.compactMap(engineValue)
            return converted.count == items.count ? .list(converted) : nil
        case .map(let entries):
            let converted = entries.compactMapValues(engineValue)
            return converted.count == entries.count ? .map(converted) : nil
        case .node, .relationship, .path: return nil
        }
    }
}
