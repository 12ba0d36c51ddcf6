import Foundation

/// The lexicons shipped in `Resources/lexicons`, read once per process.
enum BuiltInLexicons {
    /// The lexicon in `Resources/lexicons/<name>.yaml`.
    static func load(_ name: String) throws -> Lexicon {
        guard let folder = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw PluginError("the Plugins resource bundle has no Resources folder; rebuild the package")
        }
        let url = folder.appendingPathComponent("lexicons/\(name).yaml")
        do { return try LexiconFile.load(url) } catch let error as LexiconError {
            throw PluginError("built-in lexicon \(name): \(error.message)")
        }
    }
}
