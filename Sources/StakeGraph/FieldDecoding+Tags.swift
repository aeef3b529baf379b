/// Tags and custom fields, which actors and relations share.
extension FieldDecoder {
    /// `tags`: a list of labels (a single value counts as a list of one), each non-blank and
    /// trimmed of edge spaces (as a sheet's `Tags` cell gives them back); a repeated tag is kept
    /// once, with a warning.
    ///
    /// - Complexity: O(n) in the number of tags.
    mutating func tags(_ fields: Fields, in what: String) -> [String] {
        var tags: [String] = []
        var seen = Set<String>()
        for tag in stringList(fields, "tags", in: what).map(\.trimmingSpaces) {
            let position = fields["tags"]!.position
            if tag.isEmpty {
                error(position, "a tag of \(what) is empty")
            } else if !seen.insert(tag).inserted {
                warning(position, "tag '\(tag)' of \(what) is given twice; it counts once")
            } else {
                tags.append(tag)
            }
        }
        return tags
    }

    /// A mapping of names to single values (`fields: {budget: 12bn, founded: 1987}`), each value
    /// kept as its text.
    mutating func stringMap(_ fields: Fields, _ key: String, in what: String) -> [String: String] {
        guard let node = fields[key] else { return [:] }
        guard case .mapping(let pairs, _) = node else {
            error(node.position, "'\(key)' of \(what) should be a mapping (name: value), not \(node.kindDescription)")
            return [:]
        }
        var map: [String: String] = [:]
        for pair in pairs {
            let name = pair.key.text
            if name.allSatisfy(\.isWhitespace) {
                error(pair.keyPosition, "a name in '\(key)' of \(what) is empty")
                continue
            }
            guard case .scalar(let scalar, _) = pair.value, !scalar.isNull else {
                error(pair.value.position, "'\(key)' '\(name)' of \(what) should be a single value, not \(pair.value.kindDescription)")
                continue
            }
            if map[name] != nil { error(pair.keyPosition, "'\(key)' of \(what) names '\(name)' twice") }
            map[name] = scalar.text
        }
        return map
    }
}
