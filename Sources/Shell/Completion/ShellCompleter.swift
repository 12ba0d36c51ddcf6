import Foundation
import Graph
import Plugins

/// Answers Tab: meta-commands and their arguments, openCypher keywords,
/// labels, relationship types, property keys, parameters, named queries and
/// entity names, which a pinyin prefix finds as well as their characters.
///
/// What is offered depends on the text before the word: `(n:` wants a label,
/// `[:` a relationship type, `n.` a property key, an open quote a name.
public final class ShellCompleter {
    unowned let session: ShellSession
    private var cachedPinyin: PinyinIndex?
    private var cachedPropertyKeys: [String]?
    private var cachedNames: [String]?
    /// Guards `cachedPinyin`, which `prepare()` may build on another thread.
    private let pinyinLock = NSLock()

    init(session: ShellSession) {
        self.session = session
    }

    /// Drops what was computed from names and plugins (after `:reload`).
    func forgetNames() {
        pinyinLock.withLock { cachedPinyin = nil }
        cachedPropertyKeys = nil
        cachedNames = nil
    }

    /// Builds the pinyin index ahead of the first Tab; call from a background
    /// queue once the prompt is up.
    public func prepare(names: [String]) {
        pinyinLock.withLock {
            if cachedPinyin == nil { cachedPinyin = PinyinIndex(names: names) }
        }
    }

    /// The words for Tab at this point of the line.
    public func complete(_ request: CompletionRequest) -> CompletionReply {
        let before = request.lineBeforeWord
        let leading = before.drop { $0.isWhitespace }
        if leading.first == ":" {
            return completeCommand(String(leading.dropFirst()), word: request.word)
        }
        return completeQuery(before, word: request.word)
    }

    // MARK: Meta-commands

    private func completeCommand(_ text: String, word: String) -> CompletionReply {
        // Still typing the command name.
        guard let space = text.firstIndex(where: \.isWhitespace) else {
            let names = session.catalog.allNames.filter { $0.hasPrefix(word.lowercased()) }
            return CompletionReply(candidates: names.sorted())
        }
        let name = String(text[..<space])
        guard let command = session.catalog.command(named: name) else { return .none }
        let arguments = text[space...].drop { $0.isWhitespace }
        // Part of the current argument lies before the word when it holds a
        // break character (`work-plans.units`): match whole arguments, offer the rest.
        let typedPart = String(arguments.reversed().prefix { !$0.isWhitespace }.reversed())
        let argumentIndex = ArgumentWords.split(String(arguments)).count - (typedPart.isEmpty ? 0 : 1)
        let token = typedPart + word
        var candidates: [String] = []
        switch (command.name, argumentIndex) {
        case ("run", 0):
            candidates = session.services.namedQueries().map(\.name).filter { $0.hasPrefix(token) }
        case ("run", _):
            let queryName = ArgumentWords.split(String(arguments)).first ?? ""
            let query = session.services.namedQueries().first { $0.name == queryName }
            if token.contains("=") {
                // `=` ends a word for libedit, so the word is the value: a name.
                return CompletionReply(candidates: names(matching: word))
            }
            candidates = (query?.parameters.map { $0.name + "=" } ?? []).filter { $0.hasPrefix(token) }
            if candidates.count == 1 { return CompletionReply(candidates: Self.strip(typedPart, from: candidates), suffix: "\0") }
        case ("why", 0), ("param", 1...):
            return CompletionReply(candidates: names(matching: word))
        case ("render", 1):
            candidates = MetaCommand.layouts.filter { $0.hasPrefix(token) }
        case ("render", 0):
            return .none
        case (_, 0):
            candidates = command.argumentWords(session).filter { $0.hasPrefix(token) }
        default:
            return .none
        }
        return CompletionReply(candidates: Self.strip(typedPart, from: candidates))
    }

    /// Candidates that all start with `typed`, minus that part.
    private static func strip(_ typed: String, from candidates: [String]) -> [String] {
        candidates.map { String($0.dropFirst(typed.count)) }
    }

    // MARK: Queries

