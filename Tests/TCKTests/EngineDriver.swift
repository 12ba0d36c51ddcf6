import Graph

/// The one adapter between the TCK runner and the real query engine: runs
/// queries on a `QueryEngine` over a fresh graph and converts its values to TCK
/// values by structure (labels or type, and properties), since the TCK compares
/// graph elements without identity.
final class EngineDriver: TCKDriver {
    private let engine: QueryEngine

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
                return .error(TCKError(phase: nil, kind: "RunnerError", detail: "UnsupportedParameter",
                    message: "parameter \(name) holds a graph element, which cannot be passed to the engine"))
            }
            converted[name] = v
        }
        do {
            let result = try engine.execute(query, parameters: converted)
            let graph = engine.graph
            return .rows(columns: result.columns, rows: result.rows.map { $0.map { Self.tckValue($0, in: graph) } })
        } catch let error as QueryError {
            return .error(TCKError(
                phase: error.phase == .compileTime ? .compileTime : .runtime,
                kind: error.kind, detail: error.code, message: error.message))
        } catch {
            return .error(TCKError(phase: nil, kind: "EngineError", detail: "\(type(of: error))", message: "\(error)"))
        }
    }

    func measure() -> GraphMeasure {
        let graph = engine.graph
        var measure = GraphMeasure()
        measure.labels = Set(graph.labels)
        for node in graph.nodes {
            measure.nodes.insert(node.id.rawValue)
            for (key, value) in node.properties {
                measure.properties[GraphMeasure.property(node: node.id.rawValue, key: key, value: Self.tckValue(value, in: graph)), default: 0] += 1
            }
        }
        for relationship in graph.relationships {
            measure.relationships.insert(relationship.id.rawValue)
            for (key, value) in relationship.properties {
                let fact = GraphMeasure.property(
                    relationship: relationship.id.rawValue, key: key, value: Self.tckValue(value, in: graph))
                measure.properties[fact, default: 0] += 1
            }
        }
        return measure
    }

    // MARK: Conversion

    static func tckValue(_ value: Value, in graph: PropertyGraph) -> TCKValue {
        switch value {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .string(let s): return .string(s)
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
                steps.append(TCKPath.Step(
                    relationship: tckRelationship(id, in: graph), forward: forward, node: tckNode(path.nodes[index + 1], in: graph)))
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
