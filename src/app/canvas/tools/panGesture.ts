import { viewport } from '../viewport/viewport';
import type { Gesture, GestureSample } from './gesture';

/** Hand tool, Space held, or the middle button: the view follows the pointer. */
export function beginPanGesture(start: GestureSample): Gesture {
  let lastX = start.clientX;
  let lastY = start.clientY;
  return {
    move(_samples, event) {
      viewport.panBy(event.clientX - lastX, event.clientY - lastY);
      lastX = event.clientX;
      lastY = event.clientY;
    },
    end() {},
  };
}
