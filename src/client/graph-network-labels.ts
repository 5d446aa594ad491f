/**
 * Label placement for the network: labels are offered most important first and each is placed
 * only where it overlaps no label already placed, so the map never shows two labels on top of
 * each other. Placed boxes are kept in a uniform grid of screen cells: a new box is checked
 * against the few boxes in the cells it covers, not against every box placed.
 */

/** A placed label's box in CSS pixels of the canvas: left, top, right, bottom. */
export type LabelBox = [number, number, number, number];

const CELL = 64;

export class LabelGrid {
  private readonly boxes: LabelBox[] = [];
  private readonly cells = new Map<number, number[]>();
  private readonly columns: number;

  constructor(width: number) {
    this.columns = Math.ceil(width / CELL) + 2;
  }

  get size(): number {
    return this.boxes.length;
  }

  /** Whether `box` overlaps no placed box. */
  free(box: LabelBox): boolean {
    let free = true;
    this.eachCell(box, (key) => {
      for (const i of this.cells.get(key) ?? []) {
        const p = this.boxes[i]!;
        if (p[0] < box[2] && box[0] < p[2] && p[1] < box[3] && box[1] < p[3]) return (free = false);
      }
      return true;
    });
    return free;
  }

  add(box: LabelBox): void {
    const i = this.boxes.length;
    this.boxes.push(box);
    this.eachCell(box, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(i);
      else this.cells.set(key, [i]);
      return true;
    });
  }

  /** Calls `visit` for each grid cell `box` covers until it returns false. */
  private eachCell(box: LabelBox, visit: (key: number) => boolean): void {
    // Boxes may reach a little off screen: cells are shifted by one so indices stay positive.
    const c0 = Math.max(0, Math.floor(box[0] / CELL) + 1);
    const c1 = Math.min(this.columns - 1, Math.floor(box[2] / CELL) + 1);
    const r0 = Math.floor(box[1] / CELL) + 1;
    const r1 = Math.floor(box[3] / CELL) + 1;
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) if (!visit(r * this.columns + c)) return;
  }
}
