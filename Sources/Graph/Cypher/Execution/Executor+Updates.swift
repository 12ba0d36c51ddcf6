/// `MERGE`, `SET`, `REMOVE` and `[DETACH] DELETE` on the executor's copy of the graph.
///
/// As with `CREATE`, a query that fails half-way leaves the engine's graph as it
/// was. Deletions are collected and applied when the query ends (see
/// `PropertyGraph.removing`), so later clauses still see what they deleted, and a
/// node deleted without DETACH must have lost its relationships by then.
extension Executor {
    /// Nodes and relationships the query deletes, applied at its end.
    struct PendingDeletes {
        var nodes: Set<NodeID> = []
        /// Nodes deleted with DETACH: their relationships go too.
        var detached: Set<NodeID> = []
        var relationships: Set<RelationshipID> = []
        var isEmpty: Bool { nodes.isEmpty && relationships.isEmpty }
    }

    // MARK: MERGE

    func runMerge(_ merge: MergeStep, _ rows: [Row]) throws -> [Row] {
        var result: [Row] = []
        for row in rows {
            try checkpoint()
            try refuseNullProperties(merge.create.patterns[0], row)
            // What this query already deleted cannot be matched again.
            let matches = try runMatch(merge.match, [row]).filter { !bindsDeleted($0, merge.match.newVariables) }
            if matches.isEmpty {
                for created in try runCreate(merge.create, [row]) {
                    try applySet(merge.onCreate, created)
                    result.append(created)
                }
            } else {
                for matched in matches {
                    try applySet(merge.onMatch, matched)
                    result.append(matched)
                }
            }
            try checkRowCount(result.count)
        }
        return result
    }

    /// True when one of `names` is bound to a node or relationship a DELETE of this query marked.
    private func bindsDeleted(_ row: Row, _ names: [String]) -> Bool {
        names.contains { name in
            switch row[name] {
            case .node(let id)?: return pendingDeletes.nodes.contains(id)
            case .relationship(let id)?: return pendingDeletes.relationships.contains(id)
            default: return false
            }
        }
    }

    /// MERGE cannot match or create `{key: null}`.
    private func refuseNullProperties(_ part: PatternPart, _ row: Row) throws {
        for expression in part.propertyExpressions {
            guard case .map(let map) = try evaluate(expression, row) else { continue }
            if let key = map.first(where: { $0.value.isNull })?.key {
                throw QueryError.runtime(
                    "SemanticError", "MergeReadOwnWrites",
                    "MERGE cannot use null for the property \(key); filter the nulls out first", at: expression.offset)
            }
        }
    }

    // MARK: FOREACH

    /// Runs the updates once per element of the list, for each row; the rows themselves pass unchanged.
    func runForeach(_ variable: String, _ list: Expression, _ steps: [PlanStep], _ rows: [Row]) throws -> [Row] {
        for row in rows {
            let items: [Value]
            switch try evaluate(list, row) {
            case .list(let values): items = values
            case .null: items = []
            case let other: throw typeError("FOREACH needs a list, not a \(other.typeName)", list)
            }
            for item in items {
                var inner = row
                inner[variable] = item
                var innerRows = [inner]
                for step in steps {
                    switch step {
                    case .create(let create): innerRows = try runCreate(create, innerRows)
                    case .merge(let merge): innerRows = try runMerge(merge, innerRows)
                    case .set(let items): innerRows = try runSet(items, innerRows)
                    case .remove(let remove): innerRows = try runRemove(remove, innerRows)
                    case .delete(let delete): innerRows = try runDelete(delete, innerRows)
                    case .foreach(let v, let l, let s): innerRows = try runForeach(v, l, s, innerRows)
                    case .match, .unwind, .project, .call, .subquery:
                        // The binder lets only updating clauses into FOREACH.
                        throw QueryError.runtime("DatabaseError", "Internal", "FOREACH holds a reading clause")
                    }
                }
            }
        }
        return rows
    }

    // MARK: SET

