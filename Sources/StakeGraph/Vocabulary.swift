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

/// A type of relation: its label, direction, polarity, mode, Goldstein weight (−10 … +10) and
/// whether it is an event or a state (see `Validity`).
public struct RelationType: Hashable, Sendable, Codable {
    public var id: String
    public var label: String
    public var directed: Bool
    public var polarity: Polarity
    public var mode: RelationMode
    public var weight: Double
    /// An event happens on its date; a state holds from its start until its end. A file's own
    /// types are states unless they say otherwise.
    public var temporality: Temporality
    public var description: String?

    public init(id: String, label: String, directed: Bool = true, polarity: Polarity,
                mode: RelationMode, weight: Double, temporality: Temporality = .state, description: String? = nil) {
        self.id = id
        self.label = label
        self.directed = directed
        self.polarity = polarity
        self.mode = mode
        self.weight = weight
        self.temporality = temporality
        self.description = description
    }
}

/// The relation vocabulary every graph file starts with (DESIGN.md, "Relation vocabulary").
/// Polarity and mode follow CAMEO; weights are Goldstein scores (Goldstein 1992).
///
/// Events are the acts that happen on a day — charging, threatening, pressing, accusing,
/// warning, criticising, denying, rejecting, suing, demanding, expelling, signing, meeting,
/// negotiating, declaring support, urging —
/// and states what holds until it is undone: bans, sanctions, exclusions, investigations,
/// competition, contracts, supply, investment, cooperation and every structural tie.
public enum Vocabulary {
    public static let builtIn: [RelationType] = [
        .init(id: "bans", label: "bans", polarity: .hostile, mode: .material, weight: -8.0),
        .init(id: "sanctions", label: "sanctions", polarity: .hostile, mode: .material, weight: -8.0),
        .init(id: "excludes", label: "excludes", polarity: .hostile, mode: .material, weight: -4.0),
        .init(id: "charges", label: "charges", polarity: .hostile, mode: .material, weight: -5.0, temporality: .event),
        .init(id: "threatens", label: "threatens", polarity: .hostile, mode: .verbal, weight: -5.8, temporality: .event),
        .init(id: "pressures", label: "pressures", polarity: .hostile, mode: .verbal, weight: -5.0, temporality: .event),
        .init(id: "accuses", label: "accuses", polarity: .hostile, mode: .verbal, weight: -2.0, temporality: .event),
        .init(id: "warns-against", label: "warns against", polarity: .hostile, mode: .verbal, weight: -2.0, temporality: .event),
        .init(id: "criticizes", label: "criticizes", polarity: .hostile, mode: .verbal, weight: -2.0, temporality: .event),
        .init(id: "denies", label: "denies claims by", polarity: .hostile, mode: .verbal, weight: -2.0, temporality: .event),
        .init(id: "rejects", label: "rejects", polarity: .hostile, mode: .verbal, weight: -4.0, temporality: .event),
        .init(id: "investigates", label: "investigates", polarity: .hostile, mode: .verbal, weight: -2.0),
        // CAMEO 115 "bring lawsuit against", a verbal-conflict code of Goldstein −2.0.
        .init(id: "sues", label: "sues", polarity: .hostile, mode: .verbal, weight: -2.0, temporality: .event),
        // CAMEO 10 "demand" (−5.0).
        .init(id: "demands", label: "demands", polarity: .hostile, mode: .verbal, weight: -5.0, temporality: .event),
        // CAMEO 174 "expel or deport individuals" (−5.0), a material-conflict code.
        .init(id: "expels", label: "expels", polarity: .hostile, mode: .material, weight: -5.0, temporality: .event),
        .init(id: "competes-with", label: "competes with", directed: false, polarity: .hostile, mode: .material, weight: -1.0),
        .init(id: "contracts-with", label: "contracts with", polarity: .cooperative, mode: .material, weight: 6.4),
        .init(id: "supplies", label: "supplies", polarity: .cooperative, mode: .material, weight: 6.4),
        .init(id: "invests-in", label: "invests in", polarity: .cooperative, mode: .material, weight: 6.4),
        .init(id: "cooperates-with", label: "cooperates with", directed: false, polarity: .cooperative, mode: .material, weight: 6.4),
        .init(id: "signs-agreement-with", label: "signs agreement with", directed: false, polarity: .cooperative, mode: .verbal, weight: 8.0, temporality: .event),
        // CAMEO 040 "consult" (+1.0): a meeting, call or visit.
        .init(id: "meets-with", label: "meets with", directed: false, polarity: .cooperative, mode: .verbal, weight: 1.0, temporality: .event),
        .init(id: "negotiates-with", label: "negotiates with", directed: false, polarity: .cooperative, mode: .verbal, weight: 7.0, temporality: .event),
        .init(id: "supports", label: "supports", polarity: .cooperative, mode: .verbal, weight: 3.4, temporality: .event),
        .init(id: "urges", label: "urges", polarity: .cooperative, mode: .verbal, weight: 3.0, temporality: .event),
        .init(id: "member-of", label: "member of", polarity: .neutral, mode: .structural, weight: 0),
        .init(id: "part-of", label: "part of", polarity: .neutral, mode: .structural, weight: 0),
        .init(id: "leads", label: "leads", polarity: .neutral, mode: .structural, weight: 0),
        .init(id: "owns", label: "owns", polarity: .neutral, mode: .structural, weight: 0),
        .init(id: "related-to", label: "related to", directed: false, polarity: .neutral, mode: .structural, weight: 0),
    ]

    public static let builtInByID: [String: RelationType] =
        Dictionary(uniqueKeysWithValues: builtIn.map { ($0.id, $0) })
}
