import Graph
import Yams

/// One node of a pack's YAML file with where it stands, so that every check
/// can say which file and line is wrong.
struct PackYAML {
    let node: Yams.Node
    /// The file as shown in messages.
    let file: String

    /// Parses `text`; a syntax error becomes a problem at the line Yams reports.
    static func parse(_ text: String, file: String) throws -> PackYAML {
        if let violation = YAMLLimits.checkText(text) {
            throw PackProblem(.invalid, file: file, line: violation.line, column: violation.column, message: violation.message)
        }
        let root: Yams.Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw Self.problem(from: error, file: file)
        } catch {
            throw PackProblem(.syntax, file: file, message: "not valid YAML: \(error)")
        }
        guard let root else {
            throw PackProblem(.invalid, file: file, line: 1, message: "the file is empty")
        }
        if let violation = YAMLLimits.checkTree(root) {
            throw PackProblem(.invalid, file: file, line: violation.line, column: violation.column, message: violation.message)
        }
        return PackYAML(node: root, file: file)
    }

    static func problem(from error: YamlError, file: String) -> PackProblem {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = "YAML syntax error: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line))" }
            return PackProblem(.syntax, file: file, line: mark.line, column: mark.column, message: message)
        case .reader(let problem, _, _, _):
            return PackProblem(.syntax, file: file, message: "cannot read as UTF-8 YAML: \(problem)")
        default:
            return PackProblem(.syntax, file: file, message: "not valid YAML: \(error)")
        }
    }

    /// A problem located at this node.
    func problem(_ message: String, kind: PackProblem.Kind = .invalid) -> PackProblem {
        PackProblem(kind, file: file, line: node.mark?.line, column: node.mark?.column, message: message)
    }

    var isNull: Bool {
        if case .scalar = node, tagName == Tag.Name.null.rawValue { return true }
        return false
    }

    /// The node as text; numbers and booleans are taken as written.
    func string(_ what: String) throws -> String {
        guard case .scalar(let scalar) = node else {
            throw problem("\(what) must be text, not a \(kindName)")
        }
        return scalar.string
    }

    /// The node as non-empty text.
    func nonEmptyString(_ what: String) throws -> String {
        let text = try string(what)
        guard text.contains(where: { !$0.isWhitespace }) else { throw problem("\(what) is empty") }
        return text
    }

    func bool(_ what: String) throws -> Bool {
        guard case .scalar = node, let value = node.bool else {
            throw problem("\(what) must be true or false")
        }
        return value
    }

    /// A list; a single scalar is taken as a list of one, as people write it.
    func sequence(_ what: String) throws -> [PackYAML] {
        switch node {
        case .sequence(let items): return items.map { PackYAML(node: $0, file: file) }
        case .scalar where isNull: return []
        case .scalar: return [self]
        case .mapping: throw problem("\(what) must be a list, not a mapping")
        }
    }

    func strings(_ what: String) throws -> [String] {
        try sequence(what).map { try $0.nonEmptyString("each of \(what)") }
    }

    /// A mapping whose keys must all be in `allowed`; a misspelled key is named
    /// with the closest allowed one, since a silently ignored key is the worst typo.
    func fields(_ what: String, allowed: [String]) throws -> PackFields {
        guard case .mapping(let mapping) = node else {
            throw problem("\(what) must be a mapping of \(allowed.joined(separator: ", ")), not a \(kindName)")
        }
        var values: [String: PackYAML] = [:]
        var keys: [String] = []
        for (key, value) in mapping {
            let keyNode = PackYAML(node: key, file: file)
            let name = try keyNode.string("a key of \(what)")
            guard allowed.contains(name) else {
                let hint = Self.closest(to: name, in: allowed).map { "; did you mean '\($0)'?" }
                    ?? "; allowed: \(allowed.joined(separator: ", "))"
                throw keyNode.problem("unknown key '\(name)' in \(what)\(hint)")
            }
            guard values[name] == nil else { throw keyNode.problem("key '\(name)' appears twice in \(what)") }
            values[name] = PackYAML(node: value, file: file)
            keys.append(name)
        }
        return PackFields(owner: self, what: what, values: values, keys: keys)
    }

    /// A mapping with free keys (styles by label, example parameters), in file order.
    func entries(_ what: String) throws -> [(key: String, keyNode: PackYAML, value: PackYAML)] {
        if isNull { return [] }
        guard case .mapping(let mapping) = node else {
            throw problem("\(what) must be a mapping, not a \(kindName)")
        }
        var seen: Set<String> = []
        return try mapping.map { key, value in
            let keyNode = PackYAML(node: key, file: file)
            let name = try keyNode.nonEmptyString("a key of \(what)")
            guard seen.insert(name).inserted else { throw keyNode.problem("key '\(name)' appears twice in \(what)") }
            return (name, keyNode, PackYAML(node: value, file: file))
        }
    }

    /// The node as a property value, typed as YAML resolves it (quote a
    /// number to keep it text).
    func value(_ what: String) throws -> Value {
        switch node {
        case .scalar(let scalar):
            switch tagName {
            case Tag.Name.null.rawValue: return .null
            case Tag.Name.bool.rawValue: return node.bool.map(Value.bool) ?? .string(scalar.string)
            case Tag.Name.int.rawValue: return node.int.map(Value.int) ?? .string(scalar.string)
            case Tag.Name.float.rawValue: return node.float.map(Value.float) ?? .string(scalar.string)
            default: return .string(scalar.string)
            }
        case .sequence(let items):
            return .list(try items.map { try PackYAML(node: $0, file: file).value(what) })
        case .mapping:
            var map: [String: Value] = [:]
            for entry in try entries(what) { map[entry.key] = try entry.value.value(what) }
            return .map(map)
        }
    }

    /// The resolved YAML tag (`tag:yaml.org,2002:int` …); Yams keeps `Tag.name` internal.
    var tagName: String { node.tag.description }

    var kindName: String {
        switch node {
        case .scalar: return isNull ? "null" : "single value"
        case .sequence: return "list"
        case .mapping: return "mapping"
        }
    }

    /// The allowed word within one edit of `word` (two for words of six
    /// letters or more), if any: close enough to be a typo, far enough that
    /// `level` is not taken for `label`.
    static func closest(to word: String, in candidates: [String]) -> String? {
        candidates.map { ($0, EditDistance.between(word.lowercased(), $0.lowercased())) }
            .filter { $0.1 <= (word.count >= 6 ? 2 : 1) }
            .min { $0.1 < $1.1 }?.0
    }
}
