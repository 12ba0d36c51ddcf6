import Foundation

/// A data-only plugin: a folder a person writes without recompiling.
///
/// ```
/// low-altitude-economy/
///   plugin.yaml          id, title, summary; optional file lists and extra questions
///   lexicons/*.yaml      terms that extraction turns into nodes (see `Lexicon.init(pack:)`)
///   queries/*.yaml       named queries, one per file or a list (see `NamedQuery.init(pack:)`)
///   styles/*.yaml        diagram styles (see `DiagramStyle.init(pack:)`)
/// ```
///
/// Loading reads and checks every file; registration then adds lexicons,
/// styles, queries and extra questions, in that order, through the same
/// registrar compiled plugins use.
public struct PluginPack: DomainPlugin {
    /// From `plugin.yaml`.
    public let id: String
    /// From `plugin.yaml`.
    public let summary: String
    /// From `plugin.yaml`, when given.
    public let title: String?
    /// The pack folder as shown to the user.
    public let path: String
    let lexicons: [(Lexicon, PackLocation)]
    let styles: [(DiagramStyle, PackLocation)]
    let queries: [(NamedQuery, PackLocation)]
    let questions: [(QuestionPattern, PackLocation)]

    /// The file a pack folder must contain.
    public static let manifestName = "plugin.yaml"

    /// Adds the pack's lexicons, styles, queries and extra questions; a clash is a `PackProblem` at the item's line.
    public func register(with registrar: inout PluginRegistrar) throws {
        do {
            for (lexicon, location) in lexicons {
                try Self.located(location) { try registrar.add(lexicon: lexicon) }
            }
            for (style, location) in styles {
                try Self.located(location) { try registrar.add(style: style) }
            }
            for (query, location) in queries {
                try Self.located(location) { try registrar.add(namedQuery: query) }
            }
            for (pattern, location) in questions {
                try Self.located(location) { try registrar.add(question: pattern) }
            }
        }
    }

    /// Runs one registration, turning a clash into a problem at the item's line.
    static func located(_ location: PackLocation, _ body: () throws -> Void) throws {
        do { try body() } catch let error as PluginError { throw location.problem(.conflict, error.message) }
    }

