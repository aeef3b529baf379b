import Foundation

/// Checks that every evidence quote appears verbatim in its source document.
///
/// "Verbatim" allows for typography only: runs of white space count as one space, curly quotes
/// as straight ones and every dash as a hyphen, because copying from a web page changes those
/// and nothing else.
public enum QuoteCheck {
    /// Diagnostics for quotes not found in `directory/<source file>`, for sources whose file is
    /// missing, and a warning for evidence whose source names no file.
    public static func check(_ graph: StakeholderGraph, sourcesDirectory directory: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var texts: [String: String?] = [:]
        func text(of source: Source) -> String? {
            if let cached = texts[source.id] { return cached }
            var loaded: String?
            if let file = source.file {
                let path = (directory as NSString).appendingPathComponent(file)
                if let data = FileManager.default.contents(atPath: path) {
                    loaded = normalise(String(decoding: data, as: UTF8.self))
                } else {
                    diagnostics.append(Diagnostic(.error, at: source.fileLocation ?? source.location,
                                                  "source file '\(file)' of source '\(source.id)' is not in \(directory)"))
                }
            } else {
                diagnostics.append(Diagnostic(.warning, at: source.location,
                                              "source '\(source.id)' names no 'file', so its quotes cannot be checked"))
            }
            texts[source.id] = .some(loaded)
            return loaded
        }
        let evidence = graph.relations.flatMap(\.evidence) + graph.positions.flatMap(\.evidence)
        for item in evidence {
            guard let source = graph.source(id: item.source), let document = text(of: source) else { continue }
            let quote = normalise(item.quote)
            if document.contains(quote) { continue }
            diagnostics.append(Diagnostic(.error, at: item.location, mismatch(quote, in: document, file: source.file ?? source.id)))
        }
        return diagnostics
    }

    /// The quote's text as compared: white space collapsed, quotes straightened, dashes made hyphens.
    public static func normalise(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" "); pendingSpace = false }
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}": result.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}": result.append("\"")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": result.append("-")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Says how much of the quote matches, so the author can find the typo.
    private static func mismatch(_ quote: String, in document: String, file: String) -> String {
        let characters = Array(quote)
        var low = 0, high = characters.count
        while low < high {
            let middle = (low + high + 1) / 2
            if document.contains(String(characters[..<middle])) { low = middle } else { high = middle - 1 }
        }
        let shown = quote.count > 60 ? quote.prefix(57) + "…" : Substring(quote)
        var message = "quote \"\(shown)\" is not in \(file) verbatim"
        if low >= 8 {
            let rest = String(characters[low...].prefix(20))
            message += "; it matches up to character \(low + 1) (\"\(rest)\" differs)"
        }
        return message
    }
}
