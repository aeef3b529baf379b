/// Text written as YAML comment lines, so that nothing in it (a file name with a line break, say)
/// can become YAML: a name holding "\nissues:" would otherwise add a section that validates.
enum YAMLComment {
    /// `text` as comment lines: each of its lines starts with `# `, whatever breaks it — LF, CR,
    /// CRLF, or NEL, LS and PS, which YAML 1.1 readers (libyaml) also take for line breaks.
    /// The result ends without a line break.
    /// - Complexity: O(n) in the length of `text`.
    static func lines(_ text: String) -> String {
        var lines: [String] = [""]
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if scalar == "\n" && previous == "\r" { continue }
            if breaks.contains(scalar) { lines.append(""); continue }
            lines[lines.count - 1].unicodeScalars.append(scalar)
        }
        return lines.map { "# " + $0 }.joined(separator: "\n")
    }

    private static let breaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"]
}
