import Foundation
import Testing

/// Values from a closed set (engines, formats, views …) are usage errors with the nearest name.
@Suite struct ChoiceTests {
    static let misspelt: [([String], String)] = [
        (["render", "--engine", "dto"], "'dot'"),
        (["render", "--format", "svgg"], "'svg'"),
        (["render", "--view", "postions"], "'positions'"),
        (["render", "--color-by", "stanse"], "'stance'"),
        (["render", "--cluster-by", "contry"], "'country'"),
        (["actors", "--format", "jsn"], "'json'"),
        (["validate", "--format", "tabel"], "'table'"),
        (["export", "--format", "grpahml"], "'graphml'"),
        (["import", "x.csv", "--from", "dott"], "'dot'"),
        (["import", "x.csv", "--kind", "firmm"], "'firm'"),
        (["neighbors", "huawei", "--direction", "outt"], "'out'"),
        (["coalitions", "--structural", "ignor"], "'ignore'"),
    ]

    @Test(arguments: misspelt)
    func aMisspeltValueExits64WithTheNearestNameAndTheList(arguments: [String], nearest: String) throws {
        let outcome = try StakegraphRunner.run(arguments)
        #expect(outcome.status == 64, "\(arguments): \(outcome.stderr)")
        #expect(outcome.stderr.contains("did you mean \(nearest)? (choose one of "), "\(arguments): \(outcome.stderr)")
    }

    @Test func aValueFarFromEveryNameListsThemWithoutAGuess() throws {
        let outcome = try StakegraphRunner.run(["render", "--engine", "graphviz"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("'graphviz' is invalid for '--engine <engine>': choose one of auto, dot, neato, fdp, sfdp, circo, twopi"))
        #expect(!outcome.stderr.contains("did you mean"))
    }

    @Test func namesAreReadInAnyLetterCase() throws {
        let outcome = try StakegraphRunner.run(["stats", "--format", "JSON", "-g", StakegraphRunner.fixture("mini.yaml")])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("{"))
    }
}
