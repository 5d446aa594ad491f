/**
 * d3-force's jiggle, for the forces written here: a tiny random offset (from the simulation's
 * seeded source) that gives two nodes at the very same place a direction to part in.
 */
export function jiggle(random: () => number): number {
  return (random() - 0.5) * 1e-6;
}
