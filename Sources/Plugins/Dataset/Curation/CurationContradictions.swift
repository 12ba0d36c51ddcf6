import Graph

extension CurationReplay {
    /// What a statement sets, removes or deletes that a document states: a property of an
    /// extracted element given another value (or none), a label taken off, an element deleted.
    struct Contradictions {
        let extracted: PropertyGraph
        let change: Change
        let nodeOrigin: [NodeID?]
        let relationshipOrigin: [RelationshipID?]

        /// At most one finding per statement, naming the first few things it goes against.
        func finding(for statement: CurationStatement) -> CurationReport.Finding? {
            var items: [String] = []
            var sources: [Provenance] = []
            func note(_ item: String, _ stated: [Provenance]) {
                // Two relationships alike (of one type between the same nodes) are told once.
                if !items.contains(item) { items.append(item) }
                for source in stated where sources.count < 3 && !sources.contains(source) { sources.append(source) }
            }
            for (old, _) in change.changedNodes {
                guard let origin = nodeOrigin[old.rawValue] else { continue }
                let stated = extracted.node(origin)
                let documents = stated.sources.filter { !$0.isCurated }
                guard !documents.isEmpty else { continue }
                let new = change.after.node(change.nodeMap[old.rawValue]!)
                let element = describe(stated)
                for item in propertyContradictions(element, stated: stated.properties, before: change.before.node(old).properties, after: new.properties) {
                    note(item, documents)
                }
                for label in stated.labels where change.before.node(old).labels.contains(label) && !new.labels.contains(label) {
                    note("takes the label :\(label) off \(element)", documents)
                }
            }
            for (old, new) in change.changedRelationships {
                guard let origin = relationshipOrigin[old.rawValue] else { continue }
                let stated = extracted.relationship(origin)
                let documents = stated.sources.filter { !$0.isCurated }
                guard !documents.isEmpty else { continue }
                let element = describe(stated)
                for item in propertyContradictions(
                    element, stated: stated.properties, before: change.before.relationship(old).properties,
                    after: change.after.relationship(new).properties)
                {
                    note(item, documents)
                }
            }
            for old in change.deletedRelationships {
                guard let origin = relationshipOrigin[old.rawValue] else { continue }
                let stated = extracted.relationship(origin)
                let documents = stated.sources.filter { !$0.isCurated }
                if !documents.isEmpty { note("deletes \(describe(stated)), which a document states", documents) }
            }
            for old in change.deletedNodes {
                guard let origin = nodeOrigin[old.rawValue] else { continue }
                let stated = extracted.node(origin)
                let documents = stated.sources.filter { !$0.isCurated }
                if !documents.isEmpty { note("deletes \(describe(stated)), which a document states", documents) }
            }
            guard !items.isEmpty else { return nil }
            let shown = items.prefix(3).joined(separator: "; ")
            let message = items.count > 3 ? shown + "; and \(items.count - 3) more" : shown
            return CurationReplay.finding(statement, message, sources: sources)
        }

        /// A property the statement changed away from the value a document gives it. A list that
        /// still holds every stated item (an alias added) is no contradiction.
        private func propertyContradictions(
            _ element: String, stated: [String: Value], before: [String: Value], after: [String: Value]
        ) -> [String] {
            var items: [String] = []
            let formatter = ResultFormatter(graph: extracted)
            for key in Set(before.keys).union(after.keys).sorted() where before[key] != after[key] {
                guard let statedValue = stated[key], after[key] != statedValue else { continue }
                if case .list(let statedItems)? = Optional(statedValue), case .list(let newItems)? = after[key],
                    statedItems.allSatisfy(newItems.contains)
                {
                    continue
                }
                if let value = after[key] {
                    items.append("sets \(element).\(key) to \(formatter.text(value)), where a document gives \(formatter.text(statedValue))")
                } else {
                    items.append("removes \(element).\(key), which a document gives as \(formatter.text(statedValue))")
                }
            }
            return items
        }

        private func describe(_ node: Node) -> String {
            "(" + node.labels.map { ":" + $0 }.joined() + (node.name.map { " " + $0 } ?? "") + ")"
        }

        private func describe(_ relationship: Relationship) -> String {
            "(\(extracted.node(relationship.start).name ?? "\(relationship.start)"))-[:\(relationship.type)]->"
                + "(\(extracted.node(relationship.end).name ?? "\(relationship.end)"))"
        }
    }
}
