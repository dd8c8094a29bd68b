import { describe, expect, it } from 'vitest';
import { PNG_DATA_URI } from '../../picpik/testFixtures';
import { DEFAULT_EDGE_OPTIONS, clampEdgeOption } from './edgeOptions';
import { buildSegmentationRequest } from './segmentationRequest';

describe('buildSegmentationRequest', () => {
  it('asks RemoveBackground for the subject with the documented defaults', () => {
    const body = buildSegmentationRequest({ ask: { kind: 'subject' }, image: PNG_DATA_URI, options: DEFAULT_EDGE_OPTIONS, onlyMask: true });
    expect(body).toEqual({
      Action: 'RemoveBackground',
      RawImage: PNG_DATA_URI,
      ErodeSize: 15,
      ForegroundThreshold: 240,
      BackgroundThreshold: 15,
      HairOptimization: 'auto',
      OnlyMask: true,
    });
  });

  it('sends a box with RemoveBackground and points with ExtractContents', () => {
    const boxed = buildSegmentationRequest({ ask: { kind: 'subject', box: [1, 2, 30, 40] }, image: PNG_DATA_URI, options: DEFAULT_EDGE_OPTIONS, onlyMask: false });
    expect(boxed).toMatchObject({ Action: 'RemoveBackground', Box: [1, 2, 30, 40], OnlyMask: false });
    const points = buildSegmentationRequest({
      ask: { kind: 'points', include: [{ X: 5, Y: 6 }], exclude: [] },
      image: PNG_DATA_URI,
      options: { ...DEFAULT_EDGE_OPTIONS, erodeSize: 0, hairOptimization: 'on' },
      onlyMask: true,
    });
    expect(points).toMatchObject({ Action: 'ExtractContents', IncludePointList: [{ X: 5, Y: 6 }], ErodeSize: 0, HairOptimization: 'on' });
    expect(points).not.toHaveProperty('ExcludePointList');
    expect(points).not.toHaveProperty('Box');
  });

  it('refuses values outside the documented ranges, naming the field', () => {
    const options = { ...DEFAULT_EDGE_OPTIONS, erodeSize: 41 };
    expect(() => buildSegmentationRequest({ ask: { kind: 'subject' }, image: PNG_DATA_URI, options, onlyMask: true })).toThrow(/ErodeSize/);
    expect(() => buildSegmentationRequest({ ask: { kind: 'subject', box: [5, 5, 5, 9] }, image: PNG_DATA_URI, options: DEFAULT_EDGE_OPTIONS, onlyMask: true })).toThrow(/Box/);
  });
});

describe('clampEdgeOption', () => {
  it('keeps typed values in 0–40 and 0–255, whole', () => {
    expect(clampEdgeOption('erodeSize', 99)).toBe(40);
    expect(clampEdgeOption('foregroundThreshold', -3)).toBe(0);
    expect(clampEdgeOption('backgroundThreshold', 12.6)).toBe(13);
    expect(clampEdgeOption('erodeSize', Number.NaN)).toBe(15);
  });
});
