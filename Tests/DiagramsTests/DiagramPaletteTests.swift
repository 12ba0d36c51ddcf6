import Foundation
import Plugins
import Testing

@testable import Diagrams

/// Every label's fill differs visibly from every other's, for readers with
/// normal vision and with protanopia or deuteranopia: the CIE76 colour
/// difference (ΔE in CIELAB) of every pair stays above a floor, after
/// simulating each deficiency with the Viénot, Brettel & Mollon (1999)
/// matrices in linear RGB.
@Suite struct DiagramPaletteTests {
    typealias RGB = (Double, Double, Double)

    static func linear(_ hex: String) -> RGB {
        let value = Int(hex.dropFirst(), radix: 16)!
        func channel(_ shift: Int) -> Double {
            let c = Double((value >> shift) & 0xFF) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return (channel(16), channel(8), channel(0))
    }

    static let protan = [[0.11238, 0.88762, 0.0], [0.11238, 0.88762, 0.0], [0.00401, -0.00401, 1.0]]
    static let deutan = [[0.29275, 0.70725, 0.0], [0.29275, 0.70725, 0.0], [-0.02234, 0.02234, 1.0]]

    static func simulate(_ c: RGB, _ m: [[Double]]?) -> RGB {
        guard let m else { return c }
        func row(_ r: [Double]) -> Double { min(max(r[0] * c.0 + r[1] * c.1 + r[2] * c.2, 0), 1) }
        return (row(m[0]), row(m[1]), row(m[2]))
    }

    static func lab(_ c: RGB) -> RGB {
        let x = (0.4124 * c.0 + 0.3576 * c.1 + 0.1805 * c.2) / 0.95047
        let y = 0.2126 * c.0 + 0.7152 * c.1 + 0.0722 * c.2
        let z = (0.0193 * c.0 + 0.1192 * c.1 + 0.9505 * c.2) / 1.08883
        func f(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116 }
        return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
    }

    static func difference(_ a: String, _ b: String, _ vision: [[Double]]?) -> Double {
        let la = lab(simulate(linear(a), vision)), lb = lab(simulate(linear(b), vision))
        return ((la.0 - lb.0) * (la.0 - lb.0) + (la.1 - lb.1) * (la.1 - lb.1) + (la.2 - lb.2) * (la.2 - lb.2)).squareRoot()
    }

    /// ΔE below about 10 is "similar at a glance"; fills are compared as large areas.
    static let floor = 12.0

    @Test func everyLabelsFillDiffersForEveryReader() throws {
        let fills = DiagramStyle.schema.nodes.mapValues { $0.fillColor! }
        #expect(Set(fills.values).count == fills.count)
        let labels = fills.keys.sorted()
        var closest = (Double.infinity, "")
        for (i, a) in labels.enumerated() {
            for b in labels[(i + 1)...] {
                for (name, vision) in [("normal", nil), ("protan", Self.protan), ("deutan", Self.deutan)] {
                    let delta = Self.difference(fills[a]!, fills[b]!, vision)
                    if delta < closest.0 { closest = (delta, "\(a)/\(b) \(name)") }
                    #expect(delta >= Self.floor, "\(a) \(fills[a]!) and \(b) \(fills[b]!) are ΔE \(delta) apart for \(name) vision")
                }
            }
        }
        print("closest pair of label fills: ΔE \(closest.0) (\(closest.1))")
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
}
