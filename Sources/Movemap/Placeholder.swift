// Movemap
