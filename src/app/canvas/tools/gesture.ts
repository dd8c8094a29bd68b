/** A pointer interaction from pointer-down to pointer-up (stroke, shape, pan). */
export interface Gesture {
  /** `samples` are the coalesced events of this move, in document coordinates. */
  move(samples: readonly GestureSample[], event: PointerEvent): void;
  end(): void;
}

export interface GestureSample {
  x: number;
  y: number;
  pressure: number;
  clientX: number;
  clientY: number;
}
