extension QueryEngine {
    /// Warnings about what a query reads that this graph does not have: a
    /// label or relationship type in a MATCH pattern that no node or
    /// relationship carries. openCypher allows it (the pattern matches
    /// nothing), but a typo such as `:Persn` then returns an empty table that
    /// looks like a true answer, so the user is told, with the closest name.
    ///
    /// Labels and types the query itself creates are not reported. A query
    /// that does not parse has no notices; `execute` reports its error.
    /// Complexity: O(pattern elements × names in the graph).
    public func notices(for query: String) -> [String] {
        guard let parsed = try? Parser.parse(query) else { return [] }
        var created: Set<String> = []
        for case .create(let clause) in parsed.clauses {
            for part in clause.patterns {
                for node in part.nodes { created.formUnion(node.labels) }
                for relationship in part.relationships { created.formUnion(relationship.types) }
            }
        }
        let labels = graph.labels, types = graph.relationshipTypes
        var notices: [String] = []
        var told: Set<String> = []
        for case .match(let clause) in parsed.clauses {
            for part in clause.patterns {
                for label in part.nodes.flatMap(\.labels) where !created.contains(label) && !labels.contains(label) {
                    guard told.insert(":" + label).inserted else { continue }
                    notices.append(Self.notice("label", ":\(label)", "no node has it", Self.closest(label, in: labels)))
                }
                for type in part.relationships.flatMap(\.types) where !created.contains(type) && !types.contains(type) {
                    guard told.insert("[:" + type).inserted else { continue }
                    notices.append(
                        Self.notice("relationship type", ":\(type)", "no relationship has it", Self.closest(type, in: types)))
                }
            }
        }
        notices += propertyNotices(parsed, told: &told)
        notices += aliasNotices(parsed, told: &told)
        return notices
    }

    /// The notices about names alone (an alias or a near spelling where a name
    /// was meant), for a graph that holds every named node but not every
    /// element: the shell's copy of a server's graph, where labels, types and
    /// property keys are not all known, but names are.
    public func nameNotices(for query: String) -> [String] {
        guard let parsed = try? Parser.parse(query) else { return [] }
        var told: Set<String> = []
        return aliasNotices(parsed, told: &told)
    }

    /// A name compared for equality (`{name: '市发改委'}`, `n.name = '市发改委'`)
    /// that no node bears as its name but some node has as an alias: the
    /// pattern matches nothing, although the name is right in spirit. The
    /// notice names the node it belongs to and how to match by alias. A name
    /// no node has at all is told with the names it is close to: a typo by
    /// edit distance (`PropertyGraph.similarNames`), or what `similarNames`
    /// adds (pinyin, from the plugins).
    /// Complexity: O(names compared × nodes bearing each).
    private func aliasNotices(_ parsed: Query, told: inout Set<String>) -> [String] {
        var notices: [String] = []
        for (variable, labels, name) in Self.comparedNames(parsed) where told.insert("=" + name).inserted {
            let owners = graph.nodes(named: name).map { graph.node($0) }.filter { node in labels.allSatisfy(node.hasLabel) }
            if owners.isEmpty {
                // No node by that name or alias: a typo, or a name typed in pinyin, is told with what it was close to.
                var close = graph.similarNames(to: name, labels: labels)
                for other in similarNames?(name, labels) ?? [] where !close.contains(other) { close.append(other) }
                guard !close.isEmpty else { continue }
                let what = labels.isEmpty ? "node" : labels.map { ":" + $0 }.joined()
                notices.append(
                    "no \(what) is named '\(name)', so that pattern matches nothing; did you mean "
                        + close.prefix(3).map { "'\($0)'" }.joined(separator: " or ") + "?")
                continue
            }
            guard !owners.contains(where: { $0.name == name }) else { continue }
            let described = owners.prefix(3).map { ":\($0.labels.first ?? "") '\($0.name ?? "")'" }.joined(separator: ", ")
            let n = variable ?? "n"
            notices.append(
                "no node is named '\(name)': it is an alias of \(described), so that pattern matches nothing; "
                    + "match the name {name: '\(owners[0].name ?? "")'} or the alias WHERE '\(name)' IN \(n).aliases")
        }
        return notices
    }

