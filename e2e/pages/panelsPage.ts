import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

export const PANEL_FIXTURES = {
  landscape: 'e2e/fixtures/landscape.png',
  foreground: 'e2e/fixtures/bottle-foreground.png',
};

export type ActionTab = 'Generate Images' | 'Inpaint / Outpaint' | 'Generate Backgrounds' | 'Pattern Conversion' | 'Text to Image (legacy)';

/** The generation panel of the side panel, driven through accessible names. */
export class PanelsPage {
  readonly generateButton: Locator;
  readonly generateReason: Locator;
  readonly tabPanel: Locator;

  constructor(readonly page: Page) {
    this.generateButton = page.getByRole('button', { name: 'Generate', exact: true });
    this.generateReason = page.getByTestId('generate-reason');
    this.tabPanel = page.getByRole('tabpanel');
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('tablist', { name: 'Generation action' })).toBeVisible();
  }

  tab(name: ActionTab): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  async openTab(name: ActionTab): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  section(name: string): Locator {
    return this.tabPanel.getByRole('region', { name, exact: true });
  }

  number(name: string, scope: Locator = this.tabPanel): Locator {
    return scope.getByRole('spinbutton', { name, exact: true });
  }

  switch(name: string, scope: Locator = this.tabPanel): Locator {
    return scope.getByRole('switch', { name, exact: true });
  }

  select(name: string, scope: Locator = this.tabPanel): Locator {
    return scope.getByRole('combobox', { name, exact: true });
  }

  /** Types into a number box without committing anything else (no clamping happens). */
  async typeNumber(name: string, value: string, scope?: Locator): Promise<Locator> {
    const box = this.number(name, scope);
    await box.fill(value);
    return box;
  }

  async chooseMainModel(name: string): Promise<void> {
    const box = this.page.getByRole('combobox', { name: 'Main model' });
    await box.click();
    await box.fill(name);
    await this.page.getByRole('listbox', { name: 'Main model' }).getByRole('option', { name }).click();
    await expect(box).toHaveValue(name);
  }

  async addSubModel(name: string): Promise<void> {
    const box = this.page.getByRole('combobox', { name: 'Add sub-model' });
    await box.click();
    await box.fill(name);
    await this.page.getByRole('listbox', { name: 'Add sub-model' }).getByRole('option', { name }).click();
    await expect(this.subModel(name)).toBeVisible();
  }

  subModel(name: string): Locator {
    return this.page.getByRole('list', { name: 'Sub-models' }).getByRole('listitem', { name, exact: true });
  }

  prompt(name: string): Locator {
    return this.page.getByRole('textbox', { name, exact: true });
  }

  controlUnit(position: number): Locator {
    return this.tabPanel.getByRole('group', { name: `ControlNet unit ${position}`, exact: true });
  }

  addControlUnitButton(): Locator {
    return this.tabPanel.getByRole('button', { name: 'Add ControlNet unit', exact: true });
  }

  /** Drops a file on a zone the way a browser does (drag from the desktop). */
  async dropFile(zone: Locator, path: string, type: string): Promise<void> {
    const bytes = (await readFile(path)).toString('base64');
    const dataTransfer = await this.page.evaluateHandle(
      ({ bytes, name, type }) => {
        const binary = Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([binary], name, { type }));
        return transfer;
      },
      { bytes, name: basename(path), type },
    );
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
  }

  /** The next PICPIK request of this action the page sends. */
  nextRequest(action: string): Promise<Record<string, unknown>> {
    return this.page
      .waitForRequest((request) => request.url().endsWith('/api/picpik') && request.method() === 'POST' && request.postDataJSON()?.Action === action)
      .then((request) => request.postDataJSON() as Record<string, unknown>);
  }
}
