/**
 * Pointer and wheel input on the network canvas, turned into intentions: one pointer drags a node
 * or pans, two pinch-zoom, the wheel zooms, and a press that barely moves is a click. Coordinates
 * are CSS pixels relative to the canvas.
 */

export interface GestureTarget {
  /** Index of the node under a point, or -1. */
  hit(x: number, y: number): number;
  /** Called when a press starts, so running animations can stop. */
  begin(): void;
  pan(dx: number, dy: number): void;
  zoomAt(x: number, y: number, factor: number): void;
  moveNode(index: number, x: number, y: number): void;
  dropNode(index: number): void;
  open(index: number): void;
  hover(x: number, y: number): void;
  leave(): void;
}

/** How far (px) a press may move and still count as a click. */
const CLICK_SLOP = 5;

export function attachGestures(canvas: HTMLCanvasElement, target: GestureTarget): void {
  const pointers = new Map<number, { x: number; y: number }>();
  let press: { node: number; x: number; y: number; moved: boolean } | null = null;
  const local = (event: MouseEvent) => {
    const rect = canvas.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };

  canvas.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    canvas.setPointerCapture(event.pointerId);
    const p = local(event);
    pointers.set(event.pointerId, p);
    press = pointers.size === 1 ? { node: target.hit(p.x, p.y), x: p.x, y: p.y, moved: false } : null;
    target.begin();
    canvas.style.cursor = 'grabbing';
  });

  canvas.addEventListener('pointermove', (event) => {
    const p = local(event);
    const last = pointers.get(event.pointerId);
    if (!last) return target.hover(p.x, p.y);
    pointers.set(event.pointerId, p);
    if (pointers.size === 2) {
      const other = [...pointers.entries()].find(([id]) => id !== event.pointerId)![1];
      const before = Math.hypot(last.x - other.x, last.y - other.y);
      const after = Math.hypot(p.x - other.x, p.y - other.y);
      target.pan((p.x - last.x) / 2, (p.y - last.y) / 2);
      if (before > 0) target.zoomAt((p.x + other.x) / 2, (p.y + other.y) / 2, after / before);
    } else if (press) {
      press.moved ||= Math.hypot(p.x - press.x, p.y - press.y) > CLICK_SLOP;
      if (press.moved && press.node >= 0) target.moveNode(press.node, p.x, p.y);
      else if (press.moved) target.pan(p.x - last.x, p.y - last.y);
    }
  });

  const release = (event: PointerEvent) => {
    if (!pointers.delete(event.pointerId)) return;
    canvas.style.cursor = 'grab';
    if (press && !press.moved && press.node >= 0 && event.type === 'pointerup') target.open(press.node);
    else if (press?.moved && press.node >= 0) target.dropNode(press.node);
    press = null;
  };
  canvas.addEventListener('pointerup', release);
  canvas.addEventListener('pointercancel', release);
  canvas.addEventListener('pointerleave', () => pointers.size === 0 && target.leave());

  canvas.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      const p = local(event);
      target.zoomAt(p.x, p.y, Math.exp(-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.0015)));
    },
    { passive: false },
  );
}
