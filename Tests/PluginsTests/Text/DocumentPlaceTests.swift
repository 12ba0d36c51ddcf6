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
