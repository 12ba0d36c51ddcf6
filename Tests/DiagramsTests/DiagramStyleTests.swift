import Plugins
import Testing

@testable import Diagrams

@Suite struct DiagramStyleTests {
    @Test func schemaStylesEveryLabelAndRelationshipType() {
        let labels = ["Document", "Meeting", "Proposal", "Speech", "Person", "Party", "District", "Agency",
                      "Organization", "Industry", "Task"]
        let types = ["MEMBER_OF", "WORKS_AT", "SERVES_ON", "GAVE", "AT", "ABOUT", "MENTIONS", "ASKED_AT",
                     "RESPONDED_AT", "DISCUSSED", "PART_OF", "LEADS", "RESPONSIBLE_FOR", "RECORDS"]
        #expect(Set(DiagramStyle.schema.nodes.keys) == Set(labels))
        #expect(Set(DiagramStyle.schema.edges.keys) == Set(types))
        // Every label gets a colour of its own, so the legend tells them apart.
        #expect(Set(DiagramStyle.schema.nodes.values.compactMap(\.fillColor)).count == labels.count)
    }

    @Test func mergingReplacesOnlyTheAttributesSet() {
        let plugin = DiagramStyle(
            id: "low-altitude", nodes: ["Task": .init(fillColor: "#000000"), "Drone": .init(shape: "circle")],
            edges: ["LEADS": .init(caption: "牵头")])
        let merged = DiagramStyle.schema.merging(plugin)
        #expect(merged.nodes["Task"] == .init(shape: "box3d", fillColor: "#000000"))
        #expect(merged.nodes["Drone"] == .init(shape: "circle"))
        #expect(merged.edges["LEADS"] == .init(color: "#D55E00", lineStyle: "bold", caption: "牵头"))
        #expect(merged.nodes["Person"] == DiagramStyle.schema.nodes["Person"])
    }

    @Test func effectiveStyleLaysPluginStylesOverTheSchema() throws {
        struct Recolour: DomainPlugin {
            let id = "recolour"
            let summary = "recolours people"
            func register(with registrar: inout PluginRegistrar) throws {
                try registrar.add(style: DiagramStyle(id: "recolour", nodes: ["Person": .init(fillColor: "#123456")]))
            }
        }
        let registry = try PluginRegistry(plugins: [Recolour()])
        #expect(DiagramStyle.effective(for: registry).nodes["Person"]?.fillColor == "#123456")
        #expect(DiagramStyle.effective(for: PluginRegistry()) == .schema)
    }
}
