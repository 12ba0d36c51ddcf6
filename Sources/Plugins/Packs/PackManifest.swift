/// The `plugin.yaml` of a pack:
///
/// ```yaml
/// id: low-altitude-economy        # lowercase, unique among all plugins
/// title: 低空经济
/// summary: Low-altitude economy (低空经济) terms, questions and a diagram style
/// version: 1                      # optional, for the author
/// lexicons: [lexicons/terms.yaml] # optional; by default every YAML file in lexicons/
/// queries: …                      # likewise queries/
/// styles: …                       # likewise styles/
/// questions:                      # optional: more phrasings for any plugin's query
///   - {query: work-plans.units-for-industry, text: 哪些部门承担{industry}任务}
/// ```
struct PackManifest {
    var id: String
    var title: String?
    var summary: String
    var lexicons: [String]?
    var queries: [String]?
    var styles: [String]?
    var questions: [(query: String, text: String, location: PackLocation)]

    init(pack yaml: PackYAML) throws {
        let fields = try yaml.fields(
            "plugin.yaml", allowed: ["id", "title", "summary", "version", "lexicons", "queries", "styles", "questions"])
        let idNode = try fields.required("id")
        id = try idNode.nonEmptyString("the plugin id")
        guard NamedQuery.isIdentifier(id, allowing: "-_") else {
            throw idNode.problem("plugin id '\(id)' must be lowercase ASCII letters, digits, '-' or '_', e.g. low-altitude-economy")
        }
        title = try fields.optional("title")?.string("the title")
        summary = try fields.required("summary").nonEmptyString("the summary")
        if let version = fields.optional("version") { _ = try version.string("the version") }
        lexicons = try fields.optional("lexicons")?.strings("lexicons")
        queries = try fields.optional("queries")?.strings("queries")
        styles = try fields.optional("styles")?.strings("styles")
        questions = []
        for item in try fields.optional("questions")?.sequence("questions") ?? [] {
            let question = try item.fields("a question", allowed: ["query", "text"])
            questions.append(
                (try question.required("query").nonEmptyString("the query id"),
                 try question.required("text").nonEmptyString("the question text"), PackLocation(item)))
        }
    }
}
