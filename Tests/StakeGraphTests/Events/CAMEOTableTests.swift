import Testing
@testable import StakeGraph

@Suite struct CAMEOTableTests {
    let table = CAMEOTable.builtIn

    @Test func everyRootHasATypeThatExists() {
        for root in 1...20 {
            let code = root < 10 ? "0\(root)" : "\(root)"
            let type = table.roots[code]
            #expect(type != nil, "root \(code)")
            #expect(type.flatMap(table.relationType) != nil, "root \(code) → \(type ?? "?")")
            #expect(table.code(code) != nil, "root \(code) is itself a code")
        }
    }

    @Test func everyCodeResolvesToAKnownTypeUnderItsRoot() {
        #expect(table.codes.count == 312)   // CAMEO 1.1b3 has 312 codes, roots included.
        for code in table.codes.values {
            #expect(table.relationType(code.type) != nil, "\(code.code) → \(code.type)")
            #expect((-10...10).contains(code.goldstein))
        }
    }

    /// Goldstein scores as the CAMEO codebook and GDELT's CAMEO.goldsteinscale.txt give them.
    @Test(arguments: [("010", 0.0), ("016", -5.0), ("043", 2.8), ("057", 8.0), ("0874", 10.0), ("130", -4.4),
                      ("163", -8.0), ("183", -10.0), ("20", -10.0), ("0256", -0.3)])
    func goldsteinScoresFollowTheCodebook(code: String, goldstein: Double) {
        #expect(table.code(code)?.goldstein == goldstein)
    }

    @Test func specificCodesOverrideTheirRootAndChildrenInherit() {
        #expect(table.code("040")?.type == "meets-with")
        #expect(table.code("046")?.type == "negotiates-with")
        #expect(table.code("112")?.type == "accuses")
        #expect(table.code("1121")?.type == "accuses")   // a child of 112
        #expect(table.code("111")?.type == "criticizes")  // root 11
        #expect(table.code("0874")?.type == "yields-to")  // root 08
        #expect(table.code("174")?.type == "expels")
    }

    @Test func addedTypesAreEventsTheVocabularyLacks() {
        #expect(!table.addedTypes.isEmpty)
        for type in table.addedTypes.values {
            #expect(Vocabulary.builtInByID[type.id] == nil, "\(type.id) duplicates a built-in type")
            #expect(type.temporality == .event)
        }
        #expect(table.addedTypes["fights"]?.polarity == .hostile)
        #expect(table.addedTypes["aids"]?.polarity == .cooperative)
    }

    @Test func countryCodesFromCAMEO() {
        #expect(table.country(cameo: "ZWE") == "ZW")
        #expect(table.country(cameo: "ROM") == "RO")   // CAMEO's code, not ISO's ROU
        #expect(table.country(cameo: "EUR") == nil)    // a region
        #expect(table.country(named: "Occupied Palestinian Territory") == "PS")
        #expect(table.country(named: "Bangladesh") == "BD")
    }
}
