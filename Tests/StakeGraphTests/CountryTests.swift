import Testing
@testable import StakeGraph

@Suite struct CountryTests {
    @Test func theTableHoldsISO3166WithUniqueCodes() {
        #expect(Country.iso3166.count == 249)
        #expect(Set(Country.iso3166.map(\.alpha2)).count == 249)
        #expect(Set(Country.iso3166.map(\.alpha3)).count == 249)
        #expect(Country.iso3166.allSatisfy { $0.alpha2.count == 2 && $0.alpha3.count == 3 && $0.alpha2 == $0.alpha2.uppercased() })
        #expect(Country.commonNames.keys.allSatisfy { Country.isAccepted($0) }, "common names name accepted codes")
    }

    @Test func acceptsAssignedCodesAndEUAndXKOnly() {
        for code in ["US", "CN", "GB", "DE", "KR", "TW", "EU", "XK"] { #expect(Country.isAccepted(code), "\(code)") }
        for code in ["UK", "ZZ", "us", "USA", ""] { #expect(!Country.isAccepted(code), "\(code)") }
    }

    @Test(arguments: [
        ("us", "US"), ("USA", "US"), ("usa", "US"), ("United States", "US"), ("United States of America", "US"),
        ("the United States", "US"), ("U.S.A.", "US"), ("UK", "GB"), ("United Kingdom", "GB"), ("Britain", "GB"),
        ("South Korea", "KR"), ("Korea, Republic of", "KR"), ("North Korea", "KP"), ("Russia", "RU"),
        ("Russian Federation", "RU"), ("Côte d'Ivoire", "CI"), ("Cote dIvoire", "CI"), ("Ivory Coast", "CI"),
        ("Turkey", "TR"), ("Türkiye", "TR"), ("Timor Leste", "TL"), ("DEU", "DE"), ("Germany", "DE"),
        ("European Union", "EU"), ("Kosovo", "XK"), (" China ", "CN"),
    ])
    func namesAndAlpha3CodesGiveTheirAlpha2Code(text: String, code: String) {
        #expect(Country.code(for: text) == code)
    }

    @Test func unknownNamesGiveNoCodeButMisspellingsAreNear() {
        #expect(Country.code(for: "Atlantis") == nil)
        #expect(Country.code(for: "Korea") == nil, "ambiguous between north and south")
        #expect(Country.nearestCode(to: "Untied States") == "US")
        #expect(Country.nearestCode(to: "Germnay") == "DE")
        #expect(Country.nearestCode(to: "Atlantis") == nil)
        #expect(Country.nearestCode(to: "Korea") == nil)
        #expect(Country.name(of: "US") == "United States" && Country.name(of: "EU") == "European Union")
    }
}
