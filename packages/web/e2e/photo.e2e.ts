import type { Page } from 'playwright-core';
import { withCarnetAndChromium } from './setup';

jest.setTimeout(180_000);

const running = withCarnetAndChromium();

/** A 900 × 600 PNG drawn by the page itself: blue on the left, orange on the right. */
async function drawnPng(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 900;
    canvas.height = 600;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#1c64f2';
    context.fillRect(0, 0, 450, 600);
    context.fillStyle = '#f97316';
    context.fillRect(450, 0, 450, 600);
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

/** The share of the avatar's pixels that are blue rather than orange, once its image is loaded. */
async function blueShare(page: Page, alt: string): Promise<number> {
  await page.waitForFunction((name) => document.querySelector<HTMLImageElement>(`img[alt="${name}"]`)?.complete, alt);
  return page.evaluate((name) => {
    const image = document.querySelector<HTMLImageElement>(`img[alt="${name}"]`)!;
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let blue = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 2]! > data[i]!) blue++;
    return blue / (data.length / 4);
  }, alt);
}

describe('a member adds a photo', () => {
  it('chooses an image, frames and zooms it with the keyboard, and sees it served as their avatar', async () => {
    const context = await running.browser.newContext({ locale: 'en-GB', viewport: { width: 360, height: 800 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await page.goto(`${running.carnet.url}/signup`);
    await page.getByRole('textbox', { name: 'First name' }).fill('Yanis');
    await page.getByRole('textbox', { name: 'Last name' }).fill('Benali');
    await page.getByRole('textbox', { name: 'Email address' }).fill(`yanis.${Date.now()}@example.fr`);
    await page.locator('input').and(page.getByLabel('Password')).fill('seven quiet harbours');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.getByTestId('viewer-name').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Account menu' }).click();
    await page.getByRole('menuitem', { name: 'My profile' }).click();
    await page.getByRole('button', { name: 'Change photo' }).waitFor();

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Change photo' }).click();
    await (await chooser).setFiles({ name: 'yanis.png', mimeType: 'image/png', buffer: await drawnPng(page) });

    const dialog = page.getByRole('dialog');
    await dialog.getByRole('img', { name: 'Preview of the chosen image' }).waitFor();
    await dialog.getByRole('slider', { name: 'Zoom' }).focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    // The image moves right under the frame, which then keeps more of its left, blue half.
    await dialog.getByRole('group', { name: 'Image to frame: move it with the arrow keys' }).focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');

    const answered = page.waitForResponse((response) => response.url().endsWith('/uploads/photo'));
    await dialog.getByRole('button', { name: 'Save' }).click();
    expect((await answered).status()).toBe(200);

    const avatar = page.getByRole('img', { name: 'Photo of Yanis Benali' });
    await avatar.waitFor();
    expect(new URL((await avatar.getAttribute('src'))!, running.carnet.url).pathname).toMatch(/^\/media\//);
    // The centred square the server keeps without a chosen area would be half blue; this one is mostly blue.
    expect(await blueShare(page, 'Photo of Yanis Benali')).toBeGreaterThan(0.6);
    await context.close();
  });
});
