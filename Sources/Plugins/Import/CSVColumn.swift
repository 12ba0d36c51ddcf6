/// What one header field of an import file means.
///
/// neo4j-admin headers name a role or a type after a colon: `id:ID(Person)`,
/// `:START_ID(Person)`, `:END_ID(Party)`, `:LABEL`, `:TYPE`, `:IGNORE`,
/// `born:int`, `score:float`, `tags:string[]`. A header with none of these
/// (Kùzu `COPY FROM`) is plain: see `GraphImporter`.
enum CSVColumn: Equatable {
    /// The node's id in `space` (the group in parentheses, if any); stored as a property when named.
    case id(property: String?, space: String?)
    case startID(space: String?)
    case endID(space: String?)
    /// Extra labels, separated by `;`.
    case labels
    /// The relationship's type.
    case type
    case ignore
    /// A property; `kind` nil when the header gives no type.
    case property(String, kind: PropertyKind?)

    enum PropertyKind: Equatable {
        case int, float, bool, string
        indirect case list(PropertyKind)
    }

    /// True when the header field named a role or a type.
    var isTyped: Bool {
        if case .property(_, nil) = self { return false }
        return true
    }

    /// Reads one header field; `position` (1-based) and `file` name it in messages.
    init(header field: String, position: Int, file: String) throws {
        guard let colon = field.lastIndex(of: ":") else {
            self = .property(field, kind: nil)
            return
        }
        let name = String(field[..<colon])
        var role = String(field[field.index(after: colon)...])
        var space: String?
        if let open = role.firstIndex(of: "("), role.hasSuffix(")") {
            space = String(role[role.index(after: open)..<role.index(before: role.endIndex)])
            role = String(role[..<open])
        }
        switch role.uppercased() {
        case "ID": self = .id(property: name.isEmpty ? nil : name, space: space)
        case "START_ID": self = .startID(space: space)
        case "END_ID": self = .endID(space: space)
        case "LABEL": self = .labels
        case "TYPE": self = .type
        case "IGNORE": self = .ignore
        default:
            guard space == nil, let kind = Self.kind(role) else {
                throw ImportError(
                    "\(file):1: column \(position) '\(field)': unknown type '\(role)'; use int, long, float, double, boolean "
                        + "or string (add [] for a list), or ID, START_ID, END_ID, LABEL, TYPE, IGNORE")
            }
            guard !name.isEmpty else { throw ImportError("\(file):1: column \(position) '\(field)' has a type but no name") }
            self = .property(name, kind: kind)
        }
    }

    private static func kind(_ role: String) -> PropertyKind? {
        let lower = role.lowercased()
        if lower.hasSuffix("[]") { return kind(String(lower.dropLast(2))).map { .list($0) } }
        switch lower {
        case "int", "long", "short", "byte", "int64", "int32": return .int
        case "float", "double": return .float
        case "boolean", "bool": return .bool
        case "string", "char": return .string
        default: return nil
        }
    }
}
