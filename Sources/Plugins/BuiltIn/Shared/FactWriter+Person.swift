import Graph

extension FactWriter {
    /// The Person node a name in this document stands for.
    ///
    /// A name alone does not tell people apart: 王伟 of 南京 and 王伟 of 苏州 are
    /// most likely two persons, and the documents give no evidence that they are
    /// one. So a person is keyed by name within the place the document belongs
    /// to (its city, else its province; `place` on the node): every document of
    /// one city (any year, any kind) names one 王伟, which is what lets
    /// `explorer check` see that city's 王伟 in two parties. A document that
    /// names no place keys by name alone.
    mutating func person(_ name: String, place: String?, at range: Range<Int>) throws -> NodeID {
        guard let place, !place.isEmpty else { return try entity("Person", name, at: range) }
        return try entity("Person", name, properties: ["place": .string(place)], key: "Person:" + place + ":" + name, at: range)
    }
}
