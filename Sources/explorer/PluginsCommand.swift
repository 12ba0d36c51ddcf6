import ArgumentParser
import Graph
import Plugins

/// `explorer plugins`: every loaded plugin, where it came from and what it adds.
struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List plugins and what each adds.",
        discussion: """
            Built-in plugins come first, then data-only packs from DATASET/plugins, from \
            $XDG_CONFIG_HOME/policy-graph-explorer/plugins and from --plugin. A broken pack is \
            reported with its file and line and left out. See docs/plugins.md to write one.
            """
    )

    @OptionGroup var listing: ListingOptions
    @OptionGroup var options: DatasetOptions

    func run() throws {
        let registry = try options.registry()
        if let format = try listing.tableFormat() {
            let rows: [[Value]] = registry.plugins.map { plugin in
                let mine: ([String]) -> Value = { .list($0.map(Value.string)) }
                return [
                    .string(plugin.id), .string(registry.origins[plugin.id]?.description ?? "built-in"), .string(plugin.summary),
                    mine(registry.lexicons.filter { $0.plugin == plugin.id }.map(\.item.id)),
                    mine(registry.extractors.filter { $0.plugin == plugin.id }.map(\.item.id)),
                    mine(registry.namedQueries.filter { $0.plugin == plugin.id }.map(\.item.id)),
                    .int(registry.questions.filter { $0.plugin == plugin.id }.count),
                    mine(registry.styles.filter { $0.plugin == plugin.id }.map(\.item.id)),
                ]
            }
            listing.print(
                columns: ["id", "origin", "summary", "lexicons", "extractors", "queries", "questions", "styles"], rows: rows, as: format)
            return
        }
        var lines: [String] = []
        for (index, plugin) in registry.plugins.enumerated() {
            if index > 0 { lines.append("") }
            lines.append("\(plugin.id)  (\(registry.origins[plugin.id]?.description ?? "built-in"))")
            lines.append("  \(plugin.summary)")
            let lexicons = registry.lexicons.filter { $0.plugin == plugin.id }.map(\.item)
            if !lexicons.isEmpty {
                lines.append("  lexicons:   " + lexicons.map { "\($0.id) (\($0.entries.count) entries)" }.joined(separator: ", "))
            }
            let extractors = registry.extractors.filter { $0.plugin == plugin.id }.map(\.item.id)
            if !extractors.isEmpty { lines.append("  extractors: " + extractors.joined(separator: ", ")) }
            let queries = registry.namedQueries.filter { $0.plugin == plugin.id }.map(\.item.id)
            if !queries.isEmpty { lines.append("  queries:    " + queries.joined(separator: ", ")) }
            let questions = registry.questions.filter { $0.plugin == plugin.id }
            if !questions.isEmpty { lines.append("  questions:  \(questions.count)") }
            let styles = registry.styles.filter { $0.plugin == plugin.id }.map(\.item.id)
            if !styles.isEmpty { lines.append("  styles:     " + styles.joined(separator: ", ")) }
        }
        listing.page(lines.joined(separator: "\n") + "\n")
    }
}
