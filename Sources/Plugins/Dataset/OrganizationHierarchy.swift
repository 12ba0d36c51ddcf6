import Graph

/// Links an institute, school or hospital to the university, academy or group
/// its name begins with: `华中科技大学武汉光电国家研究中心` is PART_OF
/// `华中科技大学`, `中国科学院武汉岩土力学研究所` of `中国科学院`. The name
/// itself states it, so the link quotes the name.
enum OrganizationHierarchy {
    /// How the name of a body that has parts ends.
    static let parentEndings = ["大学", "学院", "科学院", "工程院", "研究院", "集团", "医院"]

    /// Adds `(part)-[:PART_OF]->(whole)` for every Organization whose name
    /// begins with another Organization's name (or alias) ending as a whole's
    /// does; the longest such prefix is the nearest whole.
    static func link(in graph: inout PropertyGraph) throws {
        for id in graph.nodes(withLabel: "Organization") {
            guard let name = graph.node(id).name, let whole = whole(of: name, id, in: graph) else { continue }
            try graph.mergeRelationship(type: "PART_OF", from: id, to: whole, source: graph.node(id).sources.first)
        }
    }

    /// The Organization named by the longest proper prefix of `name` that ends
    /// as a whole's name does, leaving at least two characters for the part.
    static func whole(of name: String, _ id: NodeID, in graph: PropertyGraph) -> NodeID? {
        let characters = Array(name)
        guard characters.count >= 4 else { return nil }
        for length in stride(from: characters.count - 2, through: 2, by: -1) {
            let prefix = String(characters[..<length])
            guard parentEndings.contains(where: { prefix.hasSuffix($0) }) else { continue }
            if let whole = graph.nodes(named: prefix).first(where: { $0 != id && graph.node($0).hasLabel("Organization") }) {
                return whole
            }
        }
        return nil
    }
}
