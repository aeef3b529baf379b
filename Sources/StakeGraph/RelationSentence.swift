extension RelationType {
    /// The type as the verb between two names in a sentence: "warns against", "leads", and "is
    /// part of" for a label whose first word is not a verb in the third person ("part of").
    /// `path`'s explanation and the explorer both write hops with it.
    public var verbPhrase: String {
        guard let first = label.split(separator: " ").first, !first.hasSuffix("s") else { return label }
        return "is " + label
    }
}
