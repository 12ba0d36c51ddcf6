/// A named list of entries, each a canonical name with the surface forms that
/// mean it (人工智能 ← 大模型, 算力 …). Lexicons are data files so a person can
/// extend them without recompiling.
public struct Lexicon: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var name: String
        /// The node label entries of this lexicon become, e.g. `Industry`.
        public var label: String
        /// Forms that, found in text, mean this entry (the name itself included).
        public var triggers: [String]
        /// Extra properties for the node (e.g. `kind`, `short`).
        public var properties: [String: String]

        public init(name: String, label: String, triggers: [String], properties: [String: String] = [:]) {
            self.name = name
            self.label = label
            self.triggers = triggers
            self.properties = properties
        }
    }

    public var id: String
    public var entries: [Entry]

    public init(id: String, entries: [Entry]) {
        self.id = id
        self.entries = entries
    }
}
