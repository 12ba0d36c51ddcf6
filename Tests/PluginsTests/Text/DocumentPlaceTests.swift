import Foundation
import Graph
import Testing
@testable import Plugins

/// Documents of any level: the city, district or province is read from the
/// text; a document that names none binds nothing relative to a city.
@Suite struct DocumentPlaceTests {
    static func city(_ text: String) -> String? { DocumentCity.named(in: Array(text.utf8)) }
    static func province(_ text: String) -> String? { DocumentCity.province(in: Array(text.utf8)) }

    @Test func levels() {
        #expect(Self.city("政协成都市第十五届委员会第三次会议") == "成都")
        #expect(Self.city("武汉市江汉区人民政府办公室关于印发……的通知") == "武汉")
        #expect(Self.city("武汉市江汉区政协召开常委会议") == "武汉")
        #expect(Self.city("国务院办公厅关于印发数字经济发展重点任务分工方案的通知") == nil)
        #expect(Self.province("福建省人民政府办公厅关于印发……的通知") == "福建省")
        #expect(Self.province("政协福建省第十三届委员会第二次会议") == "福建省")
        #expect(Self.province("会议要求，全省上下……支持湖北省大健康产业") == nil)
        #expect(DocumentCity.spelled(in: "湖北省政协") == "湖北省")
        // 市场 (market) is no city: 国家市场监督管理总局 is national.
        #expect(DocumentCity.spelled(in: "国家市场监督管理总局") == nil)
    }

    static func mentions(_ text: String, city: String? = nil) throws -> Set<String> {
        let registry = try BuiltInPlugins.registry()
        var graph = PropertyGraph()
        let document = SourceDocument(id: "place", title: "place", date: "2026-03-01", city: city, text: text)
        for extractor in registry.extractors {
            try extractor.item.extract(from: document, context: registry.extractionContext, into: &graph)
        }
        return Set(graph.relationships(ofType: "MENTIONS").map { graph.node(graph.relationship($0).end).name! })
    }

    /// No city named: 市政协 is not 武汉市政协 and 省政协 is not 湖北省政协.
    @Test func noCityBindsNothingCityRelative() throws {
        let found = try Self.mentions("市政协、省政协和市发改委联合开展调研，国家发展改革委给予指导。")
        #expect(!found.contains("武汉市政协"))
        #expect(!found.contains("湖北省政协"))
        // Units of no one city still bind: 市发改委 is every city's 市发展和改革委员会.
        #expect(found.contains("市发展和改革委员会"))
        #expect(found.contains("国家发展和改革委员会"))
    }

    @Test func aProvincialDocumentIsNotWuhans() throws {
        let found = try Self.mentions("福建省政协召开常委会议。省政协主席出席，市政协负责同志列席。")
        #expect(!found.contains("武汉市政协"))
        #expect(!found.contains("湖北省政协"))
        // Wuhan's own documents still bind 市政协.
        #expect(try Self.mentions("市政协召开常委会议。", city: "武汉").contains("武汉市政协"))
    }
}

/// A city's document knows its province; a province's federation in it is that province's.
@Suite struct DocumentProvinceTests {
    @Test func aCityKnowsItsProvince() {
        #expect(DocumentCity.province(ofCity: "苏州") == "江苏省")
        #expect(DocumentCity.province(ofCity: "苏州市") == "江苏省")
        #expect(DocumentCity.province(ofCity: "呼和浩特") == "内蒙古")
        #expect(DocumentCity.province(ofCity: "上海") == nil)
        #expect(DocumentCity.province(ofCity: "某某") == nil)
    }

    /// A county under its province directly (定安县 of 海南) is no city, but its 省妇联 is 海南's.
    @Test func aCountyUnderItsProvinceKnowsIt() throws {
        #expect(DocumentCity.province(ofDirectCounty: "定安县") == "海南省")
        #expect(DocumentCity.province(ofDirectCounty: "仙桃市") == "湖北省")
        #expect(DocumentCity.province(ofCity: "定安") == nil)
        let g = try ProsePersonExtractorTests.extract([("定安县", "县妇联召开执委会议\n省妇联副主席林秀英出席会议。\n")])
        let lin = try #require(g.nodes(named: "林秀英").first)
        let bodies = Set(g.outgoing(lin).map(g.relationship).filter { $0.type == "MEMBER_OF" }.compactMap { g.node($0.end).name })
        #expect(bodies == ["海南省妇女联合会"], "\(bodies)")
    }

    @Test func theProvincesFederationInACitysDocument() throws {
        let g = try ProsePersonExtractorTests.extract([
            ("苏州", "市政协召开专题协商会\n省工商联副主席、市工商联主席宋明远出席会议。\n"),
        ])
        let song = try #require(g.nodes(named: "宋明远").first)
        let bodies = Set(g.outgoing(song).map(g.relationship).filter { $0.type == "MEMBER_OF" }.compactMap { g.node($0.end).name })
        #expect(bodies == ["江苏省工商业联合会", "苏州市工商业联合会"])
    }
}
