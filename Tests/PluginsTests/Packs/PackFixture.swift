import Foundation

/// A pack written into a fresh temporary folder, file by file.
struct PackFixture {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("pack-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    /// Writes `text` at `path` under the root, creating folders as needed.
    @discardableResult
    func write(_ path: String, _ text: String) throws -> URL {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    static let manifest = """
        id: low-altitude
        title: 低空经济
        summary: Low-altitude economy terms and questions
        """

    static let lexicon = """
        id: low-altitude.industries
        label: Industry
        entries:
          - name: 低空经济
            aliases: [低空产业]
            triggers: [low-altitude economy]
            kind: 新兴产业
          - 无人机
        """

    static let query = """
        id: low-altitude.units
        title: {zh: 哪些单位负责低空经济任务, en: Which units own low-altitude economy tasks}
        parameters:
          - {name: industry, label: Industry, default: 低空经济}
        cypher: |
          MATCH (a:Agency)-[r:LEADS|RESPONSIBLE_FOR]->(t:Task)-[:ABOUT]->(:Industry {name: $industry})
          RETURN DISTINCT a.name, type(r), t.code
        questions:
          - which units work on {industry}
          - 哪些单位在做{industry}
        diagram: {style: low-altitude, layout: dot}
        example:
          parameters: {industry: 低空经济}
          rows: []
        """

    static let style = """
        id: low-altitude
        nodes:
          Industry: {shape: hexagon, fillColor: "#fde2c8"}
        edges:
          ABOUT: {color: "#d9822b", lineStyle: dashed, caption: 涉及}
        """

    /// A complete, valid pack in `folder`.
    func writeValidPack(in folder: String = "low-altitude") throws {
        try write("\(folder)/plugin.yaml", Self.manifest)
        try write("\(folder)/lexicons/industries.yaml", Self.lexicon)
        try write("\(folder)/queries/units.yaml", Self.query)
        try write("\(folder)/styles/low-altitude.yaml", Self.style)
    }
}
