/// "1 relation", "2 relations": a count with its noun, plural unless one.
public func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