    func runSet(_ items: [SetItem], _ rows: [Row]) throws -> [Row] {
        for row in rows {
            try checkpoint()
            try applySet(items, row)
        }
        return rows
    }

    private func applySet(_ items: [SetItem], _ row: Row) throws {
        for item in items {
            switch item {
            case .property(let target, let key, let value):
                let written = try storable(try evaluate(value, row), key: key, value)
                try setProperties(of: try evaluate(target, row), [key: written], replacing: false, at: target)
            case .replaceAll(let name, let value, _), .mergeAll(let name, let value, _):
                var replacing = false
                if case .replaceAll = item { replacing = true }
                let map = try propertyMap(try evaluate(value, row), value)
                let variable = Expression(.variable(name), offset: value.offset, length: 0)
                try setProperties(of: row[name] ?? .null, map, replacing: replacing, at: variable)
            case .labels(let name, let labels, let offset):
                guard case .node(let id)? = row[name] else {
                    if row[name]?.isNull ?? true { continue }
                    throw QueryError.runtime(
                        "TypeError", "InvalidArgumentType", "labels can only be set on a node, not on \(name)",
                        at: offset)
                }
                for label in labels where !graph.node(id).hasLabel(label) {
                    graph.addLabel(label, to: id)
                    statistics.labelsAdded += 1
                }
            }
        }
    }

    /// The entries to write for `SET v = value` / `SET v += value`: a map, or a node's or relationship's properties.
    private func propertyMap(_ value: Value, _ expression: Expression) throws -> [String: Value] {
        switch value {
        case .map(let entries):
            return try entries.mapValues { try storable($0, key: "", expression) }
        case .node(let id): return graph.node(id).properties
        case .relationship(let id): return graph.relationship(id).properties
        case .null: return [:]
        default:
            throw typeError("SET … = needs a map of properties, not a \(value.typeName)", expression)
        }
    }

    /// Writes `entries` on a node or relationship (null removes); `replacing` drops the other properties first.
    private func setProperties(
        of target: Value, _ entries: [String: Value], replacing: Bool, at expression: Expression
    ) throws {
        switch target {
        case .null: return
        case .node(let id):
            try write(entries, replacing: replacing, existing: graph.node(id).properties) {
                try self.graph.setProperty($0, to: $1, on: id)
            }
        case .relationship(let id):
            try write(entries, replacing: replacing, existing: graph.relationship(id).properties) {
                try self.graph.setProperty($0, to: $1, on: id)
            }
        default:
            throw typeError("only a node or a relationship has properties to set, not a \(target.typeName)", expression)
        }
    }

    private func write(
        _ entries: [String: Value], replacing: Bool, existing: [String: Value],
        _ set: (String, Value) throws -> Void
    ) throws {
        if replacing {
            for key in existing.keys where entries[key] == nil { try set(key, .null) }
        }
        for (key, value) in entries.sorted(by: { $0.key < $1.key }) {
            try set(key, value)
            statistics.propertiesSet += 1
        }
    }

    /// `value` when a property can hold it: null, a scalar, or a list of scalars.
    private func storable(_ value: Value, key: String, _ expression: Expression) throws -> Value {
        let what = key.isEmpty ? "a property" : "the property \(key)"
        switch value {
        case .null, .bool, .int, .float, .string: return value
        case .list(let items):
            if items.contains(where: { if case .list = $0 { return true }; if case .map = $0 { return true }; return false })
                || !value.isStorable
            {
                throw typeError("\(what) cannot hold nested lists or maps", expression, code: "InvalidPropertyType")
            }
            return value
        default:
            throw typeError("\(what) cannot hold a \(value.typeName)", expression, code: "InvalidPropertyType")
        }
    }

    // MARK: REMOVE

