/// How wide text is in Helvetica (and its metric twins Arial and Liberation Sans, which
/// fontconfig gives Graphviz for "Helvetica" here), from the advance widths of Adobe's Helvetica
/// and Helvetica-Bold AFM files, in thousandths of an em. What label placement and line wrapping
/// measure with; Graphviz's own layout measures through Pango with the same metrics.
public enum TextMetrics {
    /// Advance widths of the printable ASCII characters 32 (space) … 126 (~).
    static let regular: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ]
    static let bold: [Int] = [
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
    ]

    /// The width in points of one line of `text` at `size` points.
    ///
    /// Characters outside ASCII count as an average lowercase letter (556), wide East Asian ones
    /// as a full em.
    /// - Complexity: O(length of `text`).
    public static func width(_ text: String, size: Double, bold isBold: Bool = false) -> Double {
        let table = isBold ? bold : regular
        var total = 0
        for scalar in text.unicodeScalars {
            let value = Int(scalar.value)
            if (32...126).contains(value) {
                total += table[value - 32]
            } else if (0x2E80...0xFFEF).contains(value) {
                total += 1000
            } else if value >= 32 {
                total += 556
            }
        }
        return Double(total) / 1000 * size
    }

    /// `text` broken into lines of at most `width` characters at spaces (a longer word keeps its
    /// own line): names drawn in a node, so that a long one does not widen its whole column.
    public static func wrapped(_ text: String, width: Int) -> [String] {
        guard text.count > width else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Phrases joined by " · " into lines of at most about `width` characters (a phrase is never
    /// broken): a subtitle that does not widen its drawing.
    public static func joined(_ phrases: [String], width: Int) -> [String] {
        var lines: [String] = []
        for phrase in phrases {
            if let last = lines.last, last.count + 3 + phrase.count <= width { lines[lines.count - 1] = last + " · " + phrase } else { lines.append(phrase) }
        }
        return lines
    }
}
