import Foundation
import Testing

/// A scratch folder for end-to-end plugin tests: a copy of the bundled
/// dataset without its packs, an empty configuration folder (so packs the
/// user has installed cannot change the results), and room for packs.
final class PluginWorkspace {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("plugins-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("config"), withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    var bundledDataset: URL { ExplorerRunner.packageRoot.appendingPathComponent("graphs/wuhan-cppcc") }

    /// Runs the explorer with the configuration folder pointed into the workspace.
    func run(_ arguments: [String]) throws -> ExplorerRunner.Output {
        try ExplorerRunner.run(arguments, environment: ["XDG_CONFIG_HOME": root.appendingPathComponent("config").path])
    }

    /// The bundled documents and manifest, copied without `plugins/` or `build/`.
    func datasetWithoutPacks() throws -> String {
        let copy = root.appendingPathComponent("dataset")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        for item in ["manifest.yaml", "documents"] {
            try FileManager.default.copyItem(at: bundledDataset.appendingPathComponent(item), to: copy.appendingPathComponent(item))
        }
        return copy.path
    }

    /// The bundled silver-economy pack, copied into `folder` of the workspace.
    func copyExamplePack(to folder: String) throws -> String {
        let target = root.appendingPathComponent(folder)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: bundledDataset.appendingPathComponent("plugins/silver-economy"), to: target)
        return target.path
    }

    /// Writes `text` at `path` inside the workspace.
    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}

@Suite struct PluginsCommandTests {
    @Test func listsEachPluginWithWhereItCameFromAndWhatItAdds() throws {
        let workspace = try PluginWorkspace()
        let result = try workspace.run(["plugins", "--format", "text"])
        #expect(result.status == 0, "\(result.stderr)")
        for id in ["work-plans", "proceedings", "work-plan-queries", "proceedings-queries", "data-quality", "silver-economy"] {
            #expect(result.stdout.contains("\(id)  ("), "plugin \(id) missing")
        }
        #expect(result.stdout.contains("silver-economy  (graphs/wuhan-cppcc/plugins/silver-economy)"))
        #expect(result.stdout.contains("queries:    silver-economy.parties, silver-economy.speakers"))
        #expect(result.stdout.contains("lexicons:   silver-economy.themes (4 entries)"))
    }

    @Test func loadsPacksFromTheUsersConfigurationFolder() throws {
        let workspace = try PluginWorkspace()
        let dataset = try workspace.datasetWithoutPacks()
        _ = try workspace.copyExamplePack(to: "config/policy-graph-explorer/plugins/silver-economy")
        let result = try workspace.run(["plugins", dataset, "--format", "text"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("silver-economy  (\(workspace.root.path)/config/policy-graph-explorer/plugins/silver-economy)"))
    }

    @Test func aBrokenPackIsReportedWithFileAndLineAndSkipped() throws {
        let workspace = try PluginWorkspace()
        try workspace.write("broken/plugin.yaml", "id: broken\nsummary: a pack with a syntax error\n")
        try workspace.write("broken/queries/bad.yaml", "id: broken.q\ntitle: {zh: 坏, en: bad\ncypher: MATCH (n) RETURN n\n")
        let result = try workspace.run(["plugins", "--plugin", workspace.root.appendingPathComponent("broken").path, "--format", "text"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: skipped plugin pack"))
        #expect(result.stderr.contains("broken/queries/bad.yaml:3:"))
        #expect(!result.stdout.contains("broken  ("))
        #expect(result.stdout.contains("silver-economy  ("))
    }

    @Test func aPacksLexiconAddsIndustryTriggersToExtraction() throws {
        let workspace = try PluginWorkspace()
        let dataset = try workspace.datasetWithoutPacks()
        let count = "MATCH (s:Speech)-[:ABOUT]->(i:Industry {name: '医养结合'}) RETURN count(s) AS speeches"
        let plain = try workspace.run(["build", dataset])
        #expect(plain.status == 0, "\(plain.stderr)")
        let before = try workspace.run(["query", dataset, count, "--format", "csv"])
        // CSV rows end in CRLF (RFC 4180); compare lines.
        #expect(before.stdout.split(whereSeparator: \.isNewline) == ["speeches", "0"], "\(before.stderr)")
        let pack = try workspace.copyExamplePack(to: "fresh/silver-economy")
        let built = try workspace.run(["build", dataset, "--plugin", pack])
        #expect(built.status == 0, "\(built.stderr)")
        let after = try workspace.run(["query", dataset, count, "--format", "csv"])
        #expect(after.stdout.split(whereSeparator: \.isNewline) == ["speeches", "1"], "\(after.stderr)")
    }
}
