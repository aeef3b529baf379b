/// The words people write for the members of stakegraph's closed sets, for the hints an unknown
/// value gets: `company` is not an actor kind, but it means `firm`. Keys are kebab-case
/// (`Identifier.kebabCase`), so `Think tank` and `think_tank` find `think-tank`.
enum ClosedSetSynonyms {
    /// Actor kinds by what else they are called.
    static let kinds: [String: ActorKind] = [
        "state": .government, "country": .government, "nation": .government, "administration": .government,
        "cabinet": .government, "executive": .government,
        "ministry": .agency, "department": .agency, "regulator": .agency, "authority": .agency, "bureau": .agency,
        "office": .agency, "commission": .agency, "police": .agency, "intelligence-agency": .agency,
        "court": .agency, "military": .agency, "army": .agency,
        "parliament": .legislature, "congress": .legislature, "senate": .legislature, "assembly": .legislature,
        "committee": .legislature,
        "politician": .official, "minister": .official, "president": .official, "lawmaker": .official,
        "senator": .official, "diplomat": .official, "ambassador": .official, "civil-servant": .official,
        "individual": .person, "people": .person, "human": .person, "expert": .person, "journalist": .person,
        "company": .firm, "corporation": .firm, "business": .firm, "enterprise": .firm, "operator": .firm,
        "vendor": .firm, "supplier": .firm, "manufacturer": .firm, "startup": .firm, "carrier": .firm,
        "international-organisation": .internationalOrganization, "io": .internationalOrganization,
        "igo": .internationalOrganization, "alliance": .internationalOrganization,
        "intergovernmental-organization": .internationalOrganization,
        "newspaper": .media, "press": .media, "broadcaster": .media, "outlet": .media, "news": .media,
        "magazine": .media, "news-agency": .media,
        "think-tank": .group, "ngo": .group, "association": .group, "union": .group, "party": .group,
        "coalition": .group, "lobby": .group, "organization": .group, "organisation": .group,
        "university": .group, "foundation": .group, "industry-group": .group, "trade-association": .group,
    ]

    /// Polarities by what else they are called.
    static let polarities: [String: Polarity] = [
        "negative": .hostile, "conflict": .hostile, "conflictual": .hostile, "hostility": .hostile, "adversarial": .hostile,
        "positive": .cooperative, "cooperation": .cooperative, "co-operative": .cooperative, "friendly": .cooperative,
        "none": .neutral, "neither": .neutral, "structural": .neutral,
    ]

    /// Relation modes by what else they are called.
    static let modes: [String: RelationMode] = [
        "verbal-act": .verbal, "words": .verbal, "speech": .verbal, "statement": .verbal,
        "physical": .material, "deeds": .material, "action": .material, "act": .material,
        "structure": .structural, "membership": .structural, "tie": .structural,
    ]

    /// Temporalities by what else they are called.
    static let temporalities: [String: Temporality] = [
        "once": .event, "act": .event, "instant": .event, "point": .event,
        "status": .state, "ongoing": .state, "continuous": .state, "duration": .state, "lasting": .state,
    ]

    /// Stances by what else they are called.
    static let stances: [String: Stance] = [
        "against": .oppose, "opposed": .oppose, "opposes": .oppose, "anti": .oppose, "con": .oppose, "negative": .oppose,
        "strongly-against": .stronglyOppose, "strongly-opposed": .stronglyOppose, "strongly-opposes": .stronglyOppose,
        "for": .support, "in-favor": .support, "in-favour": .support, "supports": .support, "pro": .support,
        "favor": .support, "favour": .support, "positive": .support,
        "strongly-for": .stronglySupport, "strongly-supports": .stronglySupport, "strongly-in-favor": .stronglySupport,
        "undecided": .neutral, "mixed": .neutral, "none": .neutral, "neither": .neutral, "ambivalent": .neutral,
    ]

    /// `"; did you mean 'x'?"` for `text`: its synonym, else the nearest spelling among `names`.
    static func hint<T: RawRepresentable>(for text: String, synonyms: [String: T], names: [String]) -> String
    where T.RawValue == String {
        if let value = synonyms[Identifier.kebabCase(text)] { return "; did you mean '\(value.rawValue)'?" }
        return Suggestion.hint(for: text, in: names)
    }
}

extension ActorKind {
    /// The kind a word for one means (`company` → `firm`, `Think tank` → `group`), if it is a
    /// known synonym; nil for the kinds' own names and for other words.
    public static func meant(by word: String) -> ActorKind? { ClosedSetSynonyms.kinds[Identifier.kebabCase(word)] }
}

extension Polarity {
    /// The polarity a word for one means (`negative` → `hostile`), if it is a known synonym.
    public static func meant(by word: String) -> Polarity? { ClosedSetSynonyms.polarities[Identifier.kebabCase(word)] }
}

extension RelationMode {
    /// The mode a word for one means (`words` → `verbal`), if it is a known synonym.
    public static func meant(by word: String) -> RelationMode? { ClosedSetSynonyms.modes[Identifier.kebabCase(word)] }
}
