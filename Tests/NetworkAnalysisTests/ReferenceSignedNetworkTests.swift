import Foundation
import Testing
@testable import NetworkAnalysis

/// `StructuralBalance.partition` on published signed networks, against exact minimum frustrations.
///
/// The networks are the CSVs (`from,to,sign`) in `shared/data/signed` beside the repository
/// (`$STAKEGRAPH_SHARED_DATA/signed` when that is set); their exact minimum frustrations are the
/// committed `Tests/Fixtures/signed/frustration.json`, computed by
/// `Tests/Fixtures/signed/generate_frustration.py` with a binary ILP solved to optimality by CBC
/// (see the README there). Each CSV row is one tie, parallel rows count separately, self ties are
/// skipped, the sign is that of `sign` (of `weight` where there is one), and the vertices are the
/// distinct names in `from` and `to` — as in the script.
@Suite struct ReferenceSignedNetworkTests {
    // MARK: the fixture and the data

    /// Every network in the data folder has a fixture entry, every entry a network, and every
    /// value was proven optimal (none is a time-limited bound).
    @Test func fixtureCoversEveryNetworkWithExactValues() throws {
        let onDisk = try SignedReference.csvFiles()
        #expect(onDisk == SignedReference.fixture.keys.sorted(),
                "the networks in \(SignedReference.dataDirectory.path) and frustration.json differ: run generate_frustration.py")
        #expect(onDisk.filter { $0.hasPrefix("cow/") }.count == 51)
        for (file, entry) in SignedReference.fixture {
            #expect(entry.method == "ILP (PuLP CBC, optimal)", "\(file): \(entry.method)")
            #expect(entry.frustration["2"] != nil, "\(file): no two-camp value")
        }
    }

    /// The published Gahuku-Gama values, literally: the subtribes of Read (1954), "Cultures of the
    /// Central Highlands, New Guinea" (Southwestern Journal of Anthropology 10), as distributed in
    /// the R package signnet (`tribes`); signnet's README reports the normalised frustration index
    /// 0.7586207 = 1 − 7/(m/2) with m = 58 ties, i.e. 7 frustrated ties for two camps; the
    /// three-camp criterion (Read's three alliances) leaves 2.
    @Test func gahukuGamaPublishedValues() throws {
        let network = try SignedReference.load("gahuku_gama_tribes.csv")
        #expect(network.vertexCount == 16)
        #expect(network.ties.count == 58)
        #expect(network.ties.filter { $0.sign < 0 }.count == 29)
        let two = StructuralBalance.partition(vertexCount: network.vertexCount, ties: network.ties)
        #expect(two.frustration == 7)
        #expect(two.isExact)
        let three = StructuralBalance.partition(vertexCount: network.vertexCount, ties: network.ties, camps: 3)
        #expect(three.frustration == 2)
        #expect(StructuralBalance.frustration(of: three.camp, ties: network.ties) == 2)
        #expect(SignedReference.fixture["gahuku_gama_tribes.csv"]?.frustration == ["2": 7, "3": 2])
    }

    // MARK: small networks: exhaustive search for two camps, local search for three

    static let smallNetworks = SignedReference.fixture.filter { $0.value.vertices < 20 }.keys.sorted()

    @Test func smallNetworksAreTheExpectedOnes() {
        #expect(Self.smallNetworks == ["gahuku_gama_tribes.csv", "slovene_parliament_1994.csv", "slovene_parliament_1994_weighted.csv"])
    }

    @Test(arguments: smallNetworks)
    func smallNetworkReachesTheExactValues(file: String) throws {
        let network = try SignedReference.load(file)
        let entry = try #require(SignedReference.fixture[file])
        #expect(network.vertexCount == entry.vertices && network.ties.count == entry.ties, "\(file): size")

        let two = StructuralBalance.partition(vertexCount: network.vertexCount, ties: network.ties)
        #expect(two.isExact, "\(file): \(network.vertexCount) vertices are within exactLimit")
        #expect(two.frustration == entry.frustration["2"], "\(file), k = 2")
        #expect(StructuralBalance.frustration(of: two.camp, ties: network.ties) == two.frustration, "\(file), k = 2")
        #expect(two.campCount <= 2)

        let expectedThree = try #require(entry.frustration["3"], "\(file): no k = 3 value in the fixture")
        let three = StructuralBalance.partition(vertexCount: network.vertexCount, ties: network.ties, camps: 3)
        // isExact may be false here: the local search proves nothing above the lower bound.
        #expect(three.frustration == expectedThree, "\(file), k = 3")
        #expect(StructuralBalance.frustration(of: three.camp, ties: network.ties) == three.frustration, "\(file), k = 3")
        #expect(three.campCount <= 3)
    }

    // MARK: Correlates of War windows: local search against the ILP optimum

    static let cowNetworks = SignedReference.fixture.keys.filter { $0.hasPrefix("cow/") }.sorted()

    /// The default two-camp search reaches the proven minimum on each of the 51 COW networks
    /// (64–155 states, 362–1,288 ties). Below it would mean the ILP or the tie reading is wrong.
    @Test(arguments: cowNetworks)
    func cowNetworkReachesTheExactValue(file: String) throws {
        let network = try SignedReference.load(file)
        let entry = try #require(SignedReference.fixture[file])
        let exact = try #require(entry.frustration["2"])
        #expect(network.vertexCount == entry.vertices && network.ties.count == entry.ties, "\(file): size")

        let result = StructuralBalance.partition(vertexCount: network.vertexCount, ties: network.ties)
        #expect(result.frustration >= exact, "\(file): \(result.frustration) is below the ILP optimum \(exact)")
        #expect(result.frustration == exact, "\(file): local search found \(result.frustration), the minimum is \(exact)")
        #expect(StructuralBalance.frustration(of: result.camp, ties: network.ties) == result.frustration, "\(file)")
        #expect(result.campCount <= 2)
    }
}

