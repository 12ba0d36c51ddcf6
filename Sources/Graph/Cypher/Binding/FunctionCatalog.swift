/// The functions the engine knows, with their argument counts and static result types.
///
/// Names are matched case-insensitively, as openCypher requires.
/// See https://neo4j.com/docs/cypher-manual/current/functions/ for the behaviour followed.
enum FunctionCatalog {
    struct Signature {
        var minArguments: Int
        var maxArguments: Int
        var result: StaticType
        var isAggregate = false
    }

    static let aggregates: Set<String> = [
        "count", "collect", "sum", "avg", "min", "max", "percentiledisc", "percentilecont", "stdev", "stdevp",
    ]

    static let signatures: [String: Signature] = {
        var s: [String: Signature] = [:]
        func add(_ names: [String], _ min: Int, _ max: Int, _ result: StaticType, aggregate: Bool = false) {
            for n in names { s[n] = Signature(minArguments: min, maxArguments: max, result: result, isAggregate: aggregate) }
        }
        add(["count"], 1, 1, .int, aggregate: true)
        add(["collect"], 1, 1, .list, aggregate: true)
        add(["sum", "min", "max"], 1, 1, .any, aggregate: true)
        add(["avg", "stdev", "stdevp"], 1, 1, .any, aggregate: true)
        add(["percentiledisc", "percentilecont"], 2, 2, .any, aggregate: true)
        add(["id"], 1, 1, .int)
        add(["labels", "keys", "nodes", "relationships", "tail", "reverse", "range", "split"], 1, 3, .any)
        add(["type"], 1, 1, .string)
        add(["properties"], 1, 1, .map)
        add(["length", "size"], 1, 1, .int)
        add(["head", "last", "coalesce"], 1, 64, .any)
        add(["tostring", "toupper", "tolower", "trim", "ltrim", "rtrim", "substring", "left", "right", "replace"],
            1, 3, .string)
        add(["tointeger", "toint"], 1, 1, .any)
        add(["tofloat"], 1, 1, .any)
        add(["toboolean"], 1, 1, .any)
        add(["tostringornull", "tointegerornull", "tofloatornull", "tobooleanornull"], 1, 1, .any)
        add(["abs", "ceil", "floor", "round", "sign", "sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin",
             "acos", "atan", "cot", "degrees", "radians", "haversin"], 1, 3, .any)
        add(["atan2"], 2, 2, .float)
        add(["pi", "e", "rand"], 0, 0, .float)
        add(["startnode", "endnode"], 1, 1, .node)
        add(["exists"], 1, 1, .bool)
        add(["isempty"], 1, 1, .bool)
        add(["timestamp"], 0, 0, .int)
        add(["elementid"], 1, 1, .string)
        return s
    }()

    /// Exact argument counts where a function has only one valid count.
    static func argumentRange(_ name: String) -> ClosedRange<Int>? {
        switch name {
        case "labels", "keys", "nodes", "relationships", "tail", "reverse", "type", "properties", "length", "size",
            "head", "last", "tostring", "toupper", "tolower", "trim", "ltrim", "rtrim", "abs", "ceil", "floor", "sign",
            "sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "cot", "degrees", "radians",
            "haversin", "tointeger", "toint", "tofloat", "toboolean":
            return 1...1
        case "range": return 2...3
        case "split", "left", "right": return 2...2
        case "substring": return 2...3
        case "replace": return 3...3
        case "round": return 1...3
        case "coalesce": return 1...Int.max
        default:
            guard let s = signatures[name] else { return nil }
            return s.minArguments...s.maxArguments
        }
    }
}
