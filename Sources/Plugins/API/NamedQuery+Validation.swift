import Graph

extension NamedQuery {
    /// Checks what can be checked without a graph: names, types, that the
    /// text's `$parameters` and the declared ones agree, that every question
    /// can fill every required parameter, and that the example fits.
    public func validate() throws {
        guard Self.isIdentifier(id, allowing: ".-_") else {
            throw PluginError("query id '\(id)' must be lowercase ASCII letters, digits, '.', '-' or '_' (e.g. work-plans.units-for-industry)")
        }
        guard !title.zh.isEmpty, !title.en.isEmpty else {
            throw PluginError("query '\(id)' needs a title in Chinese (zh) and in English (en)")
        }
        guard cypher.contains(where: { !$0.isWhitespace }) else {
            throw PluginError("query '\(id)' has no openCypher text")
        }
        var seen: Set<String> = []
        for parameter in parameters {
            guard Self.isIdentifier(parameter.name, allowing: "_", lowercaseOnly: false) else {
                throw PluginError("query '\(id)' has parameter '\(parameter.name)'; names are ASCII letters, digits and _")
            }
            guard seen.insert(parameter.name).inserted else {
                throw PluginError("query '\(id)' declares parameter '\(parameter.name)' twice")
            }
            if let fallback = parameter.defaultValue, !parameter.type.accepts(fallback) {
                throw PluginError("query '\(id)': the default of '\(parameter.name)' is not a \(parameter.type.rawValue)")
            }
        }
        let used = Self.parameterNames(in: cypher)
        for name in used.sorted() where !seen.contains(name) {
            throw PluginError("query '\(id)' uses $\(name) but declares no parameter '\(name)'")
        }
        for name in seen.sorted() where !used.contains(name) {
            throw PluginError("query '\(id)' declares parameter '\(name)' but its text never uses $\(name)")
        }
        if let drawing = diagram.cypher {
            for name in Self.parameterNames(in: drawing).sorted() where !seen.contains(name) {
                throw PluginError("the diagram query of '\(id)' uses $\(name) but the query declares no parameter '\(name)'")
            }
        }
        for text in questions {
            let pattern = try QuestionPattern(query: id, text: text)
            for parameter in parameters where parameter.defaultValue == nil && !pattern.slots.contains(parameter.name) {
                throw PluginError(
                    "question '\(text)' of query '\(id)' has no slot {\(parameter.name)} and the parameter has no default; add one of them")
            }
        }
        guard QueryDiagram.layouts.contains(diagram.layout) else {
            throw PluginError("query '\(id)' asks for layout '\(diagram.layout)'; use one of \(QueryDiagram.layouts.sorted().joined(separator: ", "))")
        }
        for (name, value) in example.parameters {
            guard let parameter = parameter(named: name) else {
                throw PluginError("the example of query '\(id)' sets '\(name)', which is not a parameter")
            }
            guard parameter.type.accepts(value) else {
                throw PluginError("the example of query '\(id)' sets '\(name)' to a value that is not a \(parameter.type.rawValue)")
            }
        }
        for parameter in parameters where parameter.defaultValue == nil && example.parameters[parameter.name] == nil {
            throw PluginError("the example of query '\(id)' must set '\(parameter.name)', which has no default")
        }
        if let columns = example.columns {
            for (index, row) in example.rows.enumerated() where row.count != columns.count {
                throw PluginError("row \(index + 1) of the example of query '\(id)' has \(row.count) values for \(columns.count) columns")
            }
        }
    }

    /// The names written `$name` in openCypher text, outside string literals and comments.
    ///
    /// Complexity: O(n) in the length of `text`.
    static func parameterNames(in text: String) -> Set<String> {
        var names: Set<String> = []
        let characters = Array(text)
        var index = 0
        var quote: Character?
        while index < characters.count {
            let character = characters[index]
            if let open = quote {
                if character == "\\" { index += 2; continue }
                if character == open { quote = nil }
                index += 1
                continue
            }
            if character == "'" || character == "\"" || character == "`" {
                quote = character
            } else if character == "/", index + 1 < characters.count, characters[index + 1] == "/" {
                while index < characters.count, characters[index] != "\n" { index += 1 }
                continue
            } else if character == "$" {
                var end = index + 1
                while end < characters.count, characters[end].isASCII, characters[end].isLetter || characters[end].isNumber || characters[end] == "_" {
                    end += 1
                }
                if end > index + 1 { names.insert(String(characters[(index + 1)..<end])) }
                index = end
                continue
            }
            index += 1
        }
        return names
    }

    static func isIdentifier(_ text: String, allowing extra: String, lowercaseOnly: Bool = true) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter else { return false }
        return text.allSatisfy { c in
            c.isASCII && ((c.isLetter && (!lowercaseOnly || c.isLowercase)) || c.isNumber || extra.contains(c))
        }
    }
}
