import { describe, expect, it } from 'vitest';
import { applyGrade } from './grade';
import type { GradeKind } from './grade';
import type { Raster } from './raster';
import { meanRgb, photoScene } from './testScenes';

const KINDS: GradeKind[] = ['warm', 'cool', 'vintage', 'mono', 'vivid', 'film'];
const img = photoScene(96, 80, 6);
const all = (): boolean => true;

/** Mean distance of each pixel's channels from its own grey level: a saturation measure. */
function saturation(r: Raster): number {
  let s = 0;
  for (let i = 0; i < r.data.length; i += 4) {
    const m = (r.data[i]! + r.data[i + 1]! + r.data[i + 2]!) / 3;
    s += Math.abs(r.data[i]! - m) + Math.abs(r.data[i + 1]! - m) + Math.abs(r.data[i + 2]! - m);
  }
  return s / (r.data.length / 4);
}

function contrast(r: Raster): number {
  const l: number[] = [];
  for (let i = 0; i < r.data.length; i += 4) l.push(0.299 * r.data[i]! + 0.587 * r.data[i + 1]! + 0.114 * r.data[i + 2]!);
  const m = l.reduce((a, b) => a + b, 0) / l.length;
  return Math.sqrt(l.reduce((a, b) => a + (b - m) ** 2, 0) / l.length);
}

describe('applyGrade', () => {
  it.each(KINDS)('%s: weight 0 is the identity, other weights change the picture, alpha is kept', (kind) => {
    expect(Buffer.from(applyGrade(img, { kind }, 0).data).equals(Buffer.from(img.data))).toBe(true);
    const out = applyGrade(img, { kind }, 1);
    expect(Buffer.from(out.data).equals(Buffer.from(img.data))).toBe(false);
    for (let i = 3; i < out.data.length; i += 4) expect(out.data[i]).toBe(img.data[i]);
  });

  it('warm raises red against blue, scales with weight, and reverses for negative weights', () => {
    const rb = (r: Raster): number => {
      const m = meanRgb(r, all);
      return m[0] - m[2];
    };
    const base = rb(img);
    const w1 = rb(applyGrade(img, { kind: 'warm' }, 1));
    const w2 = rb(applyGrade(img, { kind: 'warm' }, 2));
    const neg = rb(applyGrade(img, { kind: 'warm' }, -1));
    expect(w1).toBeGreaterThan(base + 10);
    expect(w2).toBeGreaterThan(w1 + 10);
    expect(neg).toBeLessThan(base - 10);
    expect(rb(applyGrade(img, { kind: 'cool' }, 1))).toBeLessThan(base - 10);
  });

  it('mono removes colour at weight 1 and boosts it when negative', () => {
    const mono = applyGrade(img, { kind: 'mono' }, 1);
    for (let i = 0; i < mono.data.length; i += 4) {
      expect(Math.abs(mono.data[i]! - mono.data[i + 1]!)).toBeLessThanOrEqual(1);
      expect(Math.abs(mono.data[i]! - mono.data[i + 2]!)).toBeLessThanOrEqual(1);
    }
    expect(saturation(applyGrade(img, { kind: 'mono' }, 0.5))).toBeLessThan(saturation(img) * 0.6);
    expect(saturation(applyGrade(img, { kind: 'mono' }, -1))).toBeGreaterThan(saturation(img) * 1.3);
  });

  it('vivid saturates, vintage fades contrast and saturation, film lifts the blacks', () => {
    expect(saturation(applyGrade(img, { kind: 'vivid' }, 1))).toBeGreaterThan(saturation(img) * 1.2);
    const vintage = applyGrade(img, { kind: 'vintage' }, 1);
    expect(contrast(vintage)).toBeLessThan(contrast(img));
    expect(saturation(vintage)).toBeLessThan(saturation(img));
    const dark = { ...img, data: new Uint8ClampedArray(img.data.length).fill(0) };
    for (let i = 3; i < dark.data.length; i += 4) dark.data[i] = 255;
    const film = applyGrade(dark, { kind: 'film' }, 1).data;
    expect(film[0]! + film[1]! + film[2]!).toBeGreaterThan(15); // lifted blacks…
    expect(film[2]!).toBeGreaterThan(film[0]! + 10); // …toned teal in the shadows
  });
});
