#!/usr/bin/env node
// Screenshots of the local trial for the README, in Swedish and English: the participant's form,
// the leader's minutes form, the coordinator's status. Debian's chromium through playwright-core,
// against the built bot (npm run build first): node scripts/screenshots.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startBot } from '../dist/app/start-bot.js';
import { systemClock } from '../dist/clock.js';
import { translate } from '../dist/i18n/translate.js';

const repo = join(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

async function shoot(locale) {
  const dir = mkdtempSync(join(tmpdir(), 'lnb-shots-'));
  const t = (key, vars) => translate(locale, key, vars);
  const bot = await startBot({
    env: {
      PORT: '0',
      HOST: '127.0.0.1',
      STORE_URL: `sqlite://${join(dir, 'lnb.sqlite')}`,
      PROGRAM_FILE: join(repo, `examples/program.${locale}.yaml`),
      LOG_LEVEL: 'silent',
    },
    cwd: dir,
    clock: systemClock,
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    await page.goto(`http://127.0.0.1:${bot.port}/?lang=${locale}`);
    const chat = page.locator('.lnb-webchat');
    const button = (name) => chat.locator('.ac-pushButton', { hasText: name }).last();
    const forms = () => chat.locator('.ac-adaptiveCard').filter({ has: page.locator('.ac-pushButton', { hasText: t('bot.form.submit') }) });
    const save = async (name) => page.screenshot({ path: join(repo, 'docs', `trial-${name}-${locale}.png`) });

    // A participant: the round's questions, then the form Svara brings.
    await button(t('bot.round.answer')).waitFor();
    await button(t('bot.round.answer')).click();
    await forms().last().waitFor();
    await forms().last().scrollIntoViewIfNeeded();
    await save('participant-form');

    // The network's leader: the group's minutes (the example replies include minutes, which the form shows).
    await page.selectOption('#lnb-role', 'leader');
    await button(t('bot.round.minutes')).waitFor();
    await button(t('bot.round.minutes')).click();
    await forms().last().waitFor();
    await forms().last().scrollIntoViewIfNeeded();
    await save('leader-minutes');

    // The coordinator: status.
    await page.selectOption('#lnb-role', 'coordinator');
    await button(t('bot.round.answer')).waitFor();
    const input = chat.getByRole('textbox').last();
    await input.fill('status');
    await input.press('Enter');
    await chat.getByText(t('bot.status.heading', { title: bot.program.program.title })).first().waitFor();
    await chat.getByText(t('bot.status.heading', { title: bot.program.program.title })).first().scrollIntoViewIfNeeded();
    await save('coordinator-status');
  } finally {
    await browser.close();
    await bot.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const locale of ['sv', 'en']) await shoot(locale);
