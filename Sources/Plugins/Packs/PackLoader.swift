import Foundation

/// Finds data-only packs and loads them into a registry, skipping (and
/// reporting) any that is broken so that one bad file never stops the tool.
///
/// Packs are looked for, in this order: the dataset's `plugins/` folder, the
/// user's configuration folder (`$XDG_CONFIG_HOME/policy-graph-explorer/plugins`,
/// else `~/.config/policy-graph-explorer/plugins`), then each `--plugin PATH`.
/// A place is either one pack (it has `plugin.yaml`) or a folder of packs.
public enum PackLoader {
    /// A place packs are looked for.
    public struct Source: Sendable, Hashable {
        /// Which of the three places; a missing folder is an error only for the command line.
        public enum Place: String, Sendable, Hashable {
            case dataset, user, commandLine = "command line"
        }

        /// One pack, or a folder of packs.
        public var url: URL
        /// Where the path came from.
        public var place: Place

        /// A place to look for packs.
        public init(url: URL, place: Place) {
            self.url = url
            self.place = place
        }
    }

    /// The user's pack folder: `$XDG_CONFIG_HOME/policy-graph-explorer/plugins`
    /// when that variable is set and absolute (as the XDG spec asks), else
    /// `$HOME/.config/policy-graph-explorer/plugins`.
    public static func userFolder(environment: [String: String]) -> URL? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return URL(fileURLWithPath: config).appendingPathComponent("policy-graph-explorer/plugins")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".config/policy-graph-explorer/plugins")
    }

    /// The places to look, in load order.
    public static func sources(dataset: URL?, explicit: [String], environment: [String: String]) -> [Source] {
        var sources: [Source] = []
        if let dataset { sources.append(Source(url: dataset.appendingPathComponent("plugins"), place: .dataset)) }
        if let user = userFolder(environment: environment) { sources.append(Source(url: user, place: .user)) }
        for path in explicit {
            sources.append(Source(url: URL(fileURLWithPath: path).standardizedFileURL, place: .commandLine))
        }
        return sources
    }

    /// Loads every pack found in `sources` into `registry`, in order. Returns
    /// the packs that were skipped and why; the registry holds all the others.
    @discardableResult
    public static func load(_ sources: [Source], into registry: inout PluginRegistry) -> [PackFailure] {
        var failures: [PackFailure] = []
        for source in sources {
            let (folders, problems) = packFolders(in: source)
            failures += problems
            for folder in folders {
                switch PluginPack.load(from: folder) {
                case .failure(let failure):
                    failures.append(failure)
                case .success(let pack):
                    do {
                        try registry.load(pack, origin: .pack(path: pack.path))
                    } catch let problem as PackProblem {
                        failures.append(PackFailure(path: pack.path, problems: [problem]))
                    } catch {
                        let manifest = displayPath(folder.appendingPathComponent(PluginPack.manifestName))
                        failures.append(PackFailure(path: pack.path, problems: [PackProblem(.conflict, file: manifest, line: 1, message: "\(error)")]))
                    }
                }
            }
        }
        return failures
    }

    /// The pack folders of one place. A missing dataset or user folder is
    /// normal (nobody has written a pack); a missing `--plugin` path is not.
    static func packFolders(in source: Source) -> ([URL], [PackFailure]) {
        let display = displayPath(source.url)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source.url.path, isDirectory: &isDirectory) else {
            guard source.place == .commandLine else { return ([], []) }
            return ([], [PackFailure(path: display, problems: [PackProblem(.unreadable, file: display, message: "--plugin path does not exist")])])
        }
        guard isDirectory.boolValue else {
            let problem = PackProblem(.unreadable, file: display, message: "a plugin pack is a folder holding plugin.yaml, not a file; pass the folder")
            return ([], [PackFailure(path: display, problems: [problem])])
        }
        if FileManager.default.fileExists(atPath: source.url.appendingPathComponent(PluginPack.manifestName).path) {
            return ([source.url], [])
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: source.url.path)) ?? []).sorted()
        var folders: [URL] = []
        var failures: [PackFailure] = []
        for name in names where !name.hasPrefix(".") {
            let url = source.url.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else { continue }
            if FileManager.default.fileExists(atPath: url.appendingPathComponent(PluginPack.manifestName).path) {
                folders.append(url)
            } else {
                let problem = PackProblem(
                    .unreadable, file: displayPath(url),
                    message: "this folder among the \(source.place.rawValue) plugins has no plugin.yaml, so it is not a pack")
                failures.append(PackFailure(path: displayPath(url), problems: [problem]))
            }
        }
        if folders.isEmpty && failures.isEmpty && source.place == .commandLine {
            failures.append(PackFailure(path: display, problems: [PackProblem(.unreadable, file: display, message: "no plugin.yaml here nor in any folder inside")]))
        }
        return (folders, failures)
    }

    /// `url` relative to the working folder when inside it, else absolute.
    static func displayPath(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let base = FileManager.default.currentDirectoryPath
        if path.hasPrefix(base + "/") { return String(path.dropFirst(base.count + 1)) }
        return path
    }
}
