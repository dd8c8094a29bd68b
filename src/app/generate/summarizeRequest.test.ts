import { describe, expect, it } from 'vitest';
import { curlCommandForJson, shortenImage, summarizeRequest } from './summarizeRequest';

const image = `data:image/png;base64,${'A'.repeat(4096)}`;

describe('summarizeRequest', () => {
  it('shortens every image and keeps every other field', () => {
    const summary = summarizeRequest({
      Action: 'GenerateImages',
      Seed: 3,
      ImageAndMaskList: [image, image],
      ControlNetList: [{ ImageIndex: 0, PreProcessor: { ModelCode: 'canny' } }],
    });
    expect(summary).toEqual({
      Action: 'GenerateImages',
      Seed: 3,
      ImageAndMaskList: [shortenImage(image), shortenImage(image)],
      ControlNetList: [{ ImageIndex: 0, PreProcessor: { ModelCode: 'canny' } }],
    });
    expect(shortenImage(image)).toBe('data:image/png;base64,AAAAAAAAAAAA…(3 KB)');
  });
  it('shortens inline legacy ControlNet images', () => {
    const summary = summarizeRequest({ ControlNetParams: [{ ControlNetImg: image, ControlWeight: 1 }] });
    expect(summary).toEqual({ ControlNetParams: [{ ControlNetImg: shortenImage(image), ControlWeight: 1 }] });
  });
});

describe('curlCommandForJson', () => {
  it('posts the full JSON to the studio server and survives quotes in prompts', () => {
    const command = curlCommandForJson(JSON.stringify({ Action: 'GenerateImages', PositivePrompts: ["designer's chair"] }), 'http://127.0.0.1:8787');
    expect(command).toBe(
      `curl -X POST 'http://127.0.0.1:8787/api/picpik' -H 'Content-Type: application/json' --data-raw '{"Action":"GenerateImages","PositivePrompts":["designer'\\''s chair"]}'`,
    );
  });
});
