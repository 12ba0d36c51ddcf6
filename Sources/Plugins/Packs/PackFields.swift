/// The checked keys of one YAML mapping.
struct PackFields {
    let owner: PackYAML
    let what: String
    let values: [String: PackYAML]
    /// The keys in file order.
    let keys: [String]

    func optional(_ key: String) -> PackYAML? {
        guard let value = values[key], !value.isNull else { return nil }
        return value
    }

    func required(_ key: String) throws -> PackYAML {
        guard let value = optional(key) else { throw owner.problem("\(what) needs '\(key)'") }
        return value
    }
}
