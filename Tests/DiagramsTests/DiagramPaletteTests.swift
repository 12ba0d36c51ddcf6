import Foundation
import Plugins
import Testing

@testable import Diagrams

/// Every label's fill differs visibly from every other's, for readers with
/// normal vision and with protanopia or deuteranopia (`ColourDifference`).
@Suite struct DiagramPaletteTests {
    @Test func everyLabelsFillDiffersForEveryReader() throws {
        let fills = DiagramStyle.schema.nodes.mapValues { $0.fillColor! }
        #expect(Set(fills.values).count == fills.count)
        let labels = fills.keys.sorted()
        var closest = (Double.infinity, "")
        for (i, a) in labels.enumerated() {
            for b in labels[(i + 1)...] {
                for vision in ColourDifference.Vision.allCases {
                    let delta = try #require(ColourDifference.delta(fills[a]!, fills[b]!, vision: vision))
                    if delta < closest.0 { closest = (delta, "\(a)/\(b) \(vision)") }
                    #expect(delta >= ColourDifference.floor, "\(a) \(fills[a]!) and \(b) \(fills[b]!): ΔE \(delta) for \(vision) vision")
                }
            }
        }
        print("closest pair of label fills: ΔE \(closest.0) (\(closest.1))")
    }

    @Test func colourDifferenceSeesWhatColourBlindReadersCannot() throws {
        // Red and green of equal lightness: far apart for most readers, close for deutan ones.
        let normal = try #require(ColourDifference.delta("#D62728", "#2CA02C", vision: .normal))
        let deutan = try #require(ColourDifference.delta("#D62728", "#2CA02C", vision: .deutan))
        #expect(normal > 80 && deutan < normal / 2)
        #expect(ColourDifference.delta("#FFFFFF", "steelblue") == nil)
        #expect(ColourDifference.textColour(on: "#0072B2") == "#FFFFFF")
        #expect(ColourDifference.textColour(on: "#F0E442") == "#000000")
    }

    @Test func everyLabelHasItsOwnShape() {
        let shapes = DiagramStyle.schema.nodes.values.compactMap(\.shape)
        #expect(shapes.count == DiagramStyle.schema.nodes.count && Set(shapes).count == shapes.count)
    }

    @Test func builtInPluginsKeepThePalette() throws {
        let effective = DiagramStyle.effective(for: try BuiltInPlugins.registry())
        #expect(effective.nodes == DiagramStyle.schema.nodes)
        #expect(effective.bilingualName(ofType: "LEADS") == "牵头 LEADS")
        #expect(effective.bilingualName(ofType: "PART_OF") == "属于 PART_OF")
    }

    @Test func aPackColourLikeAnotherLabelsFallsBackToTheSchema() {
        // A pack paints speeches cream, next to the white of industries: the speeches go back to blue.
        let style = DiagramStyle.schema.merging(DiagramStyle(id: "pack", nodes: ["Speech": .init(fillColor: "#FFF3E0"), "Task": .init(fillColor: "#222222")]))
        let fills = style.distinctFills(for: ["Industry", "Speech", "Task"])
        #expect(fills["Speech"] == DiagramStyle.schema.nodes["Speech"]!.fillColor)
        #expect(fills["Task"] == "#222222")
        #expect(style.distinctFills(for: ["Speech"])["Speech"] == "#FFF3E0")
    }

    @Test func aPackShapeLikeAnotherLabelsFallsBackToTheSchema() {
        let style = DiagramStyle.schema.merging(DiagramStyle(id: "pack", nodes: ["Speech": .init(shape: "note")]))
        #expect(style.distinctShapes(for: ["Document", "Speech"])["Speech"] == "cds")
        #expect(style.distinctShapes(for: ["Speech"])["Speech"] == "note")
    }
}
