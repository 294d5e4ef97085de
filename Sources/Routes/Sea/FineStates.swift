/// What ``FineSearch`` keeps per search state — the best cost so far, the parent, the channel
/// taken, whether it is closed — and per corridor cell — the distance to go and the areas
/// holding it — stored block by block as the search first reaches a block, and for the states,
/// layer by layer as it first reaches a block at that layer.
///
/// State and position numbers are those of the whole corridor (so the frontier orders them
/// as before); only the storage is packed: a search along a corridor of hundreds of blocks
/// touches and zeroes the memory of the blocks it reaches, not of all of them, and a voyage
/// through via-areas only of the layers each block is reached at (most blocks see one or two
/// of them), not of every layer.
struct FineStates {
    let layers: Int
    let cellsPerSlot: Int
    let statesPerSlot: Int
    /// Per corridor slot, its place in the cell storage, or −1 before the search reaches it.
    private(set) var chunkOfSlot: [Int32]
    /// Per corridor slot and layer (slot × layers + layer), its place in the state storage,
    /// or −1 before the search reaches the slot at that layer.
    private var chunkOfSlotLayer: [Int32]
    private(set) var chunks = 0
    private var stateChunks = 0
    var best: [Double] = []
    var parent: [Int32] = []
    var viaChannel: [Int16] = []
    var closed: [Bool] = []
    /// Per position: the angle to go (−1 until computed) and the areas holding the cell.
    var toGo: [Float] = []
    var inAreas: [UInt64] = []

    init(slots: Int, cellsPerSlot: Int, layers: Int) {
        self.layers = layers
        self.cellsPerSlot = cellsPerSlot
        statesPerSlot = cellsPerSlot * layers
        chunkOfSlot = [Int32](repeating: -1, count: slots)
        chunkOfSlotLayer = [Int32](repeating: -1, count: slots * layers)
        // Room for every slot, so opening one never moves the others; the system gives the
        // pages only as they are written.
        best.reserveCapacity(slots * statesPerSlot)
        parent.reserveCapacity(slots * statesPerSlot)
        viaChannel.reserveCapacity(slots * statesPerSlot)
        closed.reserveCapacity(slots * statesPerSlot)
        toGo.reserveCapacity(slots * cellsPerSlot)
        if layers > 1 { inAreas.reserveCapacity(slots * cellsPerSlot) }
    }

    /// Makes room for the cells of `slot`, if it has none yet.
    @inline(__always)
    mutating func open(slot: Int) {
        guard chunkOfSlot[slot] < 0 else { return }
        chunkOfSlot[slot] = Int32(chunks)
        chunks += 1
        toGo.append(contentsOf: repeatElement(-1, count: cellsPerSlot))
        if layers > 1 { inAreas.append(contentsOf: repeatElement(0, count: cellsPerSlot)) }
    }

    /// Makes room for the states of `slot` at `layer`, if it has none yet.
    @inline(__always)
    mutating func open(slot: Int, layer: Int) {
        let key = slot * layers + layer
        guard chunkOfSlotLayer[key] < 0 else { return }
        chunkOfSlotLayer[key] = Int32(stateChunks)
        stateChunks += 1
        best.append(contentsOf: repeatElement(.infinity, count: cellsPerSlot))
        parent.append(contentsOf: repeatElement(-1, count: cellsPerSlot))
        viaChannel.append(contentsOf: repeatElement(-1, count: cellsPerSlot))
        closed.append(contentsOf: repeatElement(false, count: cellsPerSlot))
    }

    /// Where the state of `position` at `layer` (of an opened slot and layer) is stored.
    @inline(__always)
    func index(position: Int, layer: Int) -> Int {
        let slot = position / cellsPerSlot
        return Int(chunkOfSlotLayer[slot * layers + layer]) * cellsPerSlot + position - slot * cellsPerSlot
    }

    /// Where state `state` (position × layers + layer, of an opened slot and layer) is stored.
    @inline(__always)
    func index(ofState state: Int) -> Int {
        let position = state / layers
        return index(position: position, layer: state - position * layers)
    }

    /// Where position `position` (of an opened slot) is stored.
    @inline(__always)
    func index(ofPosition position: Int) -> Int {
        let slot = position / cellsPerSlot
        return Int(chunkOfSlot[slot]) * cellsPerSlot + position - slot * cellsPerSlot
    }
}