    /// Reads and checks the pack in `folder`. Every file is read even after
    /// one fails, so a person sees all problems at once; any problem means the
    /// pack is not loaded.
    public static func load(from folder: URL) -> Result<PluginPack, PackFailure> {
        let display = PackLoader.displayPath(folder)
        let manifestURL = folder.appendingPathComponent(manifestName)
        let manifestFile = PackLoader.displayPath(manifestURL)
        var problems: [PackProblem] = []
        func read(_ url: URL) -> PackYAML? {
            let file = PackLoader.displayPath(url)
            let data: Data
            do {
                data = try DocumentReader.bytes(
                    of: url, displayName: file, kind: "YAML file", folderAdvice: "a pack's files are YAML files; move the folder out of the way")
            } catch let error as DatasetError {
                problems.append(PackProblem(.unreadable, file: file, message: error.message))
                return nil
            } catch {
                problems.append(PackProblem(.unreadable, file: file, message: "cannot read the file: \(error)"))
                return nil
            }
            guard let text = String(data: data, encoding: .utf8) else {
                problems.append(PackProblem(.unreadable, file: file, message: "not UTF-8 text; save the file as UTF-8"))
                return nil
            }
            do { return try PackYAML.parse(text, file: file) } catch let problem as PackProblem {
                problems.append(problem)
            } catch {
                problems.append(PackProblem(.syntax, file: file, message: "\(error)"))
            }
            return nil
        }

        guard FileManager.default.fileExists(atPath: manifestURL.path) else {
            let problem = PackProblem(
                .unreadable, file: display,
                message: "not a plugin pack: it has no \(manifestName) (a pack folder holds plugin.yaml and lexicons/, queries/, styles/)")
            return .failure(PackFailure(path: display, problems: [problem]))
        }
        guard let manifestYAML = read(manifestURL) else {
            return .failure(PackFailure(path: display, problems: problems))
        }
        let manifest: PackManifest
        do { manifest = try PackManifest(pack: manifestYAML) } catch {
            return .failure(PackFailure(path: display, problems: [Self.problem(error, file: manifestFile)]))
        }

        var lexicons: [(Lexicon, PackLocation)] = []
        var styles: [(DiagramStyle, PackLocation)] = []
        var queries: [(NamedQuery, PackLocation)] = []
        for (kind, listed) in [("lexicons", manifest.lexicons), ("queries", manifest.queries), ("styles", manifest.styles)] {
            let files: [URL]
            switch Self.files(kind, listed: listed, in: folder, manifestFile: manifestFile) {
            case .success(let found): files = found
            case .failure(let problem): problems.append(problem); continue
            }
            for url in files {
                guard let yaml = read(url) else { continue }
                do {
                    // A file holds one item, or a list of them.
                    let items: [PackYAML]
                    if case .sequence = yaml.node { items = try yaml.sequence(kind) } else { items = [yaml] }
                    for item in items {
                        switch kind {
                        case "lexicons": lexicons.append((try Lexicon(pack: item), PackLocation(item)))
                        case "queries": queries.append((try NamedQuery(pack: item), PackLocation(item)))
                        default: styles.append((try DiagramStyle(pack: item), PackLocation(item)))
                        }
                    }
                } catch {
                    problems.append(Self.problem(error, file: yaml.file))
                }
            }
        }
        var questions: [(QuestionPattern, PackLocation)] = []
        for (query, text, location) in manifest.questions {
            do { questions.append((try QuestionPattern(query: query, text: text), location)) } catch let error as PluginError {
                problems.append(location.problem(.invalid, error.message))
            } catch {
                problems.append(location.problem(.invalid, "\(error)"))
            }
        }
        guard problems.isEmpty else { return .failure(PackFailure(path: display, problems: problems)) }
        return .success(
            PluginPack(
                id: manifest.id, summary: manifest.summary, title: manifest.title, path: display, lexicons: lexicons,
                styles: styles, queries: queries, questions: questions))
    }

    static func problem(_ error: Error, file: String) -> PackProblem {
        if let problem = error as? PackProblem { return problem }
        if let error = error as? PluginError { return PackProblem(.invalid, file: file, message: error.message) }
        return PackProblem(.invalid, file: file, message: "\(error)")
    }

    /// The YAML files of one kind: those the manifest lists, else every
    /// `.yaml`/`.yml` file in the folder of that name, in name order.
    static func files(_ kind: String, listed: [String]?, in folder: URL, manifestFile: String) -> Result<[URL], PackProblem> {
        if let listed {
            var urls: [URL] = []
            for name in listed {
                // Inside the pack after following links, or refused: a pack never reads /etc/hostname.
                do {
                    urls.append(try ContainedPath.resolve(name, in: folder, display: "\(kind) entry '\(name)'", folderName: "the pack"))
                } catch let error as DatasetError {
                    return .failure(PackProblem(.unreadable, file: manifestFile, message: error.message))
                } catch {
                    return .failure(PackProblem(.unreadable, file: manifestFile, message: "\(kind) lists '\(name)': \(error)"))
                }
            }
            return .success(urls)
        }
        let directory = folder.appendingPathComponent(kind)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder) else { return .success([]) }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory.path) } catch {
            let reason = isFolder.boolValue ? "cannot be listed (permission denied?)" : "is not a folder"
            return .failure(PackProblem(.unreadable, file: PackLoader.displayPath(directory), message: "the \(kind) folder \(reason); fix it or remove it"))
        }
        var urls: [URL] = []
        for name in names.filter({ $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }).sorted() {
            do {
                urls.append(try ContainedPath.resolve("\(kind)/\(name)", in: folder, display: "\(kind)/\(name)", folderName: "the pack"))
            } catch let error as DatasetError {
                return .failure(PackProblem(.unreadable, file: PackLoader.displayPath(directory.appendingPathComponent(name)), message: error.message))
            } catch {
                return .failure(PackProblem(.unreadable, file: PackLoader.displayPath(directory), message: "\(error)"))
            }
        }
        return .success(urls)
    }
}
