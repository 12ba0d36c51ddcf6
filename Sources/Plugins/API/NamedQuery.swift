import Graph

/// A question a plugin answers: openCypher text with typed parameters, titled
/// in Chinese and English, with the phrasings `explorer ask` recognises, the
/// diagram to draw its result with, and an example whose rows a test checks.
///
/// Named queries are data: the built-in ones are YAML files under
/// `Resources/queries/`, and data-only packs add more without recompiling.
public struct NamedQuery: Sendable, Hashable {
    /// Unique across all plugins, dotted by domain, e.g. `work-plans.units-for-industry`.
    public var id: String
    /// The title in Chinese and in English.
    public var title: LocalizedText
    /// What the query answers and how to read its rows.
    public var description: String
    /// openCypher text; parameters are written `$name`.
    public var cypher: String
    /// The parameters `cypher` uses, in the order they are asked for.
    public var parameters: [QueryParameter]
    /// Phrasings `explorer ask` matches, each naming parameters as `{name}`.
    public var questions: [String]
    /// What the query is about, as groups of words in either language
    /// (`[[lead, led, 牵头], [task, 任务]]`): `ask` counts a group when the
    /// question says any of its words, and picks the query whose groups and
    /// parameter labels best explain the question, however it is phrased.
    /// English words match their regular forms (`answer` covers answered,
    /// answers); a word written `~有哪些` is weak: half a group, never held against another query.
    public var intent: [[String]]
    /// How `--render` draws the result unless told otherwise.
    public var diagram: QueryDiagram
    /// A run with known parameters and the rows it must return on the bundled dataset.
    public var example: QueryExample

    /// A query as a compiled plugin writes it; packs use `init(pack:)`. Nothing is checked until registration.
    public init(
        id: String, title: LocalizedText, description: String = "", cypher: String,
        parameters: [QueryParameter] = [], questions: [String] = [], intent: [[String]] = [],
        diagram: QueryDiagram = QueryDiagram(), example: QueryExample
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.cypher = cypher
        self.parameters = parameters
        self.questions = questions
        self.intent = intent
        self.diagram = diagram
        self.example = example
    }

    /// The parameter called `name`, if the query has one.
    public func parameter(named name: String) -> QueryParameter? {
        parameters.first { $0.name == name }
    }

    /// Turns `name=text` pairs (from `--param`) into typed values, adding the
    /// defaults of parameters not given. Throws when a name is unknown, a text
    /// does not fit its type, or a parameter without default is missing.
    public func bind(_ texts: [String: String]) throws -> [String: Value] {
        var values: [String: Value] = [:]
        for (name, text) in texts {
            guard let parameter = parameter(named: name) else {
                let known = parameters.map(\.name).joined(separator: ", ")
                throw PluginError(
                    "query '\(id)' has no parameter '\(name)'"
                        + (known.isEmpty ? "; it takes none" : "; its parameters are: \(known)"))
            }
            values[name] = try parameter.type.parse(text, parameter: name)
        }
        for parameter in parameters where values[parameter.name] == nil {
            guard let fallback = parameter.defaultValue else {
                throw PluginError(
                    "query '\(id)' needs parameter '\(parameter.name)' (\(parameter.type.rawValue)); "
                        + "pass --param \(parameter.name)=VALUE")
            }
            values[parameter.name] = fallback
        }
        return values
    }
}