    private func completeQuery(_ before: String, word: String) -> CompletionReply {
        var scanner = CypherScanner(before)
        var openings: [(character: Character, index: String.Index)] = []
        var last: Character?
        while let (index, character) = scanner.nextCodeCharacter() {
            switch character {
            case "(", "[", "{": openings.append((character, index))
            case ")", "]", "}": if !openings.isEmpty { openings.removeLast() }
            default: break
            }
            if !character.isWhitespace { last = character }
        }
        let open = openings.map(\.character)
        if let quote = scanner.openQuote {
            // Inside a string: entity names, only of the pattern's label when it has one
            // (`(p:Person {name: '…`); inside `quoted names`: nothing to guess.
            guard quote != "`" else { return .none }
            var candidates = names(matching: word)
            if let node = openings.last(where: { $0.character == "(" }),
                let label = Self.label(inNodePattern: before[node.index...]), session.graph.labels.contains(label)
            {
                candidates = candidates.filter { name in
                    session.graph.nodes(named: name).contains { session.graph.node($0).hasLabel(label) }
                }
            }
            return CompletionReply(candidates: candidates, suffix: quote)
        }
        if word.hasPrefix("$") {
            return CompletionReply(candidates: parameterNames().map { "$" + $0 }.filter { $0.hasPrefix(word) })
        }
        let previous = before.last
        if previous == ":" || (previous == "|" && open.last == "[") {
            switch open.last {
            case "[": return CompletionReply(candidates: session.graph.relationshipTypes.filter { $0.hasPrefix(word) })
            case "{": return quotedNames(matching: word)
            default: return CompletionReply(candidates: session.graph.labels.filter { $0.hasPrefix(word) })
            }
        }
        if let typed = Self.procedureNameBeingCalled(before) {
            // `.` ends a word for libedit: `CALL db.la` completes `la`, after `db.`.
            let names = session.services.procedures().map(\.name).filter { $0.hasPrefix(typed + word) }
            return CompletionReply(candidates: names.map { String($0.dropFirst(typed.count)) })
        }
        if previous == "." {
            let variable = String(before.dropLast().reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" }.reversed())
            return CompletionReply(candidates: propertyKeys(of: variable, in: before).filter { $0.hasPrefix(word) })
        }
        if open.last == "{" && (last == "{" || last == ",") {
            return CompletionReply(candidates: propertyKeys().filter { $0.hasPrefix(word) }, suffix: ":")
        }
        guard !word.isEmpty else { return .none }
        let lowercased = word.lowercased()
        let wantsLower = word == lowercased
        var candidates = CypherVocabulary.keywords.filter { $0.lowercased().hasPrefix(lowercased) }
            .map { wantsLower ? $0.lowercased() : $0 }
        candidates += CypherVocabulary.functions.filter { $0.lowercased().hasPrefix(lowercased) }
        candidates += session.graph.labels.filter { $0.lowercased().hasPrefix(lowercased) && $0.hasPrefix(word) }
        if !candidates.isEmpty { return CompletionReply(candidates: candidates) }
        return quotedNames(matching: word)
    }

    /// The part of a procedure name typed after `CALL` before the word being completed
    /// (`CALL db.` → `db.`, `CALL ` → empty), or nil when the text is not after `CALL`.
    static func procedureNameBeingCalled(_ text: String) -> String? {
        let name = String(text.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }.reversed())
        var rest = text.dropLast(name.count)
        guard rest.last?.isWhitespace == true else { return nil }
        while rest.last?.isWhitespace == true { rest = rest.dropLast() }
        guard rest.uppercased().hasSuffix("CALL") else { return nil }
        if let preceding = rest.dropLast(4).last, preceding.isLetter || preceding.isNumber || preceding == "_" {
            return nil
        }
        return name
    }

    /// The first label of a node pattern's text, `(p:Person {` → `Person`.
    static func label(inNodePattern text: Substring) -> String? {
        var rest = text.dropFirst().drop { $0.isWhitespace }
        rest = rest.drop { $0.isLetter || $0.isNumber || $0 == "_" }.drop { $0.isWhitespace }
        guard rest.first == ":" else { return nil }
        let label = rest.dropFirst().drop { $0.isWhitespace }.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        return label.isEmpty ? nil : String(label)
    }

    private func quotedNames(matching word: String) -> CompletionReply {
        CompletionReply(candidates: names(matching: word).map { "'\($0)'" })
    }

    // MARK: Sources of words

    /// Entity names for a typed prefix: Chinese characters match names that
    /// start with them (or, failing that, contain them); Latin letters are read as pinyin.
    func names(matching word: String) -> [String] {
        let limit = 200
        guard !word.isEmpty else { return [] }
        if word.unicodeScalars.allSatisfy(\.isASCII) {
            let latin = indexedNames().filter { $0.hasPrefix(word) }
            return Array((latin + pinyin().names(matching: word)).prefix(limit))
        }
        let names = indexedNames()
        let starting = names.filter { $0.hasPrefix(word) }
        return Array((starting.isEmpty ? names.filter { $0.contains(word) } : starting).prefix(limit))
    }

    private func pinyin() -> PinyinIndex {
        let names = indexedNames()
        return pinyinLock.withLock {
            if let cachedPinyin { return cachedPinyin }
            let index = PinyinIndex(names: names)
            cachedPinyin = index
            return index
        }
    }

    /// Names whose pinyin starts with `prefix`, from the cached index.
    func pinyinNames(matching prefix: String) -> [String] {
        pinyin().names(matching: prefix)
    }

    /// The graph's names and aliases, sorted once rather than on every Tab.
    private func indexedNames() -> [String] {
        if let cachedNames { return cachedNames }
        let names = session.graph.indexedNames
        cachedNames = names
        return names
    }

    private func propertyKeys() -> [String] {
        if let cachedPropertyKeys { return cachedPropertyKeys }
        var keys = Set<String>()
        for node in session.graph.nodes { keys.formUnion(node.properties.keys) }
        for relationship in session.graph.relationships { keys.formUnion(relationship.properties.keys) }
        let sorted = keys.sorted()
        cachedPropertyKeys = sorted
        return sorted
    }

    /// The keys of what `variable` is bound to in `text` — `(p:Person` or
    /// `[r:LEADS` — else every key in the graph. Looks at up to 1,000 elements.
    private func propertyKeys(of variable: String, in text: String) -> [String] {
        guard !variable.isEmpty,
            let pattern = try? Regex(#"([(\[])\s*"# + variable + #"\s*:\s*([A-Za-z_][A-Za-z0-9_]*)"#),
            let match = text.firstMatch(of: pattern),
            let opening = match.output[1].substring, let name = match.output[2].substring.map(String.init)
        else { return propertyKeys() }
        var keys = Set<String>()
        if opening == "(" {
            for id in session.graph.nodes(withLabel: name).prefix(1000) { keys.formUnion(session.graph.node(id).properties.keys) }
        } else {
            for id in session.graph.relationships(ofType: name).prefix(1000) {
                keys.formUnion(session.graph.relationship(id).properties.keys)
            }
        }
        return keys.isEmpty ? propertyKeys() : keys.sorted()
    }

    private func parameterNames() -> [String] {
        var names = Set(session.settings.parameters.keys)
        for query in session.services.namedQueries() { names.formUnion(query.parameters.map(\.name)) }
        return names.sorted()
    }
}
