import Foundation
import Graph
import Plugins

/// Graphs for the matrix, timeline and folding tests: built by hand (for
/// golden files that extraction changes cannot move) and from documents (the
/// bundled dataset and a work plan written for these tests).
extension Fixtures {
    static let headings = ["夯实数字基础设施", "推动产业数字化转型", "壮大数字产业", "强化要素保障"]
    static let units = ["市发展改革委", "市经信局", "市科技局", "市财政局", "市数据局", "各区人民政府", "市商务局"]

    /// A work plan of `sections` headings with `perSection` tasks each, one lead
    /// and two responsible units a task in a fixed pattern. Tasks are added last
    /// first, so their ids run against document order.
    static func workPlan(sections: Int = 3, perSection: Int = 4) throws -> PropertyGraph {
        var graph = PropertyGraph()
        let proposal = try graph.addNode(labels: ["Proposal"], properties: ["name": "关于推动数字经济与实体经济深度融合的建议案"])
        let agencies = try units.map { try graph.addNode(labels: ["Agency"], properties: ["name": .string($0)]) }
        var tasks: [(section: Int, number: Int)] = []
        for section in 1...sections { for number in 1...perSection { tasks.append((section, number)) } }
        for (section, number) in tasks.reversed() {
            let ordinal = (section - 1) * perSection + number
            let code = "(\(ChineseNumeral.chinese(section)))\(number)"
            let source = Provenance(document: "plan", offset: ordinal * 100, length: 30, quote: "\(number).任务\(ordinal)。(牵头单位:…)")
            let task = try graph.addNode(
                labels: ["Task"],
                properties: [
                    "code": .string(code), "title": .string("任务\(ordinal)"), "ordinal": .int(ordinal),
                    "document": "plan", "group": .string(headings[(section - 1) % headings.count]),
                ],
                sources: [source])
            try graph.addRelationship(type: "PART_OF", from: task, to: proposal)
            try graph.addRelationship(type: "LEADS", from: agencies[ordinal % units.count], to: task, sources: [source])
            for step in [1, 3] {
                try graph.addRelationship(
                    type: "RESPONSIBLE_FOR", from: agencies[(ordinal + step) % units.count], to: task, sources: [source])
            }
        }
        return graph
    }

    /// A member's dated roles: a party membership that changes role, a seat
    /// stated three times, a post, and an undated fact.
    static func roles() throws -> PropertyGraph {
        var graph = PropertyGraph()
        let person = try graph.addNode(labels: ["Person"], properties: ["name": "廖小平"])
        let party = try graph.addNode(labels: ["Party"], properties: ["name": "中国农工民主党"])
        let cppcc = try graph.addNode(labels: ["Organization"], properties: ["name": "武汉市政协"])
        let school = try graph.addNode(labels: ["Organization"], properties: ["name": "武汉大学公共卫生学院"])
        let district = try graph.addNode(labels: ["District"], properties: ["name": "武昌区"])
        func source(_ date: String) -> Provenance {
            Provenance(document: date + "-speeches", offset: 10, length: 20, quote: "廖小平 农工党武汉市委会主委")
        }
        for (date, role) in [("2025-06-26", "委员"), ("2026-01-07", "主委")] {
            try graph.addRelationship(type: "MEMBER_OF", from: person, to: party, properties: ["role": .string(role), "date": .string(date)], sources: [source(date)])
        }
        for date in ["2024-01-19", "2025-06-26", "2026-01-07"] {
            try graph.addRelationship(type: "SERVES_ON", from: person, to: cppcc, properties: ["role": "常委", "date": .string(date)], sources: [source(date)])
        }
        try graph.addRelationship(type: "WORKS_AT", from: person, to: school, properties: ["title": "院长", "date": "2025-06-26"], sources: [source("2025-06-26")])
        try graph.addRelationship(type: "WORKS_AT", from: person, to: district)
        return graph
    }

    /// One hub with `members` people serving on it, two of whom are also in a party.
    static func hub(members: Int) throws -> PropertyGraph {
        var graph = PropertyGraph()
        let cppcc = try graph.addNode(labels: ["Organization"], properties: ["name": "武汉市政协"])
        let party = try graph.addNode(labels: ["Party"], properties: ["name": "民建"])
        for index in 0..<members {
            let person = try graph.addNode(labels: ["Person"], properties: ["name": .string("委员\(index)")])
            try graph.addRelationship(type: "SERVES_ON", from: person, to: cppcc, properties: ["role": "委员"])
            if index < 2 { try graph.addRelationship(type: "MEMBER_OF", from: person, to: party) }
        }
        return graph
    }

    /// The repository's root, for the bundled dataset and the test documents.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The bundled dataset (graphs/wuhan-cppcc) as extracted now.
    static func bundled() throws -> PropertyGraph {
        try Dataset.open(root.appendingPathComponent("graphs/wuhan-cppcc").path).buildGraph(registry: BuiltInPlugins.registry())
    }

    /// Tests/DiagramsTests/Documents: a work plan of 22 tasks written for these tests.
    static func writtenWorkPlan() throws -> PropertyGraph {
        try Dataset.open(root.appendingPathComponent("Tests/DiagramsTests/Documents").path)
            .buildGraph(registry: BuiltInPlugins.registry())
    }
}
