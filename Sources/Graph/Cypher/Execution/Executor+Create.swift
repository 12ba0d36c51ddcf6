/// `CREATE`: new nodes and relationships for each incoming row.
///
/// The executor works on its own copy of the graph, so a query that fails
/// half-way leaves the engine's graph as it was.
extension Executor {
    func runCreate(_ create: CreateClause, _ rows: [Row]) throws -> [Row] {
        var result: [Row] = []
        for var row in rows {
            try checkpoint()
            for part in create.patterns {
                var nodeIDs: [NodeID] = []
                for node in part.nodes {
                    if let name = node.variable, case .node(let id)? = row[name] {
                        nodeIDs.append(id)
                        continue
                    }
                    if let name = node.variable, let existing = row[name], !existing.isNull {
                        throw QueryError.runtime(
                            "TypeError", "VariableTypeConflict", "\(name) is a \(existing.typeName), not a node", at: node.offset)
                    }
                    let properties = try storableProperties(node.properties, row)
                    let id = try graph.addNode(labels: node.labels, properties: properties)
                    statistics.nodesCreated += 1
                    statistics.propertiesSet += properties.count
                    statistics.labelsAdded += Set(node.labels).count
                    if let name = node.variable { row[name] = .node(id) }
                    nodeIDs.append(id)
                }
                var segments: [[RelationshipID]] = []
                for (index, relationship) in part.relationships.enumerated() {
                    let properties = try storableProperties(relationship.properties, row)
                    let (from, to) = relationship.direction == .incoming
                        ? (nodeIDs[index + 1], nodeIDs[index]) : (nodeIDs[index], nodeIDs[index + 1])
                    let id = try graph.addRelationship(
                        type: relationship.types[0], from: from, to: to, properties: properties)
                    statistics.relationshipsCreated += 1
                    statistics.propertiesSet += properties.count
                    if let name = relationship.variable { row[name] = .relationship(id) }
                    segments.append([id])
                }
                if let name = part.pathVariable {
                    row[name] = .path(buildPath(start: nodeIDs[0], segments: segments))
                }
            }
            result.append(row)
        }
        return result
    }

    private func storableProperties(_ expression: Expression?, _ row: Row) throws -> [String: Value] {
        guard let expression else { return [:] }
        guard case .map(let map) = try evaluate(expression, row) else {
            throw typeError("properties must be given as a map", expression)
        }
        var result: [String: Value] = [:]
        for (key, value) in map where !value.isNull {
            if case .map = value {
                throw typeError("the property \(key) cannot hold a map", expression, code: "InvalidPropertyType")
            }
            guard value.isStorable else {
                throw typeError("the property \(key) cannot hold a \(value.typeName)", expression, code: "InvalidPropertyType")
            }
            if case .list(let items) = value, items.contains(where: { if case .list = $0 { return true }; if case .map = $0 { return true }; return false }) {
                throw typeError("the property \(key) cannot hold nested lists or maps", expression, code: "InvalidPropertyType")
            }
            result[key] = value
        }
        return result
    }
}
