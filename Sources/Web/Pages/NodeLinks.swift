import Graph

/// The web's address of a node, shared by its pages, its API and its diagrams:
/// `/node/n12`, the id written as `NodeID.description` writes it, the same text
/// the shell's tables, `:why` and `elementId` use. Diagrams get the address from
/// Graphviz itself (`DiagramOptions.nodeLink` as each node's URL in the DOT).
public enum NodeLinks {
    /// The page of node `id`.
    public static func link(_ id: NodeID) -> String { "/node/\(id)" }

    /// The template `DiagramOptions.nodeLink` fills with each node's id.
    public static let template = "/node/{id}"

    /// The node an address names: `n12`, or `12` as older links wrote it; nil for anything else.
    public static func nodeID(_ text: String) -> NodeID? {
        let digits = text.hasPrefix("n") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let number = Int(digits), number >= 0 else { return nil }
        return NodeID(number)
    }
}
