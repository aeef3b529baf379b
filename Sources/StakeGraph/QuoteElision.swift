/// How analysts write a quote that leaves text out: an elision mark — `…`, three dots or more, or
/// either in square brackets (`[…]`, `[...]`) — stands for any text between the parts around it.
enum QuoteElision {
    /// The parts of `quote` between its elision marks, trimmed of spaces, empty ones left out
    /// (a mark at the start or the end leaves nothing out that has to be found). A quote without
    /// marks is its one part.
    ///
    /// - Complexity: O(n).
    static func parts(of quote: String) -> [String] {
        let scalars = Array(quote.unicodeScalars)
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        var index = 0
        func finishPart() {
            let part = String(current).trimmingSpaces
            if !part.isEmpty { parts.append(part) }
            current = String.UnicodeScalarView()
        }
        while index < scalars.count {
            if let length = markLength(in: scalars, at: index) {
                finishPart()
                index += length
            } else {
                current.append(scalars[index])
                index += 1
            }
        }
        finishPart()
        return parts
    }

    /// Whether `quote` leaves text out.
    static func hasElision(_ quote: String) -> Bool {
        let scalars = Array(quote.unicodeScalars)
        return scalars.indices.contains { markLength(in: scalars, at: $0) != nil }
    }

    /// The words of `quote`: what lies between white space and holds a letter or a digit, elision
    /// marks left out.
    static func wordCount(of quote: String) -> Int {
        parts(of: quote).reduce(0) { count, part in
            count + part.split(whereSeparator: { $0.isWhitespace }).filter { word in
                word.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            }.count
        }
    }

    /// The number of scalars of the elision mark that starts at `index`, if one does.
    private static func markLength(in scalars: [Unicode.Scalar], at index: Int) -> Int? {
        func dots(from start: Int) -> Int {
            var end = start
            while end < scalars.count, scalars[end] == "." { end += 1 }
            return end - start
        }
        switch scalars[index] {
        case "\u{2026}": return 1
        case ".":
            if index > 0, scalars[index - 1] == "." { return nil }
            let run = dots(from: index)
            return run >= 3 ? run : nil
        case "[":
            let inner = index + 1
            guard inner < scalars.count else { return nil }
            let length = scalars[inner] == "\u{2026}" ? 1 : (dots(from: inner) >= 3 ? dots(from: inner) : 0)
            guard length > 0, inner + length < scalars.count, scalars[inner + length] == "]" else { return nil }
            return length + 2
        default: return nil
        }
    }
}