/// The reference signed networks and their fixture.
enum SignedReference {
    struct Entry: Decodable, Sendable {
        var vertices: Int
        var ties: Int
        /// Camp count ("2", "3") → minimum frustration.
        var frustration: [String: Int]
        var method: String
    }

    struct SignedNetwork {
        var names: [String]
        var ties: [SignedTie]
        var vertexCount: Int { names.count }
    }

    enum ReadError: Error, CustomStringConvertible {
        case missing(String)
        case malformed(String)
        var description: String {
            switch self {
            case .missing(let text), .malformed(let text): text
            }
        }
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `$STAKEGRAPH_SHARED_DATA/signed`, else `../shared/data/signed` beside the repository.
    static var dataDirectory: URL {
        let shared = ProcessInfo.processInfo.environment["STAKEGRAPH_SHARED_DATA"].map { URL(fileURLWithPath: $0) }
            ?? repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
        return shared.appendingPathComponent("signed")
    }

    static let fixtureFile = repositoryRoot.appendingPathComponent("Tests/Fixtures/signed/frustration.json")

    /// File (relative to the data folder) → its exact values.
    static let fixture: [String: Entry] = {
        do {
            return try JSONDecoder().decode([String: Entry].self, from: Data(contentsOf: fixtureFile))
        } catch {
            fatalError("cannot read \(fixtureFile.path): \(error)")
        }
    }()

    /// The CSV files under the data folder, relative to it, sorted.
    static func csvFiles() throws -> [String] {
        let root = dataDirectory.standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else {
            throw ReadError.missing("no data folder \(root.path) (set STAKEGRAPH_SHARED_DATA to the folder holding signed/)")
        }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".csv") }.sorted()
    }

    /// Reads `from,to,sign[,weight]`: vertices in order of first appearance, one tie per row,
    /// self ties skipped, the sign of `weight` where there is one (it must agree with `sign`).
    static func load(_ file: String) throws -> SignedNetwork {
        let url = dataDirectory.appendingPathComponent(file)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw ReadError.missing("cannot read \(url.path) (set STAKEGRAPH_SHARED_DATA to the folder holding signed/)")
        }
        var lines = text.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
        guard !lines.isEmpty else { throw ReadError.malformed("\(file): empty") }
        let header = lines.removeFirst()
        guard let from = header.firstIndex(of: "from"), let to = header.firstIndex(of: "to"),
              let signColumn = header.firstIndex(of: "sign") else {
            throw ReadError.malformed("\(file): header \(header) lacks from, to or sign")
        }
        let weightColumn = header.firstIndex(of: "weight")
        func sign(_ field: String, line: Int) throws -> Int8 {
            guard let value = Double(field), value != 0 else { throw ReadError.malformed("\(file):\(line): sign '\(field)'") }
            return value > 0 ? 1 : -1
        }
        var index: [String: Int32] = [:]
        var names: [String] = []
        var ties: [SignedTie] = []
        for (offset, row) in lines.enumerated() {
            let line = offset + 2
            guard row.count == header.count else { throw ReadError.malformed("\(file):\(line): \(row.count) fields") }
            var ends: [Int32] = []
            for name in [row[from], row[to]] {
                if let known = index[name] {
                    ends.append(known)
                } else {
                    index[name] = Int32(names.count)
                    ends.append(Int32(names.count))
                    names.append(name)
                }
            }
            var tieSign = try sign(row[signColumn], line: line)
            if let weightColumn {
                let weightSign = try sign(row[weightColumn], line: line)
                guard weightSign == tieSign else { throw ReadError.malformed("\(file):\(line): sign and weight disagree") }
                tieSign = weightSign
            }
            if ends[0] != ends[1] { ties.append(SignedTie(ends[0], ends[1], sign: tieSign)) }
        }
        return SignedNetwork(names: names, ties: ties)
    }
}
