import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import type { RunningBot } from '../../src/app/start-bot';
import { translate } from '../../src/i18n/translate';
import type { LocalPort } from '../../src/local/local-port';
import { tempDir } from '../helpers/temp-dir';
import { readZip } from '../teams/helpers/read-zip';
import { startLocalBot } from '../webchat/helpers/start-local-bot';

const repo = join(__dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
// The picture in the docs is taken again only when asked (UPDATE_SCREENSHOTS=1): a test run leaves the tree as it found it.
const SCREENSHOT = process.env.UPDATE_SCREENSHOTS === '1' ? join(repo, 'docs/workbench.png') : join(tmpdir(), `lnb-workbench-${process.pid}.png`);
const t = (key: string, vars?: Record<string, string | number>) => translate('sv', key, vars);

// A real browser, Web Chat, the whole bot and its compile worker: generous on a shared CI machine.
jest.setTimeout(180_000);

const dir = tempDir();
let bot: RunningBot;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium; .ci/run does it)`);
  }
  bot = await startLocalBot(dir.path);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  page = await browser.newPage({ viewport: { width: 1100, height: 1400 }, acceptDownloads: true });
  // Web Chat opens Action.OpenUrl with window.open; the test keeps the address and goes there itself.
  await page.addInitScript({ content: 'window.__opened = []; window.open = (url) => { window.__opened.push(String(url)); return null; };' });
});

afterAll(async () => {
  await browser?.close();
  await bot?.stop();
  dir.remove();
});

const chat = () => page.locator('.lnb-webchat');
const theme = (id: string) => page.locator(`section.theme[data-theme="${id}"]`);
const status = () => page.locator('#status');
/** Waits for the status line to say `text` (each save says so once the store has it). */
const said = (text: string) => page.locator('#status', { hasText: text }).waitFor();

async function saved(action: () => Promise<void>): Promise<void> {
  await page.evaluate("document.getElementById('status').textContent = ''");
  await action();
  await said(t('workbench.saved'));
}

async function themeIds(question: Locator): Promise<string[]> {
  const themes = question.locator('section.theme');
  const ids: string[] = [];
  for (let i = 0; i < (await themes.count()); i++) ids.push((await themes.nth(i).getAttribute('data-theme')) ?? '');
  return ids;
}

const local = () => bot.ctx.ports.local as LocalPort;

describe('the workbench, in Chromium', () => {
  it('goes from summary to a shaped, downloaded and published compilation', async () => {
    // The coordinator asks for the summary in the local trial and follows Öppna i arbetsytan.
    await page.goto(`http://127.0.0.1:${bot.port}/`);
    await page.selectOption('#lnb-role', 'coordinator');
    await page.locator('.lnb-webchat[data-user="samordnare"][data-conversation]').waitFor();
    const input = chat().getByRole('textbox').last();
    await input.fill('summary');
    await input.press('Enter');
    const open = chat().locator('.ac-pushButton', { hasText: t('workbench.open') });
    await open.first().waitFor({ timeout: 90_000 });
    await open.first().click();
    const opened = (await page.evaluate('window.__opened')) as string[];
    const link = opened.find((u) => u.includes('/workbench/open/'));
    expect(link).toBeDefined();

    await page.goto(link as string);
    await page.waitForURL(/\/workbench\/$/);
    expect(page.url()).not.toContain('open');
    const round = bot.program.rounds[0];
    await page.getByRole('heading', { level: 1, name: t('workbench.heading', { number: 1, title: round?.title ?? '' }) }).waitFor();

    // The first text question with at least three themes.
    const questions = page.locator('section.question');
    let question: Locator | undefined;
    for (let i = 0; i < (await questions.count()); i++) {
      if ((await questions.nth(i).locator('section.theme').count()) >= 3) {
        question = questions.nth(i);
        break;
      }
    }
    if (!question) throw new Error('no question with three themes');
    const [a, b, c] = (await themeIds(question)) as [string, string, string];

    // Move a reply from A to B with the keyboard way (a list and a button); B's counts go up.
    const factsB = await theme(b).locator('.facts').textContent();
    const moving = theme(a).locator('li.reply').first();
    const movedText = (await moving.locator('.text').textContent()) ?? '';
    await moving.getByLabel(t('workbench.moveLabel')).selectOption(b);
    await saved(() => moving.getByRole('button', { name: t('workbench.move'), exact: true }).click());
    await theme(b).locator('li.reply .text', { hasText: movedText }).first().waitFor();
    const factsBAfter = (await theme(b).locator('.facts').textContent()) ?? '';
    expect(factsBAfter).not.toBe(factsB);

    // Drag a reply from B into the Utan tema tray.
    const dragged = theme(b).locator('li.reply').last();
    const draggedText = (await dragged.locator('.text').textContent()) ?? '';
    await saved(() => dragged.dragTo(question.locator('section.tray.unplaced')));
    await question.locator('section.tray.unplaced li.reply .text', { hasText: draggedText }).waitFor();

    // Merge C into A.
    await theme(c).getByLabel(t('workbench.mergeLabel')).selectOption(a);
    await saved(() => theme(c).getByRole('button', { name: t('workbench.merge'), exact: true }).click());
    await theme(c).waitFor({ state: 'detached' });

    // Rename A.
    const label = 'Stöd som utgår från vardagen';
    await theme(a).getByLabel(t('workbench.themeLabel')).fill(label);
    await saved(() => theme(a).getByRole('button', { name: t('workbench.rename') }).click());
    await theme(a).getByRole('heading', { level: 3, name: label }).waitFor();

    // Pick a quote in A from a reply whose author said yes; others say får ej citeras.
    const quotable = theme(a).locator('li.reply:not(.quoted)').filter({ has: page.getByLabel(t('workbench.quote')) }).first();
    const quoteText = ((await quotable.locator('.text').textContent()) ?? '').trim();
    await saved(() => quotable.getByLabel(t('workbench.quote')).check());
    await theme(a).locator('li.reply.quoted .text', { hasText: quoteText }).waitFor();
    await expect(page.getByText(t('workbench.notQuotable')).count()).resolves.toBeGreaterThan(0);

    // The reflection.
    const reflection = 'Frågorna fungerade väl; nästa gång tar vi upp avlösning i hemmet.';
    await page.getByRole('textbox', { name: t('workbench.reflection'), exact: true }).fill(reflection);
    await saved(() => page.getByRole('button', { name: t('workbench.saveReflection') }).click());

    await page.locator('#title').scrollIntoViewIfNeeded();
    await page.screenshot({ path: SCREENSHOT });

    // The Word file holds every change, with the counts the page shows now.
    const factsNow = ((await theme(b).locator('.facts').textContent()) ?? '').trim();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: t('workbench.download') }).click()]);
    const docx = await readFile((await download.path()) as string);
    const xml = readZip(docx).get('word/document.xml')?.toString('utf8') ?? '';
    const text = xml.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&apos;/g, "'");
    expect(text).toContain(label);
    expect(text).toContain(quoteText.length > 280 ? quoteText.slice(0, 100) : quoteText);
    expect(text).toContain(reflection);
    expect(text).toContain(factsNow);

    // Skicka till nätverken: the confirmation lists the channels; one post per linked network, leaders told.
    await page.getByRole('button', { name: t('workbench.publish') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(t('workbench.channel', { network: 'Eskilstuna', channel: 'eskilstuna', platform: 'local' })).waitFor();
    await dialog.getByText(t('workbench.noChannel', { network: 'Nyköping' })).waitFor();
    await dialog.getByRole('button', { name: t('workbench.publishYes') }).click();
    await said(t('workbench.publishDone', { count: 2 }));
    await expect(status().textContent()).resolves.toContain(t('workbench.publishUnlinked', { networks: 'Nyköping' }));
    const published = (to: string) => local().sent(to).filter((d) => d.key.includes('/publish/'));
    expect(published('channel:eskilstuna')).toHaveLength(1);
    expect(published('channel:katrineholm')).toHaveLength(1);
    const post = JSON.stringify(published('channel:eskilstuna')[0]?.message);
    expect(post).toContain(label);
    expect(post).toContain('/files/');
    expect(published('user:ledare-eskilstuna')).toHaveLength(1);
    expect(published('user:ledare-katrineholm')).toHaveLength(1);

    // Again: this version is there already, nothing more goes out.
    await page.getByRole('button', { name: t('workbench.publish') }).click();
    await dialog.getByRole('button', { name: t('workbench.publishYes') }).click();
    await said(t('workbench.publishAlready', { count: 2 }));
    expect(published('channel:eskilstuna')).toHaveLength(1);
    expect(published('channel:katrineholm')).toHaveLength(1);
    expect(published('user:ledare-eskilstuna')).toHaveLength(1);
  });
});
