import Graph

/// Small graphs shaped like the extracted CPPCC graph, built by hand so the
/// diagram tests do not depend on extraction.
enum Fixtures {
    /// Two people in parties, a proposal with two tasks owned by agencies, an
    /// industry, and one name with a quote and a backslash to exercise escaping.
    static func cppcc() throws -> PropertyGraph {
        var graph = PropertyGraph()
        let liang = try graph.addNode(labels: ["Person"], properties: ["name": "梁鸣"])
        let wang = try graph.addNode(labels: ["Person"], properties: ["name": "王\"小\"明\\"])
        let party = try graph.addNode(labels: ["Party"], properties: ["name": "民建", "kind": "民主党派"])
        let proposal = try graph.addNode(
            labels: ["Proposal"], properties: ["name": "关于加快推动人工智能产业高质量发展的提案"])
        let task1 = try graph.addNode(
            labels: ["Task"],
            properties: ["code": "(一)1", "title": "强化算力基础设施建设，推动武汉人工智能计算中心扩容升级"])
        let task2 = try graph.addNode(labels: ["Task"], properties: ["code": "(二)3", "title": "培育AI企业"])
        let ndrc = try graph.addNode(
            labels: ["Agency"], properties: ["name": "市发展改革委", "aliases": ["市发改委"]])
        let science = try graph.addNode(labels: ["Agency"], properties: ["name": "市科技创新局"])
        let ai = try graph.addNode(labels: ["Industry"], properties: ["name": "人工智能"])
        try graph.addRelationship(type: "MEMBER_OF", from: liang, to: party, properties: ["role": "主委"])
        try graph.addRelationship(type: "MEMBER_OF", from: wang, to: party)
        try graph.addRelationship(type: "PART_OF", from: task1, to: proposal)
        try graph.addRelationship(type: "PART_OF", from: task2, to: proposal)
        try graph.addRelationship(type: "LEADS", from: ndrc, to: task1)
        try graph.addRelationship(type: "RESPONSIBLE_FOR", from: science, to: task1)
        try graph.addRelationship(type: "LEADS", from: science, to: task2)
        try graph.addRelationship(type: "ABOUT", from: task1, to: ai)
        try graph.addRelationship(type: "ABOUT", from: task2, to: ai)
        return graph
    }

    /// `count` people in a ring, each knowing the next: a cyclic graph of any size.
    static func ring(count: Int) throws -> PropertyGraph {
        var graph = PropertyGraph()
        let ids = try (0..<count).map { try graph.addNode(labels: ["Person"], properties: ["name": .string("委员\($0)")]) }
        for (index, id) in ids.enumerated() where count > 1 {
            try graph.addRelationship(type: "KNOWS", from: id, to: ids[(index + 1) % count])
        }
        return graph
    }
}
