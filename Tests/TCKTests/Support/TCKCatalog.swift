import Foundation

/// Finds the openCypher TCK next to the package, reads which tests are in scope,
/// and loads the feature files into tests.
///
/// The TCK lives outside the repository (`../shared/tck` from the package root)
/// and is never copied into it.
struct TCKCatalog {
    /// The TCK folder holding `features/`, `graphs/` and `SCOPE-tests.tsv`.
    var root: URL

    /// The package root, found from this file's location (Tests/TCKTests/Support/ is three levels down).
    /// `#filePath` sits in the body, not a default argument, which would take the caller's path.
    static func packageRoot() -> URL {
        let thisFile: String = #filePath
        return URL(fileURLWithPath: thisFile).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `../shared/tck` from the package root, standardized for messages.
    static var defaultRoot: URL {
        packageRoot().appendingPathComponent("../shared/tck").standardizedFileURL
    }

    var featuresFolder: URL { root.appendingPathComponent("features") }
    var exists: Bool { FileManager.default.fileExists(atPath: featuresFolder.path) }

    /// Feature paths relative to `features/`, sorted.
    func featurePaths() throws -> [String] {
        let base = featuresFolder.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: base) else {
            throw CatalogError("cannot list \(base); check that the TCK was copied completely")
        }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".feature") }.sorted()
    }

    func loadFeature(_ path: String) throws -> FeatureFile {
        let url = featuresFolder.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        return try GherkinParser.parse(path: path, text: text)
    }

    /// The setup script of a named graph, `graphs/<name>/<name>.cypher`.
    func namedGraphScript(_ name: String) -> String? {
        let url = root.appendingPathComponent("graphs/\(name)/\(name).cypher")
        return try? String(contentsOf: url, encoding: .utf8)
    }

    /// In-scope flags from `SCOPE-tests.tsv`, keyed by test id (file, scenario name, example row).
    func scope() throws -> [String: Bool] {
        let url = root.appendingPathComponent("SCOPE-tests.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        var result: [String: Bool] = [:]
        for (number, line) in text.split(separator: "\n").enumerated() where number > 0 {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 5 else {
                throw CatalogError("\(url.path):\(number + 1): expected at least 5 tab-separated fields")
            }
            let id = TCKTestCase.id(file: fields[0], name: fields[2], exampleRow: Int(fields[3]))
            result[id] = fields[4] == "1"
        }
        return result
    }
}

struct CatalogError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