    func runRemove(_ remove: RemoveClause, _ rows: [Row]) throws -> [Row] {
        var removedLabels: [NodeID: Set<String>] = [:]
        for row in rows {
            try checkpoint()
            for item in remove.items {
                switch item {
                case .property(let target, let key):
                    try setProperties(of: try evaluate(target, row), [key: .null], replacing: false, at: target)
                case .labels(let name, let labels, let offset):
                    guard case .node(let id)? = row[name] else {
                        if row[name]?.isNull ?? true { continue }
                        throw QueryError.runtime(
                            "TypeError", "InvalidArgumentType", "labels can only be removed from a node, not from \(name)",
                            at: offset)
                    }
                    for label in labels where graph.node(id).hasLabel(label) {
                        if removedLabels[id, default: []].insert(label).inserted { statistics.labelsRemoved += 1 }
                    }
                }
            }
        }
        // Ids stay as they are: nothing is deleted.
        if !removedLabels.isEmpty { graph = try graph.removing(labels: removedLabels).graph }
        return rows
    }

    // MARK: DELETE

    func runDelete(_ delete: DeleteClause, _ rows: [Row]) throws -> [Row] {
        for row in rows {
            try checkpoint()
            for expression in delete.expressions {
                try markDeleted(try evaluate(expression, row), detach: delete.detach, expression)
            }
        }
        return rows
    }

    private func markDeleted(_ value: Value, detach: Bool, _ expression: Expression) throws {
        switch value {
        case .null: return
        case .node(let id):
            pendingDeletes.nodes.insert(id)
            if detach { pendingDeletes.detached.insert(id) }
        case .relationship(let id):
            pendingDeletes.relationships.insert(id)
        case .path(let path):
            for id in path.relationships { pendingDeletes.relationships.insert(id) }
            for id in path.nodes { try markDeleted(.node(id), detach: detach, expression) }
        case .list(let items):
            for item in items { try markDeleted(item, detach: detach, expression) }
        default:
            throw typeError("DELETE needs a node, relationship or path, not a \(value.typeName)", expression)
        }
    }

    /// Applies the pending deletes to the graph and renumbers `rows` to match
    /// (a deleted element becomes null). Throws when a node deleted without
    /// DETACH still has relationships.
    func finishDeletes(_ rows: [Row]) throws -> [Row] {
        guard !pendingDeletes.isEmpty else { return rows }
        var relationships = pendingDeletes.relationships
        for id in pendingDeletes.detached {
            relationships.formUnion(graph.outgoing(id))
            relationships.formUnion(graph.incoming(id))
        }
        for id in pendingDeletes.nodes.sorted(by: { $0.rawValue < $1.rawValue }) {
            let attached = graph.relationships(at: id).filter { !relationships.contains($0) }
            if !attached.isEmpty {
                throw QueryError.runtime(
                    "ConstraintVerificationFailed", "DeleteConnectedNode",
                    "node \(id.rawValue) still has \(attached.count) relationship\(attached.count == 1 ? "" : "s"); "
                        + "delete them first or use DETACH DELETE")
            }
        }
        statistics.nodesDeleted += pendingDeletes.nodes.count
        statistics.relationshipsDeleted += relationships.count
        let (rebuilt, renumbering) = try graph.removing(nodes: pendingDeletes.nodes, relationships: relationships)
        graph = rebuilt
        self.renumbering = renumbering
        pendingDeletes = PendingDeletes()
        return rows.map { row in row.mapValues { Self.renumber($0, renumbering) } }
    }

    private static func renumber(_ value: Value, _ renumbering: PropertyGraph.Renumbering) -> Value {
        switch value {
        case .node(let id): return renumbering.node(id).map(Value.node) ?? .null
        case .relationship(let id): return renumbering.relationship(id).map(Value.relationship) ?? .null
        case .list(let items): return .list(items.map { renumber($0, renumbering) })
        case .map(let entries): return .map(entries.mapValues { renumber($0, renumbering) })
        case .path(let path):
            let nodes = path.nodes.compactMap(renumbering.node)
            let relationships = path.relationships.compactMap(renumbering.relationship)
            guard nodes.count == path.nodes.count, relationships.count == path.relationships.count else { return .null }
            return .path(Path(nodes: nodes, relationships: relationships))
        default: return value
        }
    }
}
