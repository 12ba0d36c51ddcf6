extension Lexicon {
    /// Reads a lexicon file:
    ///
    /// ```yaml
    /// id: low-altitude.industries
    /// label: Industry          # the label every entry becomes, unless the entry says otherwise
    /// entries:
    ///   - name: 低空经济
    ///     triggers: [低空产业, low-altitude economy]
    ///     properties: {kind: 新兴产业}
    ///   - 无人机                # shorthand: an entry whose only trigger is its name
    /// ```
    ///
    /// The name is always a trigger of its own entry; triggers also serve
    /// `explorer ask`, so English names belong there too.
    init(pack yaml: PackYAML) throws {
        let fields = try yaml.fields("a lexicon", allowed: ["id", "label", "description", "entries"])
        let id = try fields.required("id").nonEmptyString("the lexicon id")
        let label = try fields.optional("label").map { try Self.label($0) }
        var entries: [Entry] = []
        var seen: Set<String> = []
        for item in try fields.required("entries").sequence("entries") {
            let entry: Entry
            if case .scalar = item.node {
                let name = try item.nonEmptyString("an entry")
                guard let label else { throw item.problem("entry '\(name)' has no label; give the lexicon a 'label' or write the entry as a mapping with one") }
                entry = Entry(name: name, label: label, triggers: [name])
            } else {
                let entryFields = try item.fields("an entry", allowed: ["name", "label", "triggers", "properties"])
                let name = try entryFields.required("name").nonEmptyString("the entry name")
                guard let entryLabel = try entryFields.optional("label").map({ try Self.label($0) }) ?? label else {
                    throw item.problem("entry '\(name)' has no label; give the lexicon a 'label' or the entry one")
                }
                var triggers = [name]
                for trigger in try entryFields.optional("triggers")?.strings("triggers") ?? [] where !triggers.contains(trigger) {
                    triggers.append(trigger)
                }
                var properties: [String: String] = [:]
                for property in try entryFields.optional("properties")?.entries("properties") ?? [] {
                    properties[property.key] = try property.value.string("property '\(property.key)'")
                }
                entry = Entry(name: name, label: entryLabel, triggers: triggers, properties: properties)
            }
            guard seen.insert(entry.name).inserted else { throw item.problem("entry '\(entry.name)' appears twice") }
            entries.append(entry)
        }
        self.init(id: id, entries: entries)
    }

    static func label(_ yaml: PackYAML) throws -> String {
        let label = try yaml.nonEmptyString("a label")
        guard let first = label.first, first.isASCII, first.isUppercase, label.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw yaml.problem("label '\(label)' must be an ASCII name starting upper-case, e.g. Industry")
        }
        return label
    }
}
