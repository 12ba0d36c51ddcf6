import Foundation
import Graph
import Testing
@testable import Plugins

/// Organizations are whole, and an institute or school is part of its university.
@Suite struct OrganizationHierarchyTests {
    static func build(_ text: String, city: String? = "武汉") throws -> PropertyGraph {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("words-orgs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try text.write(to: folder.appendingPathComponent("2024-01-19-speeches.txt"), atomically: true, encoding: .utf8)
        if let city {
            try "city: \(city)\ndocuments:\n  - file: 2024-01-19-speeches.txt\n".write(
                to: folder.appendingPathComponent("manifest.yaml"), atomically: true, encoding: .utf8)
        }
        return try Dataset.open(folder.path).buildGraph(registry: BuiltInPlugins.registry())
    }

    static let speeches = """
        政协武汉市第十四届委员会第三次会议大会发言摘登

        加快光电子信息产业集群建设
        市政协委员,华中科技大学武汉光电国家研究中心教授 张明远

        建议加快光电子信息产业集群建设。

        优化国土空间规划
        市政协委员,民建武汉市委员会副主委,市自然资源专职副总督察 吴立华

        建议优化国土空间规划。

        推动生物医学研究
        市政协委员,江汉大学武汉生物医学研究院院长 陈思远

        建议完善科研平台。
        """

    @Test func instituteIsPartOfItsUniversity() throws {
        let graph = try Self.build(Self.speeches)
        let institute = try #require(graph.nodes(named: "华中科技大学武汉光电国家研究中心").first)
        let parents = graph.outgoing(institute).map(graph.relationship).filter { $0.type == "PART_OF" }.map { graph.node($0.end).name }
        #expect(parents == ["华中科技大学"])
        let biomedical = try #require(graph.nodes(named: "江汉大学武汉生物医学研究院").first)
        #expect(graph.outgoing(biomedical).map(graph.relationship).contains { $0.type == "PART_OF" && graph.node($0.end).name == "江汉大学" })
    }

    @Test func noTruncatedOrganization() throws {
        let graph = try Self.build(Self.speeches)
        let names = graph.nodes(withLabel: "Organization").compactMap { graph.node($0).name }
        #expect(!names.contains("市自然资源"))
        #expect(names.allSatisfy { OrganizationName.isWhole($0) || graph.node(graph.nodes(named: $0)[0]).properties["kind"] != nil })
    }

    /// An affiliation is not a topic: the speech on scientific platforms is not ABOUT 大健康.
    @Test func affiliationIsNotATopic() throws {
        let graph = try Self.build(Self.speeches)
        let speech = try #require(graph.nodes(withLabel: "Speech").first { graph.node($0).name == "推动生物医学研究" })
        let topics = graph.outgoing(speech).map(graph.relationship).filter { $0.type == "ABOUT" }.compactMap { graph.node($0.end).name }
        // The title's own 生物医学 is a topic; the speaker's institute is not a second source of it.
        for r in graph.outgoing(speech).map(graph.relationship) where r.type == "ABOUT" {
            #expect(r.sources.allSatisfy { !$0.quote.contains("研究院") })
        }
        #expect(topics == ["大健康"])
    }
}
