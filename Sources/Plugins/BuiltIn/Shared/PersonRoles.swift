import Foundation
import Graph

/// A person's roles as the documents write them (`市政协常委、民盟市委主委`),
/// kept on the Person node as a list, each text once, whichever reader found it.
enum PersonRoles {
    /// A person keeps at most this many role texts (a member named in a hundred documents).
    static let maximum = 16

    /// Adds `roles` (when not empty and not there yet) to the `roles` list of `person`.
    static func add(_ roles: String, to person: NodeID, writer: inout FactWriter) throws {
        // The readers give trimmed roles; Foundation's trimming bridges to NSString and costs more than the rest.
        // As the document writes them (traditional script kept; `FactWriter.writtenText`).
        let text = writer.writtenText(roles)
        guard !text.isEmpty else { return }
        var list = writer.graph.nodes[person.rawValue].properties["roles"]?.listValue ?? []
        guard list.count < maximum, !list.contains(where: { $0.stringValue.map { LabelledName.sameBytes($0, text) } ?? false }) else { return }
        list.append(.string(text))
        try writer.graph.setProperty("roles", to: .list(list), on: person)
    }
}
