import Graph

/// Which documents gave the graph none of the facts a reader looks for first
/// (a speech or a work-plan task): a document in a format no
/// extractor knows yet (another city's layout) otherwise passes silently,
/// leaving only the names that lexicons spotted in it.
public enum ExtractionCoverage {
    /// The labels whose nodes show that an extractor understood a document's structure.
    /// (A Meeting or Proposal can come from a mere mention of its name, so it proves nothing.)
    public static let structuralLabels = ["Speech", "Task"]

    /// The ids of the documents no node of `structuralLabels` cites, in the
    /// order of their Document nodes. O(nodes of those labels × their sources).
    public static func documentsWithoutStructure(in graph: PropertyGraph) -> [String] {
        var cited: Set<String> = []
        for label in structuralLabels {
            for id in graph.nodes(withLabel: label) {
                for source in graph.node(id).sources { cited.insert(source.document) }
            }
        }
        return graph.nodes(withLabel: "Document").compactMap { id -> String? in
            guard let document = graph.node(id).properties["id"]?.stringValue, !cited.contains(document) else { return nil }
            return document
        }
    }
}
