import { expect, type Download, type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';

export const FIXTURES = {
  landscape: 'e2e/fixtures/landscape.png',
  foreground: 'e2e/fixtures/bottle-foreground.png',
};

export interface DecodedImage {
  width: number;
  height: number;
  channels: number;
  data: Buffer;
  /** First channel of the pixel at (x, y). */
  at: (x: number, y: number) => number;
}

/** A PNG file path or its bytes, decoded to raw pixels. */
export async function decodePng(source: string | Buffer): Promise<DecodedImage> {
  const { data, info } = await sharp(source).raw().toBuffer({ resolveWithObject: true });
  return {
    width: info.width,
    height: info.height,
    channels: info.channels,
    data,
    at: (x, y) => data[(Math.round(y) * info.width + Math.round(x)) * info.channels] ?? -1,
  };
}

type Point = { x: number; y: number };

/** The canvas editor, driven through accessible names like a designer would. */
export class CanvasPage {
  readonly viewport: Locator;

  constructor(readonly page: Page) {
    this.viewport = page.getByTestId('canvas-viewport');
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.viewport.locator('canvas').first()).toBeVisible();
  }

  tool(name: 'Move' | 'Brush' | 'Eraser' | 'Rectangle' | 'Lasso' | 'Hand' | 'Region'): Locator {
    return this.page.getByRole('toolbar', { name: 'Tools' }).getByRole('button', { name, exact: true });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  documentSize(): Locator {
    return this.page.getByTestId('document-size');
  }

  async chooseFile(buttonName: 'Open image' | 'Add foreground', path: string): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.button(buttonName).click()]);
    await chooser.setFiles(path);
  }

  /** Opens a picture and waits until the document has its size, so later keys act on it, not on the old one. */
  async openImage(path: string): Promise<void> {
    const meta = await sharp(path).metadata();
    const upright = (meta.orientation ?? 1) >= 5;
    const [width, height] = upright ? [meta.height, meta.width] : [meta.width, meta.height];
    await this.chooseFile('Open image', path);
    await expect(this.page.getByTestId('document-size')).toHaveText(`${width} × ${height} px`);
  }

  /** Adds a foreground and waits for its layer (decoding is asynchronous). */
  async addForeground(path: string): Promise<void> {
    const layers = this.page.getByRole('list', { name: 'Layers' }).getByRole('listitem');
    const before = await layers.count();
    await this.chooseFile('Add foreground', path);
    await expect.poll(() => layers.count()).toBeGreaterThan(before);
  }

  async setNumber(name: string, value: number): Promise<void> {
    const field = this.page.getByRole('spinbutton', { name, exact: true });
    await field.fill(String(value));
    await field.press('Enter');
    await expect(field).toHaveValue(String(value));
  }

  /** Maps document pixels to page coordinates with the view transform the editor publishes. */
  async toScreen(point: Point): Promise<Point> {
    // After a load or reload the editor publishes its transform once the stage has been measured.
    await expect(this.viewport).toHaveAttribute('data-view', /\S/);
    const view = await this.viewport.getAttribute('data-view');
    const box = await this.viewport.boundingBox();
    if (!view || !box) throw new Error('The canvas has no view transform yet');
    const [zoom = 1, x = 0, y = 0] = view.split(' ').map(Number);
    return { x: box.x + x + point.x * zoom, y: box.y + y + point.y * zoom };
  }

  async zoom(): Promise<number> {
    const view = await this.viewport.getAttribute('data-view');
    return Number(view?.split(' ')[0] ?? 1);
  }

  /** Presses at the first document point, moves through the others in small steps, releases. */
  async drag(points: Point[], steps = 12): Promise<void> {
    const [first, ...rest] = points;
    if (!first) return;
    const start = await this.toScreen(first);
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    for (const point of rest) {
      const screen = await this.toScreen(point);
      await this.page.mouse.move(screen.x, screen.y, { steps });
    }
    await this.page.mouse.up();
  }

  /** A hard-edged brush line of the given size between two document points. */
  async paintHardLine(from: Point, to: Point, size: number): Promise<void> {
    await this.tool('Brush').click();
    await this.setNumber('Brush size value', size);
    await this.setNumber('Brush hardness value', 100);
    await this.drag([from, to]);
  }

  async extendCanvasByPercent(percent: 25 | 50): Promise<void> {
    await this.button('Extend canvas').click();
    const dialog = this.page.getByRole('dialog', { name: 'Extend canvas' });
    await dialog.getByRole('button', { name: `+${percent} %` }).click();
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog).toBeHidden();
  }

  private async download(itemName: string): Promise<Download> {
    await this.button('Export').click();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('menuitem', { name: itemName, exact: true }).click(),
    ]);
    return download;
  }

  /** Downloads an export through the Export menu and decodes it. */
  async exportImage(itemName: 'Download mask' | 'Download outpaint mask' | 'Download foregrounds' | 'Download composite'): Promise<DecodedImage> {
    const download = await this.download(itemName);
    const path = await download.path();
    return decodePng(path);
  }
}

/** Drops or pastes a fixture file on the canvas through a real DataTransfer. */
export async function sendFileToCanvas(page: Page, path: string, how: 'drop' | 'paste'): Promise<void> {
  const { readFile } = await import('node:fs/promises');
  const bytes = [...(await readFile(path))];
  const name = path.split('/').pop() ?? 'image.png';
  await page.evaluate(
    ({ bytes: data, name: fileName, how: kind }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], fileName, { type: 'image/png' }));
      if (kind === 'paste') {
        document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true }));
        return;
      }
      const target = document.querySelector('[data-testid="canvas-viewport"]');
      if (!target) throw new Error('no canvas');
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { bytes, name, how },
  );
}
