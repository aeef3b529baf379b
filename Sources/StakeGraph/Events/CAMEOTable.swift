import Foundation
import Yams

/// The CAMEO event codes as `cameo.yaml` (compiled into the library) describes them: each code's
/// name and Goldstein score, the relation type each code maps to, the relation types the table
/// adds to the vocabulary, and how actor roles and sectors map to actor kinds.
///
/// The table is the one place that decides what a machine-coded event becomes; the importers
/// only look things up in it.
public struct CAMEOTable: Sendable {
    /// One CAMEO code: its codebook name, Goldstein score and the relation type it maps to.
    public struct Code: Sendable, Hashable {
        public var code: String
        public var name: String
        public var goldstein: Double
        public var type: String
    }

    /// Every code by its digits (`"043"`, `"0874"`, `"19"`).
    public let codes: [String: Code]
    /// The relation type of each root code `01` … `20`.
    public let roots: [String: String]
    /// The relation types the table uses that are not built in, by id.
    public let addedTypes: [String: RelationType]
    /// GDELT actor role codes (`GOV`, `MIL`) to kinds.
    let gdeltKinds: [String: ActorKind]
    /// ICEWS sectors (matched as words of the sector name) to kinds, in order of precedence.
    let icewsKinds: [(sector: String, kind: ActorKind)]
    /// CAMEO country codes that are not ISO 3166 alpha-3, to alpha-2.
    let countries: [String: String]
    /// ICEWS country names that ISO 3166 names otherwise, to alpha-2.
    let countryNames: [String: String]

    /// The table compiled into the library.
    public static let builtIn: CAMEOTable = {
        // The built-in table is part of the library and tested; it always reads.
        try! CAMEOTable(yaml: String(decoding: PackageResources.cameo_yaml, as: UTF8.self))
    }()

    /// Why the table text cannot be used.
    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    init(yaml: String) throws {
        guard let root = try Yams.load(yaml: yaml) as? [String: Any] else { throw Problem(description: "not a mapping") }
        var added: [String: RelationType] = [:]
        for item in root["types"] as? [[String: Any]] ?? [] {
            guard let id = item["id"] as? String, let label = item["label"] as? String,
                  let polarity = (item["polarity"] as? String).flatMap(Polarity.init(rawValue:)),
                  let mode = (item["mode"] as? String).flatMap(RelationMode.init(rawValue:)),
                  let weight = (item["weight"] as? Double) ?? (item["weight"] as? Int).map(Double.init)
            else { throw Problem(description: "a type needs id, label, polarity, mode and weight: \(item)") }
            added[id] = RelationType(id: id, label: label, directed: item["directed"] as? Bool ?? true, polarity: polarity,
                                     mode: mode, weight: weight, temporality: .event, description: item["description"] as? String)
        }
        func known(_ type: String) -> Bool { added[type] != nil || Vocabulary.builtInByID[type] != nil }
        var roots: [String: String] = [:]
        for (code, type) in root["roots"] as? [String: String] ?? [:] {
            guard known(type) else { throw Problem(description: "root \(code) maps to unknown type \(type)") }
            roots[code] = type
        }
        guard roots.count == 20, (1...20).allSatisfy({ roots[Self.rootCode($0)] != nil }) else {
            throw Problem(description: "the roots must cover 01 … 20")
        }
        let entries = root["codes"] as? [String: [String: Any]] ?? [:]
        var codes: [String: Code] = [:]
        for (code, entry) in entries {
            guard let name = entry["name"] as? String,
                  let goldstein = (entry["goldstein"] as? Double) ?? (entry["goldstein"] as? Int).map(Double.init)
            else { throw Problem(description: "code \(code) needs a name and a goldstein score") }
            codes[code] = Code(code: code, name: name, goldstein: goldstein, type: entry["type"] as? String ?? "")
        }
        // A code without a type of its own takes its nearest ancestor's, down to its root's.
        for (code, entry) in codes where entry.type.isEmpty {
            var type: String?
            var prefix = String(code.dropLast())
            while type == nil, prefix.count >= 2 {
                if let own = entries[prefix]?["type"] as? String { type = own }
                prefix = String(prefix.dropLast())
            }
            guard let resolved = type ?? roots[String(code.prefix(2))] else { throw Problem(description: "code \(code) has no root") }
            codes[code]!.type = resolved
        }
        for code in codes.values where !known(code.type) { throw Problem(description: "code \(code.code) maps to unknown type \(code.type)") }
        let kinds = root["actor-kinds"] as? [String: Any] ?? [:]
        var gdelt: [String: ActorKind] = [:]
        for (role, kind) in kinds["gdelt"] as? [String: String] ?? [:] {
            guard let value = ActorKind(rawValue: kind) else { throw Problem(description: "unknown kind \(kind)") }
            gdelt[role] = value
        }
        var icews: [(String, ActorKind)] = []
        for pair in kinds["icews"] as? [[String]] ?? [] {
            guard pair.count == 2, let value = ActorKind(rawValue: pair[1]) else { throw Problem(description: "bad sector kind \(pair)") }
            icews.append((pair[0].lowercased(), value))
        }
        self.codes = codes
        self.roots = roots
        self.addedTypes = added
        self.gdeltKinds = gdelt
        self.icewsKinds = icews
        self.countries = root["countries"] as? [String: String] ?? [:]
        self.countryNames = root["country-names"] as? [String: String] ?? [:]
        for code in Array(countries.values) + Array(countryNames.values) where !Country.isAccepted(code) {
            throw Problem(description: "country \(code) is not an ISO 3166 alpha-2 code")
        }
    }

    /// `"01"` … `"20"`.
    static func rootCode(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

    /// The entry for `code` (digits as the data writes them), or nil for a code CAMEO does not have.
    public func code(_ code: String) -> Code? { codes[code] }

    /// The relation type with `id`: built in, or one the table adds.
    public func relationType(_ id: String) -> RelationType? { Vocabulary.builtInByID[id] ?? addedTypes[id] }

    /// The kind a GDELT actor's role codes (`GOV`, `MIL` …) give, the first that names one.
    func kind(roles: [String]) -> ActorKind? { roles.lazy.compactMap { gdeltKinds[$0] }.first }

    /// The kind an ICEWS actor's sectors give: the first table entry found among them.
    func kind(sectors: [String]) -> ActorKind? {
        let lowered = sectors.map { $0.lowercased() }
        return icewsKinds.first { entry in lowered.contains { $0.contains(entry.sector) } }?.kind
    }

    /// The ISO 3166 alpha-2 code of an English country name as ICEWS writes it.
    func country(named name: String) -> String? { countryNames[name] ?? Country.code(for: name) }

    /// The ISO 3166 alpha-2 code a CAMEO country code (mostly ISO alpha-3: `USA`, `ZWE`) stands
    /// for, or nil for a region (`EUR`, `AFR`) or a code no country has.
    func country(cameo code: String) -> String? {
        if let own = countries[code] { return own }
        guard code.count == 3 else { return nil }
        return Country.code(for: code)
    }
}
