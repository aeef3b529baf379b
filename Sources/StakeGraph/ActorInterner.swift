/// Actor ids numbered in order of first appearance, for readers of big sheets: an open-addressing
/// table of (id, position) entries, hashed with a seeded 64-bit multiply-xor over the id's UTF-8
/// bytes. For the short ids of a big sheet it costs a fraction of `Dictionary<String, Int32>`,
/// whose SipHash and growth by rehashing took a sixth of loading a million relations.
///
/// Each entry holds its id, so a lookup touches one place in memory, not a slot and then the id
/// (two cache misses per cell once the table outgrows the cache). The seed is drawn per table,
/// so a sheet cannot be written to make its ids collide.
struct ActorInterner {
    private(set) var ids: [String] = []
    private struct Entry {
        var id = ""
        /// The id's position in `ids`; -1 for an empty slot.
        var position: Int32 = -1
    }
    /// A power of two of entries, at least twice the ids.
    private var slots = [Entry](repeating: Entry(), count: 1024)
    private let seed = UInt64.random(in: 1...UInt64.max)

    /// The position of `id`, if it has one.
    ///
    /// - Complexity: O(length of the id) expected.
    func position(of id: String) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash(id)) & mask
        while true {
            let entry = slots[slot]
            if entry.position < 0 { return nil }
            if entry.id == id { return entry.position }
            slot = (slot + 1) & mask
        }
    }

    /// Gives `id`, which has no position yet, the next one.
    ///
    /// - Complexity: amortised O(length of the id) expected.
    mutating func add(_ id: String) -> Int32 {
        if (ids.count + 1) * 2 > slots.count { grow() }
        ids.append(id)
        place(ids.count - 1)
        return Int32(ids.count - 1)
    }

    private mutating func place(_ position: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash(ids[position])) & mask
        while slots[slot].position >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Entry(id: ids[position], position: Int32(position))
    }

    private mutating func grow() {
        slots = Array(repeating: Entry(), count: slots.count * 2)
        for position in ids.indices { place(position) }
    }

    private func hash(_ id: String) -> UInt64 {
        var id = id
        return id.withUTF8 { bytes in
            var h = seed ^ UInt64(bytes.count)
            for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01B3 }
            // A final mix (MurmurHash3's fmix64) spreads the low bits that index the table.
            h ^= h >> 33
            h = h &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 33
            h = h &* 0xC4CE_B9FE_1A85_EC53
            return h ^ (h >> 33)
        }
    }
}
