import Foundation
import Testing
@testable import StakeGraph

/// The stance palette can be read by people with the common colour-vision deficiencies and
/// cannot be read as an edge's polarity (issue 14: red was "opposes" on nodes and "hostile" on
/// edges). Deuteranopia and protanopia are simulated with the matrices of Viénot, Brettel &
/// Mollon (1999, "Digital video colourmaps for checking the legibility of displays by
/// dichromats", Color Research & Application 24(4), 243–252)
/// in linear RGB; distances are CIE 1976 ΔE in L*a*b* (D65).
@Suite struct StancePaletteTests {
    enum Vision: String, CaseIterable { case normal, protanopia, deuteranopia }

    static func linear(_ hex: String) -> [Double] {
        let value = Int(hex.dropFirst(), radix: 16)!
        return [value >> 16, (value >> 8) & 0xFF, value & 0xFF].map { channel in
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
    }

    static func simulated(_ rgb: [Double], _ vision: Vision) -> [Double] {
        let matrix: [[Double]]
        switch vision {
        case .normal: return rgb
        case .protanopia: matrix = [[0.11238, 0.88762, 0], [0.11238, 0.88762, 0], [0.00401, -0.00401, 1]]
        case .deuteranopia: matrix = [[0.29275, 0.70725, 0], [0.29275, 0.70725, 0], [-0.02234, 0.02234, 1]]
        }
        return matrix.map { row in min(1, max(0, zip(row, rgb).reduce(0) { $0 + $1.0 * $1.1 })) }
    }

    static func lab(_ hex: String, _ vision: Vision) -> [Double] {
        let rgb = simulated(linear(hex), vision)
        let x = 0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]
        let y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
        let z = 0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]
        func f(_ t: Double) -> Double { t > 0.008856 ? pow(t, 1.0 / 3) : 7.787 * t + 16.0 / 116 }
        let (fx, fy, fz) = (f(x / 0.95047), f(y), f(z / 1.08883))
        return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)]
    }

    static func distance(_ a: String, _ b: String, _ vision: Vision) -> Double {
        zip(lab(a, vision), lab(b, vision)).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
    }

    /// Opposition to support, then no stance.
    static let steps = Stance.allCases.map { DiagramStyle.fill(for: $0) }

    @Test(arguments: Vision.allCases)
    func neighbouringStancesStayApart(vision: Vision) {
        for (a, b) in zip(Self.steps, Self.steps.dropFirst()) {
            #expect(Self.distance(a, b, vision) >= 20, "\(vision): \(a) and \(b) are \(Self.distance(a, b, vision)) apart")
        }
        #expect(Self.distance(Self.steps.first!, Self.steps.last!, vision) >= 100, "\(vision): the two ends")
        #expect(Self.distance(DiagramStyle.fill(for: .neutral), DiagramStyle.fill(for: nil), vision) >= 10, "neutral against no stance")
    }

    @Test(arguments: Vision.allCases)
    func noStanceLooksLikeAnEdgesPolarity(vision: Vision) {
        for stance in Self.steps {
            for polarity in [Polarity.hostile, .cooperative] {
                let apart = Self.distance(stance, DiagramStyle.color(of: polarity), vision)
                #expect(apart >= 25, "\(vision): stance \(stance) is \(apart) from the \(polarity) edges")
            }
        }
    }

    @Test func theSimulationIsTheOnePublished() {
        // Viénot et al.: a dichromat cannot tell red from green at equal luminance in the simulation.
        let red = Self.simulated([1, 0, 0], .deuteranopia), green = Self.simulated([0, 1, 0], .deuteranopia)
        #expect(abs(red[0] - red[1]) < 1e-12 && abs(green[0] - green[1]) < 1e-12, "L and M channels merge")
        #expect(Self.distance("#ff0000", "#ff0000", .protanopia) == 0)
    }
}
