import Foundation
import Yams

/// A YAML word list of `Resources/lexicons` that feeds the readers rather than making nodes
/// (provinces, place boundaries, plan words, intent synonyms). Each is read once into a static
/// `Result`; readers fall back to an empty list, and the plugin that needs the list calls
/// `verify` when it registers, so a broken file stops the explorer with its name and reason
/// instead of quietly reading less.
enum BundledWordList {
    /// The top-level mapping of `lexicons/<name>.yaml`, or what kept it from being read.
    static func mapping(_ name: String) -> Result<[String: Yams.Node], PluginError> {
        guard let folder = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            return .failure(PluginError("the Plugins resource bundle has no Resources folder; rebuild the package"))
        }
        let file = "lexicons/\(name).yaml"
        let text: String
        do { text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) } catch {
            return .failure(PluginError("built-in word list \(file) cannot be read: \(error.localizedDescription)"))
        }
        let node: Yams.Node?
        do { node = try Yams.compose(yaml: text) } catch {
            return .failure(PluginError("built-in word list \(file) is not valid YAML: \(error)"))
        }
        guard let map = node?.mapping else {
            return .failure(PluginError("built-in word list \(file) is not a mapping of keys to lists"))
        }
        var result: [String: Yams.Node] = [:]
        for (key, value) in map { if let key = key.string { result[key] = value } }
        return .success(result)
    }

    /// `mapping`, also failing when a key the readers need is missing or empty.
    static func mapping(_ name: String, requiring keys: [String]) -> Result<[String: Yams.Node], PluginError> {
        mapping(name).flatMap { map in
            let missing = keys.filter { key in
                guard let node = map[key] else { return true }
                return (node.sequence?.isEmpty ?? false) || (node.mapping?.isEmpty ?? false) || node.string == ""
            }
            guard missing.isEmpty else {
                return .failure(PluginError("built-in word list lexicons/\(name).yaml has no \(missing.joined(separator: ", "))"))
            }
            return .success(map)
        }
    }

    /// The strings of a list under `key`; none when absent.
    static func strings(_ map: [String: Yams.Node], _ key: String) -> [String] {
        map[key]?.sequence?.compactMap(\.string) ?? []
    }
}