    /// The names a query's MATCH clauses compare for equality (`{name: '…'}`,
    /// `n.name = '…'`), in the order written: what the name notices check. For a
    /// client of a server, which asks the server for just these names.
    public static func comparedNames(in query: String) -> [String] {
        guard let parsed = try? Parser.parse(query) else { return [] }
        var seen: Set<String> = []
        return comparedNames(parsed).map(\.name).filter { seen.insert($0).inserted }
    }

    private static func comparedNames(_ parsed: Query) -> [(variable: String?, labels: [String], name: String)] {
        var names: [(variable: String?, labels: [String], name: String)] = []
        var labelsOf: [String: [String]] = [:]
        var expressions: [Expression] = []
        for case .match(let clause) in parsed.clauses {
            for part in clause.patterns {
                for node in part.nodes {
                    if let variable = node.variable { labelsOf[variable, default: []] += node.labels }
                    guard case .map(let entries)? = node.properties?.kind else { continue }
                    for (key, value) in entries where key == "name" {
                        if case .literal(.string(let name)) = value.kind { names.append((node.variable, node.labels, name)) }
                    }
                }
            }
            expressions += [clause.predicate].compactMap { $0 }
        }
        while let expression = expressions.popLast() {
            expressions += expression.children
            guard case .binary(.equal, let left, let right) = expression.kind else { continue }
            for (side, other) in [(left, right), (right, left)] {
                if case .property(let base, "name") = side.kind, case .variable(let variable) = base.kind,
                    case .literal(.string(let name)) = other.kind
                {
                    names.append((variable, labelsOf[variable] ?? [], name))
                }
            }
        }
        return names
    }

    /// A property read from a matched node or relationship (`n.nme`) under a
    /// key that nothing in the graph has: it is null in every row, which looks
    /// like an answer. Skipped for queries that CREATE (they may add the key).
    /// The key set is gathered once per graph: O(properties) the first time.
    private func propertyNotices(_ parsed: Query, told: inout Set<String>) -> [String] {
        var matched: Set<String> = []
        var expressions: [Expression] = []
        for clause in parsed.clauses {
            switch clause {
            case .create, .merge, .set, .remove, .delete, .call, .foreach, .subquery: return []
            case .match(let m):
                for part in m.patterns {
                    matched.formUnion(part.nodes.compactMap(\.variable))
                    matched.formUnion(part.relationships.compactMap(\.variable))
                }
                expressions += [m.predicate].compactMap { $0 }
            case .unwind(let u): expressions.append(u.expression)
            case .with(let p), .return(let p):
                expressions += p.items.map(\.expression) + p.orderBy.map(\.expression) + [p.predicate].compactMap { $0 }
            }
        }
        let keys = propertyKeys()
        var notices: [String] = []
        var pending = expressions
        while let expression = pending.popLast() {
            pending += expression.children
            guard case .property(let base, let key) = expression.kind, case .variable(let name) = base.kind,
                matched.contains(name), !keys.contains(key), told.insert("." + key).inserted
            else { continue }
            let closest = Self.closest(key, in: keys.sorted())
            notices.append(
                "no node or relationship in the graph has the property \(key), so \(name).\(key) is null in every row"
                    + (closest.map { "; did you mean \(name).\($0)?" } ?? ""))
        }
        return notices
    }

    private func propertyKeys() -> Set<String> {
        // The graph keeps the keys in use up to date: no scan of the elements.
        if let known = knownPropertyKeys { return known }
        let keys = graph.propertyKeys
        knownPropertyKeys = keys
        return keys
    }

    private static func notice(_ what: String, _ name: String, _ reason: String, _ closest: String?) -> String {
        "the \(what) \(name) is not in the graph (\(reason)), so that pattern matches nothing"
            + (closest.map { "; did you mean :\($0)?" } ?? "")
    }

    /// The name a typo most likely meant: the same ignoring case, or within a
    /// third of its length in edits (at least one).
    private static func closest(_ name: String, in names: [String]) -> String? {
        if let same = names.first(where: { $0.lowercased() == name.lowercased() }) { return same }
        let limit = max(1, name.count / 3)
        return names.map { ($0, EditDistance.between($0.lowercased(), name.lowercased())) }
            .filter { $0.1 <= limit }
            .min { $0.1 < $1.1 }?.0
    }
}
