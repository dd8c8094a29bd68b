import { expect, type Locator, type Request } from '@playwright/test';
import { FIXTURES } from './canvasPage';
import { decodeDataUri } from './studioPage';
import { SelectionPage } from './selectionPage';

/** A submission as the page sent it: its request_uuid and body. */
export interface SentSubmission {
  requestUuid: string;
  body: Record<string, unknown>;
}

export const isSubmission = (request: Request, action: string): boolean =>
  request.url().endsWith('/api/picpik') && request.method() === 'POST' && (request.postDataJSON() as { Action?: string } | null)?.Action === action;

/** The studio as a designer meets it on a first try: submissions, the tray, the viewer, the status bar. */
export class FirstRunPage extends SelectionPage {
  /** On a busy machine the first paint of a cold browser can take longer than one expect. */
  override async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.viewport.locator('canvas').first()).toBeVisible({ timeout: 30_000 });
  }

  /** Every submission of `action` the page sends, across reloads (the listener stays with the page). */
  recordSubmissions(action: string): SentSubmission[] {
    const sent: SentSubmission[] = [];
    this.page.on('request', (request) => {
      if (!isSubmission(request, action)) return;
      const body = request.postDataJSON() as Record<string, unknown>;
      sent.push({ requestUuid: String(body.request_uuid), body });
    });
    return sent;
  }

  taskCards(): Locator {
    return this.results().getByRole('listitem', { name: /^Task / });
  }

  pendingCards(): Locator {
    return this.results().getByRole('listitem', { name: /^Request / });
  }

  generateReason(): Locator {
    return this.page.getByTestId('generate-reason');
  }

  viewer(): Locator {
    return this.page.getByRole('dialog', { name: 'Result viewer' });
  }

  statusBar(): Locator {
    return this.page.getByRole('status', { name: 'Status bar' });
  }

  /** Generate submissions still kept in IndexedDB (they go once their task is autosaved). */
  async keptSubmissions(): Promise<{ requestUuid: string; stage: string }[]> {
    return this.page.evaluate(
      () =>
        new Promise<{ requestUuid: string; stage: string }[]>((resolve, reject) => {
          const open = indexedDB.open('picpik-studio');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('submissions')) return resolve([]);
            const all = db.transaction('submissions').objectStore('submissions').getAll();
            all.onsuccess = () => resolve((all.result as { requestUuid: string; stage: string }[]).map(({ requestUuid, stage }) => ({ requestUuid, stage })));
            all.onerror = () => reject(all.error);
          };
        }),
    );
  }

  /** The landscape fixture open on the Inpaint / Outpaint tab with a prompt: ready but for a mask. */
  async prepareInpaint(prompt: string): Promise<void> {
    await this.goto();
    await this.openImage(FIXTURES.landscape);
    await this.tab('Inpaint / Outpaint').click();
    await this.setPrompt(prompt);
  }

  /** Generate Images with a fixed seed and batch size, from the panel. */
  async prepareGenerateImages(prompt: string, seed: number, batchSize = 1): Promise<void> {
    await this.tab('Generate Images').click();
    await this.setPrompt(prompt);
    const random = this.page.getByRole('switch', { name: 'Random seed' });
    if ((await random.getAttribute('aria-checked')) === 'true') await random.click();
    await this.setNumber('Seed', seed);
    await this.setNumber('Batch size', batchSize);
  }

  /** The bytes of a result image as served. */
  async resultBytes(url: string): Promise<Buffer> {
    const response = await this.page.request.get(url);
    expect(response.ok()).toBe(true);
    return response.body();
  }

  /** Opens a picture given as bytes (made at test time) with its own type, like choosing a file. */
  async openBytes(bytes: Buffer, name: string, mimeType: string): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.button('Open image').click()]);
    await chooser.setFiles({ name, mimeType, buffer: bytes });
    await expect(this.layers()).toContainText(name, { timeout: 30_000 });
  }

  /** Alpha of a request image (a PNG data URI) at one of its pixels; 255 when it has no alpha. */
  async alphaAt(dataUri: string, x: number, y: number): Promise<number> {
    const image = await decodeDataUri(dataUri);
    return image.channels < 4 ? 255 : image.data[(y * image.width + x) * image.channels + 3]!;
  }

  /**
   * Records every status or alert text the page shows from now on: a notice goes after 5 s, which
   * on a busy machine can pass before an expect looks. Read the record with `shownMessages()`.
   */
  async recordMessages(): Promise<void> {
    await this.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __shownMessages: string[] }).__shownMessages = seen;
      new MutationObserver(() => {
        for (const element of document.querySelectorAll('[role="status"], [role="alert"]')) {
          const text = element.textContent ?? '';
          if (text && !seen.includes(text)) seen.push(text);
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }

  async shownMessages(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __shownMessages?: string[] }).__shownMessages ?? []);
  }

  /** The view transform the editor publishes: zoom and the document's offset in the viewport. */
  async view(): Promise<{ zoom: number; x: number; y: number }> {
    const [zoom = 0, x = 0, y = 0] = ((await this.viewport.getAttribute('data-view')) ?? '').split(' ').map(Number);
    return { zoom, x, y };
  }

  /** Export → Download picture… in a format (and JPEG quality); the downloaded bytes. */
  async downloadPicture(format: 'PNG (lossless)' | 'JPEG', quality?: number): Promise<Buffer> {
    await this.button('Export').click();
    await this.page.getByRole('menuitem', { name: 'Download picture…', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Download picture' });
    await dialog.getByRole('radio', { name: format }).click();
    if (quality !== undefined) await dialog.getByRole('slider', { name: 'JPEG quality' }).fill(String(quality));
    const [download] = await Promise.all([this.page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download', exact: true }).click()]);
    await expect(dialog).toBeHidden();
    const { readFile } = await import('node:fs/promises');
    return readFile(await download.path());
  }
}
