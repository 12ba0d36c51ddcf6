/// The fields of a request: its URL query, and for a form POST its body, in order.
public struct FormFields: Sendable {
    public private(set) var pairs: [(key: String, value: String)]

    public init(pairs: [(key: String, value: String)] = []) { self.pairs = pairs }

    /// Fields from a URL query (without `?`) and an optional form body.
    public init(query: String?, body: String? = nil) {
        pairs = URLText.formPairs(query ?? "") + URLText.formPairs(body ?? "")
    }

    /// The first value of `key`.
    public func first(_ key: String) -> String? { pairs.first { $0.key == key }?.value }

    /// Every value of `key`, in order.
    public func all(_ key: String) -> [String] { pairs.filter { $0.key == key }.map(\.value) }

    /// Fields whose key starts with `prefix`, with the prefix taken off (`p.person` → `person`).
    public func prefixed(_ prefix: String) -> [String: String] {
        var out: [String: String] = [:]
        for (key, value) in pairs where key.hasPrefix(prefix) && out[String(key.dropFirst(prefix.count))] == nil {
            out[String(key.dropFirst(prefix.count))] = value
        }
        return out
    }
}
