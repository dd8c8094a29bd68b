import { expect, test } from '@playwright/test';
import { PANEL_FIXTURES, PanelsPage } from './pages/panelsPage';

test.describe('generation panel', () => {
  let panels: PanelsPage;

  test.beforeEach(async ({ page }) => {
    panels = new PanelsPage(page);
    await panels.goto();
  });

  test('each tab shows its own action fields with the documented defaults', async () => {
    await panels.openTab('Generate Images');
    await expect(panels.section('ControlNet')).toBeVisible();
    await expect(panels.switch('Tileable')).toHaveAttribute('aria-checked', 'false');
    await expect(panels.switch('Image2Image')).toBeVisible();
    await expect(panels.section('Masked area')).toHaveCount(0);

    await panels.openTab('Inpaint / Outpaint');
    await expect(panels.number('Mask blur')).toHaveValue('12');
    await expect(panels.number('Masked area strength')).toHaveValue('1');
    await expect(panels.tabPanel.getByText('Paint the area to redraw; extending the canvas outpaints.')).toBeVisible();
    await expect(panels.section('ControlNet')).toHaveCount(0);
    await expect(panels.switch('Tileable')).toHaveCount(0);

    await panels.openTab('Generate Backgrounds');
    await expect(panels.select('Foreground resize mode')).toHaveValue('ResizeAndFill');
    await panels.switch('Use background reference').click();
    await expect(panels.tabPanel.getByRole('group', { name: 'Background reference' })).toBeVisible();
    await expect(panels.number('Background reference strength')).toHaveValue('0.5');

    await panels.openTab('Pattern Conversion');
    await expect(panels.number('Pattern strength')).toHaveValue('0.5');
    await expect(panels.switch('Color correction')).toBeEnabled();
    await panels.switch('Chaotic mode').click();
    await expect(panels.switch('Color correction')).toBeDisabled();
    await expect(panels.tabPanel.getByText('Color correction does not work in chaotic mode.')).toBeVisible();

    await panels.openTab('Text to Image (legacy)');
    await expect(panels.select('Sampler')).toHaveValue('Euler');
    await expect(panels.number('Steps')).toHaveValue('20');
    await expect(panels.number('CFG scale')).toHaveValue('7.5');
    await expect(panels.switch('Translate prompt')).toHaveAttribute('aria-checked', 'true');
    await expect(panels.page.getByRole('combobox', { name: 'Main model' })).toHaveCount(0);
  });

  test('an out-of-range number is kept as typed, marked, and holds Generate back with the reason', async () => {
    await panels.openTab('Generate Images');
    await expect(panels.generateButton).toBeEnabled();

    const batch = await panels.typeNumber('Batch size', '20');
    await expect(batch).toHaveValue('20');
    await expect(batch).toHaveAttribute('aria-invalid', 'true');
    await expect(panels.tabPanel.getByText('BatchSize must be an integer from 1 to 16 (got 20)')).toBeVisible();
    await expect(panels.generateButton).toBeDisabled();
    await expect(panels.generateReason).toContainText('BatchSize must be an integer from 1 to 16');

    await batch.fill('');
    await expect(batch).toHaveAttribute('aria-invalid', 'true');
    await expect(panels.generateButton).toBeDisabled();

    await batch.fill('4');
    await expect(batch).not.toHaveAttribute('aria-invalid');
    await expect(panels.generateButton).toBeEnabled();
    await expect(panels.generateReason).toHaveCount(0);

    await panels.openTab('Inpaint / Outpaint');
    const blur = await panels.typeNumber('Mask blur', '70');
    await blur.blur();
    await expect(blur).toHaveValue('70');
    await expect(blur).toHaveAttribute('aria-invalid', 'true');
    await expect(panels.tabPanel.getByText('MaskBlur must be an integer from 0 to 64')).toBeVisible();
    await expect(panels.generateReason).toContainText('MaskBlur must be an integer from 0 to 64');
    await expect(panels.generateButton).toBeDisabled();
  });

  test('main model and a LoRA with its weight go into the request', async ({ page }) => {
    await panels.openTab('Generate Images');
    await panels.chooseMainModel('PICPIK Anime');
    await panels.addSubModel('Warm Light');
    const weight = panels.number('Weight of Warm Light', panels.subModel('Warm Light'));
    await expect(weight).toHaveValue('1');
    await weight.fill('0.65');
    await expect(panels.subModel('Warm Light').getByRole('slider', { name: 'Weight of Warm Light' })).toHaveValue('0.65');

    // Answer with a refusal: the request body is what matters here, and the form must survive the error.
    await page.route('**/api/picpik', async (route) => {
      if (route.request().postDataJSON()?.Action !== 'GenerateImages') return route.fallback();
      await route.fulfill({ json: { RetCode: 171, Action: 'GenerateImages', Message: 'Signature check failed (test)' } });
    });
    const sent = panels.nextRequest('GenerateImages');
    await panels.generateButton.click();
    const body = await sent;
    expect(body.MainModel).toMatchObject({ ModelCode: 'PICPIK Anime' });
    expect(body.SubModelList).toEqual([expect.objectContaining({ ModelCode: 'warm_light', InferenceParams: expect.objectContaining({ LoraWeight: 0.65 }) })]);
    await expect(page.getByRole('alert')).toContainText('Signature check failed (test)');
    await expect(weight).toHaveValue('0.65');
    await expect(page.getByRole('combobox', { name: 'Main model' })).toHaveValue('PICPIK Anime');

    // Ctrl+Enter sends again from the prompt box, with what the form shows.
    const prompt = panels.prompt('Positive prompt 1');
    await prompt.fill('a lighthouse at dusk');
    const again = panels.nextRequest('GenerateImages');
    await prompt.press('Control+Enter');
    expect((await again).PositivePrompts).toEqual(['a lighthouse at dusk']);
    await expect(prompt).toHaveValue('a lighthouse at dusk');
  });

  test('a trigger word is appended to the first positive prompt', async () => {
    await panels.openTab('Generate Images');
    await panels.addSubModel('Warm Light');
    await panels.prompt('Positive prompt 1').fill('a cat on a sofa');
    await panels.page.getByRole('button', { name: 'Insert trigger word golden hour' }).click();
    await expect(panels.prompt('Positive prompt 1')).toHaveValue('a cat on a sofa, golden hour');
    await panels.page.getByRole('button', { name: 'Insert trigger word golden hour' }).click();
    await expect(panels.prompt('Positive prompt 1')).toHaveValue('a cat on a sofa, golden hour');
  });

  test('three ControlNet units are the limit; step order is checked per unit', async () => {
    await panels.openTab('Generate Images');
    const add = panels.addControlUnitButton();
    for (let i = 0; i < 3; i += 1) await add.click();
    await expect(panels.controlUnit(3)).toBeVisible();
    await expect(add).toBeDisabled();
    await expect(panels.tabPanel.getByText('A request takes at most 3 ControlNet units.')).toBeVisible();

    const unit = panels.controlUnit(1);
    await expect(panels.select('Control model', unit)).toHaveValue('control_v11p_sd15_canny');
    await panels.select('Pre-processor', unit).selectOption('lineart');
    await expect(panels.select('Control model', unit)).toHaveValue('control_v11p_sd15_lineart');
    await panels.number('Starting step', unit).fill('0.8');
    await panels.number('Ending step', unit).fill('0.5');
    await expect(panels.number('Starting step', unit)).toHaveAttribute('aria-invalid', 'true');
    await expect(unit.getByText('StartingStep must not be greater than EndingStep (got 0.8 > 0.5)')).toBeVisible();
    await expect(panels.generateButton).toBeDisabled();

    const layers = panels.page.getByRole('list', { name: 'Layers' });
    await unit.getByRole('button', { name: 'Paint mask' }).click();
    await expect(unit.getByRole('button', { name: 'Paint mask' })).toHaveAttribute('aria-pressed', 'true');
    await expect(panels.switch('Use mask', unit)).toHaveAttribute('aria-checked', 'true');
    await expect(layers.getByRole('button', { name: /^Edit controlnet unit \d+ mask/ })).toHaveCount(1);
    await expect(panels.page.getByRole('toolbar', { name: 'Tools' }).getByRole('button', { name: 'Brush', exact: true })).toHaveAttribute('aria-pressed', 'true');

    await unit.getByRole('button', { name: 'Remove ControlNet unit 1' }).click();
    await expect(panels.controlUnit(3)).toHaveCount(0);
    await expect(layers.getByRole('button', { name: /^Edit controlnet unit \d+ mask/ })).toHaveCount(0);
    await expect(add).toBeEnabled();
  });

  test('a reference slot takes an image file, shows it and clears', async () => {
    await panels.openTab('Pattern Conversion');
    const slot = panels.tabPanel.getByRole('group', { name: 'Pattern image' });
    await slot.getByLabel('Choose pattern image').setInputFiles(PANEL_FIXTURES.landscape);
    await expect(slot.getByRole('img', { name: /Pattern image: landscape\.png/ })).toBeVisible();
    await slot.getByRole('button', { name: 'Clear pattern image' }).click();
    await expect(slot.getByRole('img')).toHaveCount(0);
    await expect(slot.getByText('Drop an image or click to choose')).toBeVisible();

    await panels.openTab('Generate Backgrounds');
    await panels.switch('Use background reference').click();
    const background = panels.tabPanel.getByRole('group', { name: 'Background reference' });
    await panels.dropFile(background.getByTestId('slot-background'), PANEL_FIXTURES.foreground, 'image/png');
    await expect(background.getByRole('img', { name: /Background reference: bottle-foreground\.png/ })).toBeVisible();
  });

  test('a ControlNet unit takes an uploaded control image', async ({ page }) => {
    await panels.openTab('Generate Images');
    await panels.addControlUnitButton().click();
    const unit = panels.controlUnit(1);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), unit.getByRole('button', { name: 'Upload control image' }).click()]);
    await chooser.setFiles(PANEL_FIXTURES.foreground);
    await expect(unit.getByText('bottle-foreground.png')).toBeVisible();
    await unit.getByRole('button', { name: 'Remove control image' }).click();
    await expect(panels.generateReason).toContainText('ControlNet unit 1 has no image');
    await unit.getByRole('button', { name: 'Use canvas' }).click();
    await expect(unit.getByText('The canvas picture is the control image.')).toBeVisible();
  });

  test('seed: random, fixed, and a new random seed from the dice', async () => {
    const seed = panels.number('Seed');
    await expect(seed).toHaveValue('-1');
    await expect(panels.switch('Random seed')).toHaveAttribute('aria-checked', 'true');
    await panels.tabPanel.getByRole('button', { name: 'New random seed' }).click();
    await expect(seed).not.toHaveValue('-1');
    await expect(panels.switch('Random seed')).toHaveAttribute('aria-checked', 'false');
    await seed.fill('1234');
    await expect(seed).toHaveValue('1234');
    await panels.switch('Random seed').click();
    await expect(seed).toHaveValue('-1');
    await expect(panels.tabPanel.getByRole('status', { name: 'Size' })).toContainText("1024 × 1024 — the region's generation size");
  });

  test('prompt history inserts a recent prompt into its list', async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem('picpik-studio.prompt-history', JSON.stringify([{ text: 'blurry, low quality', list: 'negative' }, { text: 'a lighthouse at dusk', list: 'positive' }]));
    });
    await panels.goto();
    await panels.tabPanel.getByRole('button', { name: 'Prompt history' }).click();
    await page.getByRole('menu', { name: 'Prompt history' }).getByRole('menuitem', { name: /a lighthouse at dusk/ }).click();
    await expect(panels.prompt('Positive prompt 1')).toHaveValue('a lighthouse at dusk');
    await panels.tabPanel.getByRole('button', { name: 'Prompt history' }).click();
    await page.getByRole('menuitem', { name: /blurry, low quality/ }).click();
    await expect(panels.prompt('Negative prompt 1')).toHaveValue('blurry, low quality');
  });
});
