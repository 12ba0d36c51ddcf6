import Foundation
import Graph

extension MetaCommand {
    /// `:why [ROW | nID | rID | NAME]`: the source quotes behind a fact.
    static var why: MetaCommand {
        MetaCommand(
            name: "why", usage: "[ROW | nID | rID | NAME]",
            summary: "Show the source sentences behind a result row, a node or a relationship.",
            details: """
                :why 2      the nodes and relationships of row 2 of the last result, and the
                            relationships between the nodes its values name
                :why n12    node n12;  :why r7  relationship r7;  :why 梁鸣  the nodes so named
                Each source is the document, the byte offset and length in it, and the quote.
                A link no document states (inferred: true) says so, with its reason.
                A correction from the dataset's curation file shows as `curated FILE:LINE`,
                its note and its statement.
                """,
            argumentWords: { session in session.graph.indexedNames }
        ) { session, arguments in
            let explanation = try Provenance.Explanation(request: arguments, session: session)
            session.output.write(explanation.text)
            return .proceed
        }
    }
}

extension Provenance {
    /// The sources `:why` prints for what it was asked about.
    struct Explanation {
        private(set) var text = ""
        private let graph: PropertyGraph

        private let parameters: [String: Value]
        private let documentText: (String) -> String?

        init(request: String, session: ShellSession) throws {
            graph = session.graph
            parameters = session.lastParameters
            documentText = session.services.documentText
            let argument = request.trimmingWhitespace()
            if argument.isEmpty || Int(argument) != nil {
                try explainRow(argument, of: session.lastResult)
            } else if let id = Self.identifier(argument, prefix: "n"), graph.contains(NodeID(id)) {
                describe(node: NodeID(id))
            } else if let id = Self.identifier(argument, prefix: "r"), graph.contains(RelationshipID(id)) {
                describe(relationship: RelationshipID(id))
            } else {
                let name = argument.trimmingCharacters(in: CharacterSet(charactersIn: "'\""))
                let ids = graph.nodes(named: name)
                guard !ids.isEmpty else {
                    throw ShellError(
                        "no node n…, relationship r… or name '\(name)' in the graph; "
                            + ":why takes a row number of the last result, an id such as n12, or a name")
                }
                ids.forEach { describe(node: $0) }
            }
        }

        private mutating func explainRow(_ argument: String, of result: ResultTable?) throws {
            guard let result, !result.rows.isEmpty else {
                throw ShellError("there is no result row to explain yet; run a query first, then :why ROW")
            }
            let number = Int(argument) ?? (result.rows.count == 1 ? 1 : 0)
            guard (1...result.rows.count).contains(number) else {
                throw ShellError(
                    argument.isEmpty
                        ? "which row? The last result has \(result.rows.count) rows: :why 1 … :why \(result.rows.count)"
                        : "row \(number) does not exist; the last result has rows 1 to \(result.rows.count)")
            }
            let row = result.rows[number - 1]
            var direct: [NodeID] = []
            var directRelationships: [RelationshipID] = []
            var words: [String] = []
            for value in row { Self.collect(value, nodes: &direct, relationships: &directRelationships, words: &words) }
            // Values such as `a.name` stand for the nodes they name, and so do the
            // query's parameters (`:run … person=梁鸣` leaves the person out of the rows).
            var parameterWords: [String] = []
            for value in parameters.values {
                var ignoredNodes: [NodeID] = [], ignoredRelationships: [RelationshipID] = []
                Self.collect(value, nodes: &ignoredNodes, relationships: &ignoredRelationships, words: &parameterWords)
            }
            var nodes = Self.unique(direct + (words + parameterWords).flatMap { graph.nodes(named: $0) })
            var relationships = Self.unique(directRelationships + joining(nodes, words: words))
            // Values still unexplained (`t.code`) are looked for among the properties
            // of the found nodes' neighbours.
            var explained = Set<String>()
            for id in nodes { explained.formUnion(graph.node(id).properties.values.compactMap(\.stringValue)) }
            for id in relationships { explained.formUnion(graph.relationship(id).properties.values.compactMap(\.stringValue)) }
            let leftover = Set(words).subtracting(explained).subtracting(graph.relationshipTypes)
            if !leftover.isEmpty {
                for node in nodes {
                    for id in graph.relationships(at: node) {
                        let neighbour = graph.relationship(id).otherEnd(from: node)
                        let values = graph.node(neighbour).properties.values.compactMap(\.stringValue)
                        if values.contains(where: leftover.contains) { nodes.append(neighbour) }
                    }
                }
                nodes = Self.unique(nodes)
                relationships = Self.unique(directRelationships + joining(nodes, words: words))
            }
            guard !nodes.isEmpty || !relationships.isEmpty else {
                throw ShellError(
                    "row \(number) holds no node, relationship or name found in the graph; "
                        + "return the nodes themselves (RETURN a, r, t) to trace them")
            }
            text += "Row \(number):\n"
            relationships.forEach { describe(relationship: $0) }
            nodes.forEach { describe(node: $0, limit: 3) }
        }

