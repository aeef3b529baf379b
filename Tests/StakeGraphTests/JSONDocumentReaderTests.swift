import Testing
@testable import StakeGraph

@Suite struct JSONDocumentReaderTests {
    @Test func keepsPositionsOfKeysAndValues() throws {
        let node = try JSONDocumentReader.read("{\n  \"a\": [1, \"x\"],\n  \"é\": true\n}")
        guard case .mapping(let pairs, let position) = node else { Issue.record("not a mapping"); return }
        #expect(position == .init(line: 1, column: 1))
        #expect(pairs.map(\.key.text) == ["a", "é"])
        #expect(pairs[0].keyPosition == .init(line: 2, column: 3))
        #expect(pairs[1].value.position == .init(line: 3, column: 8))
        guard case .sequence(let items, _) = pairs[0].value else { Issue.record("not a list"); return }
        #expect(items.map(\.position.column) == [9, 12])
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let node = try JSONDocumentReader.read(#"["a\"b\\c\/d\n", "\u00e9\ud83d\ude00"]"#)
        guard case .sequence(let items, _) = node,
              case .scalar(let first, _) = items[0], case .scalar(let second, _) = items[1] else {
            Issue.record("unexpected shape"); return
        }
        #expect(first.text == "a\"b\\c/d\n")
        #expect(second.text == "é😀")
        #expect(first.kind == .quoted)
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9, "expected a key in double quotes"),
        ("{\"a\" 1}", 1, 6, "expected ':' after the key \"a\""),
        ("[1, 2", 1, 6, "the JSON document ends inside a list"),
        ("{\n  \"a\": tru\n}", 2, 8, "'tru' is not a JSON value (strings need double quotes)"),
        ("\"abc", 1, 5, "a string is not closed: a '\"' is missing"),
        ("[01]", 1, 2, "'01' is not a JSON value (strings need double quotes)"),
        ("{} x", 1, 4, "unexpected text after the end of the JSON document"),
    ])
    func reportsSyntaxErrorsWithTheirPosition(text: String, line: Int, column: Int, message: String) {
        do {
            _ = try JSONDocumentReader.read(text)
            Issue.record("no error for \(text)")
        } catch {
            #expect(error.message == message)
            #expect(error.position == .init(line: line, column: column))
        }
    }

    @Test func refusesNestingBeyondTheLimit() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONDocumentReader.SyntaxError.self) { try JSONDocumentReader.read(deep) }
    }

    @Test func readsNumbersLiterallyAndNullAsNull() throws {
        let node = try JSONDocumentReader.read("[-1.5e3, 0, null]")
        guard case .sequence(let items, _) = node else { Issue.record("not a list"); return }
        let scalars = items.compactMap { item -> DocumentNode.Scalar? in
            if case .scalar(let s, _) = item { return s } else { return nil }
        }
        #expect(scalars.map(\.text) == ["-1.5e3", "0", "null"])
        #expect(scalars[2].isNull)
    }
}
