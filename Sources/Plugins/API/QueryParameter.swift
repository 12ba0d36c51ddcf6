import Foundation
import Graph

/// One typed parameter of a named query.
public struct QueryParameter: Sendable, Hashable {
    /// The value types a parameter may have; text from the command line is parsed to them.
    public enum ParameterType: String, Sendable, Hashable, CaseIterable {
        case string, int, float, bool

        /// Parses command-line text into a value of this type.
        public func parse(_ text: String, parameter: String) throws -> Value {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            switch self {
            case .string:
                return .string(text)
            case .int:
                guard let number = Int(trimmed) else {
                    throw PluginError("parameter '\(parameter)' is an int; '\(text)' is not a whole number")
                }
                return .int(number)
            case .float:
                guard let number = Double(trimmed) else {
                    throw PluginError("parameter '\(parameter)' is a float; '\(text)' is not a number")
                }
                return .float(number)
            case .bool:
                switch trimmed.lowercased() {
                case "true", "yes", "1": return .bool(true)
                case "false", "no", "0": return .bool(false)
                default: throw PluginError("parameter '\(parameter)' is a bool; use true or false, not '\(text)'")
                }
            }
        }

        /// True when `value` is of this type (an int is accepted where a float is wanted).
        public func accepts(_ value: Value) -> Bool {
            switch (self, value) {
            case (.string, .string), (.int, .int), (.float, .float), (.float, .int), (.bool, .bool): return true
            default: return false
            }
        }
    }

    /// The name used as `$name` in the query and `{name}` in question patterns.
    public var name: String
    /// The value type; `--param` text is parsed to it.
    public var type: ParameterType
    /// The node label whose names the parameter takes (e.g. `Industry`); a
    /// question fills it from names and aliases of nodes with this label.
    public var label: String?
    public var description: String
    /// Used when the parameter is not given; nil makes it required.
    public var defaultValue: Value?
    /// openCypher returning candidate values in its first column, for completion and `queries`.
    public var suggest: String?

    /// Without `suggest`, a parameter with a `label` suggests every name of that label.
    public init(
        name: String, type: ParameterType = .string, label: String? = nil, description: String = "",
        defaultValue: Value? = nil, suggest: String? = nil
    ) {
        self.name = name
        self.type = type
        self.label = label
        self.description = description
        self.defaultValue = defaultValue
        self.suggest = suggest ?? label.map { "MATCH (n:\($0)) RETURN DISTINCT n.name ORDER BY n.name" }
    }
}
