/**
 * Pointer, touch and wheel input on the network canvas, turned into intentions. A mouse or pen
 * drags a node or pans, the wheel zooms, and a press that barely moves is a click. On a touch
 * screen one finger belongs to the page, so it scrolls past the map as anywhere else (the canvas
 * says `touch-action: pan-x pan-y`); two fingers pinch to zoom and move to pan, and a tap focuses
 * a node (a second tap opens it). Coordinates are CSS pixels relative to the canvas.
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
  /** A tap on a touch screen (no hover there): focus, or open what is focused. */
  tap(x: number, y: number): void;
  /** One finger moved on the map: the page scrolls; say how to move the map instead. */
  hint(): void;
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
    if (event.button !== 0 || event.pointerType === 'touch') return;
    canvas.setPointerCapture(event.pointerId);
    const p = local(event);
    pointers.set(event.pointerId, p);
    press = pointers.size === 1 ? { node: target.hit(p.x, p.y), x: p.x, y: p.y, moved: false } : null;
    target.begin();
    canvas.style.cursor = 'grabbing';
  });

  canvas.addEventListener('pointermove', (event) => {
    if (event.pointerType === 'touch') return;
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

  attachTouch(canvas, target);

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

/** Two fingers zoom and pan; one finger is left to the page, except for a tap. */
function attachTouch(canvas: HTMLCanvasElement, target: GestureTarget): void {
  let last: { x: number; y: number; d: number } | null = null;
  let tap: { x: number; y: number } | null = null;
  const local = (touch: Touch) => {
    const rect = canvas.getBoundingClientRect();
    return { x: touch.clientX - rect.left, y: touch.clientY - rect.top };
  };
  const pair = (event: TouchEvent) => {
    const a = local(event.touches[0]!);
    const b = local(event.touches[1]!);
    return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, d: Math.hypot(a.x - b.x, a.y - b.y) };
  };
  canvas.addEventListener(
    'touchstart',
    (event) => {
      if (event.touches.length >= 2) {
        event.preventDefault();
        tap = null;
        last = pair(event);
        target.begin();
      } else {
        tap = local(event.touches[0]!);
      }
    },
    { passive: false },
  );
  canvas.addEventListener(
    'touchmove',
    (event) => {
      if (event.touches.length >= 2 && last) {
        if (event.cancelable) event.preventDefault();
        const now = pair(event);
        target.pan(now.x - last.x, now.y - last.y);
        if (last.d > 0 && now.d > 0) target.zoomAt(now.x, now.y, now.d / last.d);
        last = now;
      } else if (tap && event.touches.length === 1) {
        const p = local(event.touches[0]!);
        if (Math.hypot(p.x - tap.x, p.y - tap.y) > CLICK_SLOP) {
          tap = null;
          target.hint();
        }
      }
    },
    { passive: false },
  );
  const end = (event: TouchEvent) => {
    if (event.touches.length < 2) last = null;
    if (event.type === 'touchend' && tap && event.touches.length === 0) {
      event.preventDefault(); // no emulated mouse click after the tap
      target.tap(tap.x, tap.y);
    }
    if (event.touches.length === 0) tap = null;
  };
  canvas.addEventListener('touchend', end, { passive: false });
  canvas.addEventListener('touchcancel', end);
}
