import Foundation

/// A built-in plugin whose contributions are data: a pack folder shipped as a
/// resource under `Resources/queries/`, read with the same loader and checks
/// as a user's pack. Code holds only the id and where the folder is.
public struct BundledQueryPlugin: DomainPlugin {
    /// Must equal the id in the folder's `plugin.yaml`.
    public let id: String
    /// One line for `explorer plugins`.
    public let summary: String
    /// The folder under `Resources/queries/`.
    public let folder: String

    /// A plugin reading `Resources/queries/<folder>/` when it registers.
    public init(id: String, folder: String, summary: String) {
        self.id = id
        self.summary = summary
        self.folder = folder
    }

    /// Where the resource folders are: `Resources/queries` of the Plugins
    /// resource bundle. Foundation on Linux already ends `resourceURL` with the
    /// copied `Resources` folder, on macOS it does not, so both are tried.
    static var resourcesURL: URL? {
        let bases = [Bundle.module.resourceURL, Bundle.module.bundleURL].compactMap { $0 }
        let candidates = bases.flatMap { [$0.appendingPathComponent("Resources/queries"), $0.appendingPathComponent("queries")] }
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Loads and checks the folder like a pack; a broken resource is a `PluginError`.
    public func register(with registrar: inout PluginRegistrar) throws {
        guard let base = Self.resourcesURL else {
            throw PluginError("plugin '\(id)': the explorer's resource bundle is missing; reinstall or rebuild it")
        }
        _ = try IntentSynonyms.loaded.get()
        switch PluginPack.load(from: base.appendingPathComponent(folder)) {
        case .failure(let failure):
            throw PluginError("built-in plugin '\(id)' has a broken resource: \(failure)")
        case .success(let pack):
            guard pack.id == id else {
                throw PluginError("built-in plugin '\(id)' loads resource folder '\(folder)', whose plugin.yaml says id '\(pack.id)'")
            }
            try pack.register(with: &registrar)
        }
    }
}
