import Foundation
import Graph
import Testing
@testable import Plugins

/// A person is keyed to the level of the roles that name them: a provincial
/// leader in a city's document is the province's person (`Fixtures/person-places`).
@Suite struct PersonPlaceTests {
    static let folder = WorkPlanExtractorTests.packageRoot.appendingPathComponent("Tests/PluginsTests/Fixtures/person-places")

    static func text(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    /// The places of the Person nodes named `name` (`-` for none).
    static func places(_ name: String, in g: PropertyGraph) -> [String] {
        g.nodes(named: name).filter { g.node($0).hasLabel("Person") }
            .map { g.node($0).properties["place"]?.stringValue ?? "-" }.sorted()
    }

    @Test func provincialLeadersInACitysDocumentAreTheProvinces() throws {
        let g = try ProsePersonExtractorTests.extract([("苏州", try Self.text("suzhou-consultation-2022.txt"))])
        // 省政协副主席, 副省长: the document's province; 周立新指出 later in the document is the same person.
        #expect(Self.places("周立新", in: g) == ["江苏省"])
        #expect(Self.places("陈永年", in: g) == ["江苏省"])
        // A province the role spells: 福建省政协副主席 in a 苏州 document is 福建's.
        #expect(Self.places("林振国", in: g) == ["福建省"])
        // The city's own members stay the city's, also one with a provincial role beside a city one.
        #expect(Self.places("顾建华", in: g) == ["苏州"])
        #expect(Self.places("沈玉洁", in: g) == ["苏州"])
        #expect(Self.places("钱晓东", in: g) == ["苏州"])
        #expect(Self.places("陆家明", in: g) == ["苏州"])
    }

    @Test func theProvincesDocumentNamesTheSamePerson() throws {
        let g = try ProsePersonExtractorTests.extract([
            ("苏州", try Self.text("suzhou-consultation-2022.txt")),
            ("", try Self.text("jiangsu-standing-committee-2022.txt")),
        ])
        let persons = g.nodes(named: "周立新").filter { g.node($0).hasLabel("Person") }
        #expect(persons.count == 1)
        let documents = Set(persons.flatMap { g.node($0).sources.map(\.document) })
        #expect(documents == ["doc0", "doc1"])
    }

    @Test func levelsOfRoles() {
        func level(_ role: String) -> PersonPlace.Level? {
            let bytes = Array(role.utf8)
            return PersonPlace.level(of: bytes, 0..<bytes.count)
        }
        #expect(level("省政协副主席") == .province(nil))
        #expect(level("副省长") == .province(nil))
        #expect(level("致公党福建省委主委") == .province("福建省"))
        #expect(level("中共湖北省委常委") == .province("湖北省"))
        #expect(level("广西壮族自治区政协副主席") == .province(nil))
        #expect(level("市政协常委") == .local)
        #expect(level("区人大代表") == .local)
        #expect(level("民进苏州市委副主委") == .local)
        // No level: a national seat, an employer, a market regulator's 市场.
        #expect(level("全国政协委员") == nil)
        #expect(level("苏州大学教授") == nil)
        #expect(level("国家市场监督管理总局副局长") == nil)
        // 节省 and 反省 are no 省.
        #expect(level("节省能源研究所所长") == nil)
        #expect(PersonPlace.of(roles: ["省政协委员"], city: nil, province: "江苏省") == "江苏省")
        #expect(PersonPlace.of(roles: ["省政协委员"], city: "上海", province: nil) == "上海")
    }
}
