extension Lexicon {
    /// Reads a lexicon file, in the same format as the built-in lexicons
    /// (`LexiconFile`), checking every field and reporting its line:
    ///
    /// ```yaml
    /// id: silver-economy.terms
    /// label: Industry          # the label every entry becomes, unless the entry says otherwise
    /// entries:
    ///   - name: 银发经济
    ///     aliases: [银发产业]      # other names of the same thing; found in text too
    ///     triggers: [养老服务, silver economy]   # words that mean it without naming it
    ///     kind: 新兴消费           # any other plain value becomes a node property
    ///   - name: 九三学社
    ///     bound-aliases: [九三]    # names found only before one of `bound-before`
    ///     bound-before: [中央, 省委] # (right after, or past a place's few characters)
    ///   - 适老化改造              # shorthand: an entry that is only its name
    /// ```
    ///
    /// As in `LexiconFile`, aliases and triggers both end up in `Entry.triggers`
    /// (after the name) and aliases also in the `aliases` property joined by
    /// `|`. Triggers serve `explorer ask` too, so English names belong there.
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
                guard let label else {
                    throw item.problem("entry '\(name)' has no label; give the lexicon a 'label' or write the entry as a mapping with one")
                }
                entry = Entry(name: name, label: label, triggers: [name])
            } else {
                entry = try Self.entry(item, label: label)
            }
            guard seen.insert(entry.name).inserted else { throw item.problem("entry '\(entry.name)' appears twice") }
            entries.append(entry)
        }
        self.init(id: id, entries: entries)
    }

    static let entryKeys = ["name", "label", "aliases", "triggers", "bound-aliases", "bound-before"]

    static func entry(_ item: PackYAML, label: String?) throws -> Entry {
        let entries = try item.entries("an entry")
        guard let nameNode = entries.first(where: { $0.key == "name" })?.value else {
            throw item.problem("an entry needs 'name'")
        }
        let name = try nameNode.nonEmptyString("the entry name")
        var entryLabel = label
        var aliases: [String] = []
        var triggers: [String] = []
        var properties: [String: String] = [:]
        for (key, keyNode, value) in entries {
            switch key {
            case "name": break
            case "label": entryLabel = try Self.label(value)
            case "aliases": aliases = try value.strings("aliases")
            case "triggers": triggers = try value.strings("triggers")
            case "bound-aliases", "bound-before": properties[key] = try value.strings(key).joined(separator: "|")
            default:
                // Any other key is a property; a near miss of a known key is a typo, not a property.
                if let meant = PackYAML.closest(to: key, in: entryKeys) {
                    throw keyNode.problem("unknown key '\(key)' in entry '\(name)'; did you mean '\(meant)'?")
                }
                guard case .scalar = value.node else {
                    throw value.problem("property '\(key)' of entry '\(name)' must be a single value (text or number)")
                }
                properties[key] = try value.string("property '\(key)'")
            }
        }
        guard let entryLabel else {
            throw item.problem("entry '\(name)' has no label; give the lexicon a 'label' or the entry one")
        }
        if (properties["bound-aliases"] == nil) != (properties["bound-before"] == nil) {
            throw item.problem("entry '\(name)' needs both 'bound-aliases' and 'bound-before' (the words the aliases stand before)")
        }
        if !aliases.isEmpty { properties["aliases"] = aliases.joined(separator: "|") }
        var all = [name]
        for form in aliases + triggers where !all.contains(form) { all.append(form) }
        return Entry(name: name, label: entryLabel, triggers: all, properties: properties)
    }

    static func label(_ yaml: PackYAML) throws -> String {
        let label = try yaml.nonEmptyString("a label")
        guard let first = label.first, first.isASCII, first.isUppercase, label.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw yaml.problem("label '\(label)' must be an ASCII name starting upper-case, e.g. Industry")
        }
        return label
    }
}