        /// The relationships among `nodes`: the facts a row states. When the row
        /// names a type (`type(r)`), only those of that type; when some carry
        /// property values the row shows (a date, a role), only the best matching.
        private func joining(_ nodes: [NodeID], words: [String]) -> [RelationshipID] {
            let nodeSet = Set(nodes)
            let namedTypes = Set(words).intersection(graph.relationshipTypes)
            let shown = Set(words)
            var scored: [(id: RelationshipID, score: Int)] = []
            for node in nodes {
                for id in graph.outgoing(node) where nodeSet.contains(graph.relationship(id).end) {
                    let relationship = graph.relationship(id)
                    guard namedTypes.isEmpty || namedTypes.contains(relationship.type) else { continue }
                    let score = relationship.properties.values.compactMap(\.stringValue).filter(shown.contains).count
                    scored.append((id, score))
                }
            }
            let best = scored.map(\.score).max() ?? 0
            return scored.filter { $0.score == best }.map(\.id)
        }

        /// A node and its sources; past `limit` sources, a count and how to see them all.
        private mutating func describe(node id: NodeID, limit: Int? = nil) {
            let node = graph.node(id)
            text += "(\(id)" + node.labels.map { ":" + $0 }.joined() + (node.name.map { " \($0)" } ?? "") + ")\n"
            if let limit, node.sources.count > limit {
                quote(Array(node.sources.prefix(limit)))
                text += "    … \(node.sources.count - limit) more (:why \(id) shows all)\n"
            } else {
                quote(node.sources)
            }
        }

        private mutating func describe(relationship id: RelationshipID) {
            let relationship = graph.relationship(id)
            let properties = relationship.properties.keys.sorted()
                .map { "\($0): \(ResultFormatter(graph: graph).text(relationship.properties[$0]!))" }
            text += "(\(label(relationship.start)))-[\(id):\(relationship.type)"
                + (properties.isEmpty ? "" : " {" + properties.joined(separator: ", ") + "}")
                + "]->(\(label(relationship.end)))\n"
            if relationship.properties["inferred"] == .bool(true) {
                // No document states this link: say so before quoting what it was inferred from.
                let reason = relationship.properties["reason"]?.stringValue ?? "no reason recorded"
                text += "    inferred, not stated in any document: \(reason); the quotes are what it was inferred from\n"
            }
            quote(relationship.sources)
        }

        private func label(_ id: NodeID) -> String {
            graph.node(id).name ?? "\(id)"
        }

        private mutating func quote(_ sources: [Provenance]) {
            guard !sources.isEmpty else {
                text += "    (no source recorded)\n"
                return
            }
            var documents: [String: [UInt8]] = [:]
            for source in sources {
                if let curation = source.curation {
                    // A correction of the user's, not a document: where it is, its note, the statement.
                    text += "    curated \(curation.location)" + (curation.note.map { ": \($0)" } ?? "") + "\n"
                    text += "        " + curation.statement.replacingOccurrences(of: "\n", with: "\n        ") + "\n"
                    continue
                }
                if documents[source.document] == nil, let text = documentText(source.document) {
                    documents[source.document] = Array(text.utf8)
                }
                // The whole sentence with the quoted words marked, when the document is at hand.
                let sentence = documents[source.document].flatMap { SourceSentence.marked(source, in: $0) }
                text += "    \(source.document) @\(source.offset)+\(source.length): 「\(sentence ?? source.quote)」\n"
            }
        }

        private static func identifier(_ text: String, prefix: Character) -> Int? {
            guard text.first == prefix else { return nil }
            return Int(text.dropFirst())
        }

        private static func collect(
            _ value: Value, nodes: inout [NodeID], relationships: inout [RelationshipID], words: inout [String]
        ) {
            switch value {
            case .node(let id): nodes.append(id)
            case .relationship(let id): relationships.append(id)
            case .path(let path):
                nodes += path.nodes
                relationships += path.relationships
            case .string(let s): words.append(s)
            case .list(let items):
                for item in items { collect(item, nodes: &nodes, relationships: &relationships, words: &words) }
            default: break
            }
        }

        private static func unique<T: Hashable>(_ items: [T]) -> [T] {
            var seen = Set<T>()
            return items.filter { seen.insert($0).inserted }
        }
    }
}
