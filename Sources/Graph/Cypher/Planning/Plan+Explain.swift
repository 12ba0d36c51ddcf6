/// The plan as text, for `EXPLAIN`.
extension Plan {
    var explanation: String {
        (["Plan:"] + Self.lines(of: steps)).joined(separator: "\n")
    }

    /// One numbered line per step, with indented details; a subquery's steps nest under it.
    /// `annotations` (from PROFILE) are appended to each step's first line.
    static func lines(of steps: [PlanStep], annotations: [String]? = nil) -> [String] {
        var lines: [String] = []
        for (number, step) in steps.enumerated() {
            let heading = lines.count
            defer {
                if let annotations, number < annotations.count { lines[heading] += "  " + annotations[number] }
            }
            let prefix = "\(number + 1). "
            let indent = String(repeating: " ", count: prefix.count)
            switch step {
            case .match(let match):
                lines.append(prefix + (match.optional ? "OPTIONAL MATCH " : "MATCH ")
                    + match.parts.map(\.pattern.description).joined(separator: ", "))
                for part in match.parts {
                    lines.append(indent + part.startDescription)
                }
                if let predicate = match.predicate { lines.append(indent + "filter: " + predicate.canonical) }
                if let cap = match.rowCap { lines.append(indent + "stop after \(cap) row\(cap == 1 ? "" : "s") (the LIMIT that follows)") }
            case .unwind(let unwind):
                lines.append(prefix + "UNWIND \(unwind.expression.canonical) AS \(unwind.variable)")
            case .project(let projection, let isReturn, _):
                var text = (isReturn ? "RETURN " : "WITH ") + (projection.distinct ? "DISTINCT " : "")
                var items = projection.items.map { item in
                    item.alias.map { "\(item.expression.canonical) AS \($0)" } ?? item.expression.canonical
                }
                if projection.star { items.insert("*", at: 0) }
                text += items.joined(separator: ", ")
                lines.append(prefix + text)
                if !projection.orderBy.isEmpty {
                    lines.append(indent + "sort: " + projection.orderBy.map {
                        $0.expression.canonical + ($0.ascending ? "" : " DESC")
                    }.joined(separator: ", "))
                }
                if let skip = projection.skip { lines.append(indent + "skip: " + skip.canonical) }
                if let limit = projection.limit { lines.append(indent + "limit: " + limit.canonical) }
                if let predicate = projection.predicate { lines.append(indent + "filter: " + predicate.canonical) }
            case .create(let create):
                lines.append(prefix + "CREATE " + create.patterns.map(\.description).joined(separator: ", "))
            case .merge(let merge):
                lines.append(prefix + "MERGE " + merge.create.patterns.map(\.description).joined(separator: ", "))
                for part in merge.match.parts { lines.append(indent + part.startDescription) }
                if !merge.onCreate.isEmpty { lines.append(indent + "on create: \(merge.onCreate.count) assignment(s)") }
                if !merge.onMatch.isEmpty { lines.append(indent + "on match: \(merge.onMatch.count) assignment(s)") }
            case .set(let items):
                lines.append(prefix + "SET \(items.count) assignment\(items.count == 1 ? "" : "s")")
            case .remove(let remove):
                lines.append(prefix + "REMOVE \(remove.items.count) item\(remove.items.count == 1 ? "" : "s")")
            case .delete(let delete):
                lines.append(
                    prefix + (delete.detach ? "DETACH DELETE " : "DELETE ")
                        + delete.expressions.map(\.canonical).joined(separator: ", "))
            case .call(let call):
                lines.append(prefix + "CALL \(call.name)")
            case .foreach(let variable, let list, let steps):
                lines.append(prefix + "FOREACH \(variable) IN \(list.canonical): \(steps.count) update(s)")
            case .subquery(let subquery):
                lines.append(prefix + subquery.explanationHeading)
                for (branch, steps) in subquery.branches.enumerated() {
                    if branch > 0 { lines.append(indent + (subquery.distinct ? "UNION" : "UNION ALL")) }
                    lines += Self.lines(of: steps).map { indent + $0 }
                }
            }
        }
        return lines
    }
}

extension PartPlan {
    var startDescription: String {
        let node = pattern.nodes[start]
        let how: String
        switch access {
        case .bound(let v): how = "the bound variable \(v)"
        case .nameIndex(let e): how = "the name index for \(e.canonical)"
        case .propertyIndex(let key, let e, _): how = "the property index on \(key) for \(e.canonical)"
        case .labelScan(let l): how = "the label index for :\(l)"
        case .allNodes: how = "a scan of all nodes"
        }
        var text = "start at \(node.description) via \(how) (about \(estimate) candidate\(estimate == 1 ? "" : "s"))"
        let right = pattern.relationships.count - start
        if right > 0 { text += ", expand \(right) step\(right == 1 ? "" : "s") right" }
        if start > 0 { text += ", expand \(start) step\(start == 1 ? "" : "s") left" }
        if pattern.shortest != nil { text += ", breadth-first shortest path search" }
        return text
    }
}
