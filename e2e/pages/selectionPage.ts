import { expect, type Locator, type Request } from '@playwright/test';
import { decodeDataUri, StudioPage } from './studioPage';

type Point = { x: number; y: number };
type Modifier = 'Shift' | 'Alt';
export type SelectMenuItem =
  | 'Select subject'
  | 'Select object tool'
  | 'Select all'
  | 'Invert mask'
  | 'Clear mask'
  | 'Grow mask…'
  | 'Shrink mask…'
  | 'Smooth mask…'
  | 'Fill holes'
  | 'Mask from layer transparency'
  | 'Remove background'
  | 'Cut out and generate backgrounds';

const SEGMENTATION = ['RemoveBackground', 'ExtractContents'];

/** Selection in the studio: Select subject, the Select object tool, the Select menu, Remove background. */
export class SelectionPage extends StudioPage {
  /** Like CanvasPage.goto, with room for a busy machine (the restore gate waits for the server). */
  override async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.viewport.locator('canvas').first()).toBeVisible({ timeout: 60_000 });
  }

  /** Opens a picture given as bytes (built at test time), like choosing a file. */
  async openPhoto(png: Buffer, name = 'product.png'): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.button('Open image').click()]);
    await chooser.setFiles({ name, mimeType: 'image/png', buffer: png });
    await expect(this.page.getByRole('list', { name: 'Layers' })).toContainText(name, { timeout: 30_000 });
  }

  /** The next RemoveBackground / ExtractContents body the page sends. */
  nextSegmentation(action?: 'RemoveBackground' | 'ExtractContents'): Promise<Record<string, unknown>> {
    return this.page
      .waitForRequest((request: Request) => {
        if (!request.url().endsWith('/api/picpik') || request.method() !== 'POST') return false;
        const sent = (request.postDataJSON() as { Action?: string }).Action ?? '';
        return action ? sent === action : SEGMENTATION.includes(sent);
      }, { timeout: 30_000 })
      .then((request) => request.postDataJSON() as Record<string, unknown>);
  }

  /** Size of the picture a request carried. */
  async sentSize(body: Record<string, unknown>): Promise<{ width: number; height: number }> {
    const image = await decodeDataUri(String(body.RawImage));
    return { width: image.width, height: image.height };
  }

  undoButton(): Locator {
    return this.button('Undo');
  }

  /** Waits until the newest undo step is the one named. */
  async expectUndoStep(label: string | RegExp): Promise<void> {
    await expect(this.undoButton()).toHaveAttribute('title', typeof label === 'string' ? `Undo ${label} (Ctrl+Z)` : label, { timeout: 90_000 });
  }

  selectSubjectButton(): Locator {
    return this.page.getByRole('region', { name: 'Tool options' }).getByRole('button', { name: 'Select subject', exact: true });
  }

  /** Select subject from the options bar; Shift adds, Alt subtracts. Returns the body sent. */
  async selectSubject(modifier?: Modifier): Promise<Record<string, unknown>> {
    const sent = this.nextSegmentation('RemoveBackground');
    await this.selectSubjectButton().click({ modifiers: modifier ? [modifier] : [] });
    return sent;
  }

  async selectMenu(item: SelectMenuItem, modifier?: Modifier): Promise<void> {
    await this.button('Select').click();
    await this.page.getByRole('menu', { name: 'Select' }).getByRole('menuitem', { name: item, exact: true }).click({ modifiers: modifier ? [modifier] : [] });
  }

  /** Grow, shrink or smooth by `amount` px through the Select menu's dialog. */
  async maskAmount(item: 'Grow mask…' | 'Shrink mask…' | 'Smooth mask…', field: string, amount: number): Promise<void> {
    await this.selectMenu(item);
    const dialog = this.page.getByRole('dialog', { name: item.replace('…', '') });
    await dialog.getByRole('spinbutton', { name: field }).fill(String(amount));
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog).toBeHidden();
  }

  objectTool(): Locator {
    return this.page.getByRole('toolbar', { name: 'Tools' }).getByRole('button', { name: 'Select object', exact: true });
  }

  objectStatus(): Locator {
    return this.page.getByRole('status', { name: 'Select object status' });
  }

  /** A click on the document at `point` (document pixels), Alt for an exclude point. */
  async clickAt(point: Point, modifier?: Modifier): Promise<void> {
    const screen = await this.toScreen(point);
    if (modifier) await this.page.keyboard.down(modifier);
    await this.page.mouse.click(screen.x, screen.y);
    if (modifier) await this.page.keyboard.up(modifier);
  }

  async waitForProposal(text: string | RegExp = /Proposal ready/): Promise<void> {
    await expect(this.objectStatus()).toContainText(text, { timeout: 90_000 });
  }

  layers(): Locator {
    return this.page.getByRole('list', { name: 'Layers' });
  }

  /** Masked pixels (white) of the active mask, through Export → Download mask. */
  async maskedPixels(): Promise<number> {
    const mask = await this.exportImage('Download mask');
    let count = 0;
    for (let y = 0; y < mask.height; y++) for (let x = 0; x < mask.width; x++) if (mask.at(x, y) >= 128) count++;
    return count;
  }
}
