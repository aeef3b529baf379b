/// Which way a relation leans, after the CAMEO event scheme: conflict, cooperation, or neither.
public enum Polarity: String, Sendable, Codable, CaseIterable, Comparable {
    case hostile, cooperative, neutral

    public static func < (a: Polarity, b: Polarity) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// How a relation acts: by words, by deeds, or by belonging (CAMEO's verbal/material split,
/// plus `structural` for who is part of what).
public enum RelationMode: String, Sendable, Codable, CaseIterable {
    case verbal, material, structural
}

/// What kind of actor a node is.
public enum ActorKind: String, Sendable, Codable, CaseIterable, Comparable {
    /// A state or its executive.
    case government
    /// A ministry, regulator, intelligence or law-enforcement body.
    case agency
    case legislature
    /// A person holding office.
    case official
    case person
    case firm
    case internationalOrganization = "international-organization"
    case media
    /// An unnamed collective such as "U.S. lawmakers".
    case group

    public static func < (a: ActorKind, b: ActorKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A type of relation: its label, direction, polarity, mode and Goldstein weight (−10 … +10).
public struct RelationType: Hashable, Sendable, Codable {
    public var id: String
    public var label: String
    public var directed: Bool
    public var polarity: Polarity
    public var mode: RelationMode
    public var weight: Double
    public var description: String?

    public init(id: String, label: String, directed: Bool = true, polarity: Polarity,
                mode: RelationMode, weight: Double, description: String? = nil) {
        self.id = id
        self.label = label
        self.directed = directed
        self.polarity = polarity
        self.mode = mode
        self.weight = weight
        self.description = description
    }
}

/// The relation vocabulary every graph file starts with (DESIGN.md, "Relation vocabulary").
/// Polarity and mode follow CAMEO; weights are Goldstein scores (Goldstein 1992).
public enum Vocabulary {
    public static let builtIn: [RelationType] = [
        .init(id: "bans", label: "bans", polarity: .hostile, mode: .material, weight: -8.0),
        .init(id: "sanctions", label: "sanctions", polarity: .hostile, mode: .material, weight: -8.0),
        .init(id: "excludes", label: "excludes", polarity: .hostile, mode: .material, weight: -4.0),
        .init(id: "charges", label: "charges", polarity: .hostile, mode: .material, weight: -5.0),
        .init(id: "threatens", label: "threatens", polarity: .hostile, mode: .verbal, weight: -5.8),
        .init(id: "pressures", label: "pressures", polarity: .hostile, mode: .verbal, weight: -5.0),
        .init(id: "accuses", label: "accuses", polarity: .hostile, mode: .verbal, weight: -2.0),
        .init(id: "warns-against", label: "warns against", polarity: .hostile, mode: .verbal, weight: -2.0),
        .init(id: "criticizes", label: "criticizes", polarity: .hostile, mode: .verbal, weight: -2.0),
        .init(id: "denies", label: "denies claims by", polarity: .hostile, mode: .verbal, weight: -2.0),
        .init(id: "rejects", label: "rejects", polarity: .hostile, mode: .verbal, weight: -4.0),
        .init(id: "investigates", label: "investigates", polarity: .hostile, mode: .verbal, weight: -2.0),
        .init(id: "competes-with", label: "competes with", directed: false, polarity: .hostile, mode: .material, weight: -1.0),
        .init(id: "contracts-with", label: "contracts with", polarity: .cooperative, mode: .material, weight: 6.4),
        .init(id: "supplies", label: "supplies", polarity: .cooperative, mode: .material, weight: 6.4),
        .init(id: "invests-in", label: "invests in", polarity: .cooperative, mode: .material, weight: 6.4),
        .init(id: "cooperates-with", label: "cooperates with", directed: false, polarity: .cooperative, mode: .material, weight: 6.4),
        .init(id: "signs-agreement-with", label: "signs agreement with", directed: false, polarity: .cooperative, mode: .verbal, weight: 8.0),
        .init(id: "negotiates-with", label: "negotiates with", directed: false, polarity: .cooperative, mode: .verbal, weight: 7.0),
        .init(id: "supports", label: "supports", polarity: .cooperative, mode: .verbal, weight: 3.4),
        .init(id: "urges", label: "urges", polarity: .cooperative, mode: .verbal, weight: 3.0),
        .init(id: "member-of", label: "member of", polarity: .neutral, mode: .structural, weight: 0),
        .init(id: "part-of", label: "part of", polarity: .neutral, mode: .structural, weight: 0),
        .init(id: "leads", label: "leads", polarity: .neutral, mode: .structural, weight: 0),
        .init(id: "owns", label: "owns", polarity: .neutral, mode: .structural, weight: 0),
        .init(id: "related-to", label: "related to", directed: false, polarity: .neutral, mode: .structural, weight: 0),
    ]

    public static let builtInByID: [String: RelationType] =
        Dictionary(uniqueKeysWithValues: builtIn.map { ($0.id, $0) })
}
