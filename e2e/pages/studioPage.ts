import { expect, type Locator, type Page, type Request } from '@playwright/test';
import { CanvasPage, decodePng, type DecodedImage } from './canvasPage';

export type ActionTab = 'Generate Images' | 'Inpaint / Outpaint' | 'Generate Backgrounds' | 'Pattern Conversion' | 'Text to Image (legacy)';

/** A PNG data URI from a request body, decoded to raw pixels. */
export function decodeDataUri(dataUri: string): Promise<DecodedImage> {
  return decodePng(Buffer.from(dataUri.slice(dataUri.indexOf(',') + 1), 'base64'));
}

/** The whole studio: canvas, generation panel, results; driven by accessible names. */
export class StudioPage extends CanvasPage {
  constructor(page: Page) {
    super(page);
  }

  tab(name: ActionTab): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  generateButton(): Locator {
    return this.page.getByRole('button', { name: 'Generate', exact: true });
  }

  async setPrompt(text: string, index = 1): Promise<void> {
    await this.page.getByRole('textbox', { name: `Positive prompt ${index}`, exact: true }).fill(text);
  }

  /** Clicks Generate and returns the PICPIK request body the page sent. */
  async generate(action: string): Promise<Record<string, unknown>> {
    const sent = this.page.waitForRequest((request: Request) => isPicpik(request, action));
    await expect(this.generateButton()).toBeEnabled();
    await this.generateButton().click();
    return (await sent).postDataJSON() as Record<string, unknown>;
  }

  /** The generation region the next request covers, in document pixels (from the panel's region line). */
  async region(): Promise<{ x: number; y: number; width: number; height: number }> {
    const text = await this.page.getByTestId('region-summary').getAttribute('data-region');
    const [x = 0, y = 0, width = 0, height = 0] = (text ?? '').split(' ').map(Number);
    return { x, y, width, height };
  }

  results(): Locator {
    return this.page.getByRole('region', { name: 'Results' });
  }

  /** Waits for the newest task's results and returns how many thumbnails it shows. */
  async waitForResults(count: number): Promise<void> {
    await expect(this.results().getByRole('listitem').first().getByRole('button', { name: /^Open result/ })).toHaveCount(count, { timeout: 60_000 });
  }

  async openResult(index = 1): Promise<Locator> {
    await this.results().getByRole('listitem').first().getByRole('button', { name: new RegExp(`^Open result ${index} of`) }).click();
    const viewer = this.page.getByRole('dialog', { name: 'Result viewer' });
    await expect(viewer.getByRole('img', { name: 'Result' })).toBeVisible();
    return viewer;
  }
}

/** A document point in a request image of `size` that covers `region`. */
export function inRequest(point: { x: number; y: number }, region: { x: number; y: number; width: number; height: number }, size: { width: number; height: number }): { x: number; y: number } {
  return { x: ((point.x - region.x) * size.width) / region.width, y: ((point.y - region.y) * size.height) / region.height };
}

function isPicpik(request: Request, action: string): boolean {
  if (!request.url().endsWith('/api/picpik') || request.method() !== 'POST') return false;
  return (request.postDataJSON() as { Action?: string }).Action === action;
}
