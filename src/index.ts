#!/usr/bin/env node
import { startBot } from './app/start-bot';
import { webChatLine } from './app/web-chat-line';
import { systemClock } from './clock';
import { loadDotEnv } from './config/load-dot-env';
import { isLocale } from './i18n/translate';
import { reportError } from './report-error';

// The bot's entry point: real environment, clock and signals; wiring in startBot.
loadDotEnv(process.cwd());
const locale = isLocale(process.env.LNB_LANG) ? process.env.LNB_LANG : 'sv';
const io = { stderr: (text: string) => process.stderr.write(text), locale };

startBot({ env: process.env, cwd: process.cwd(), clock: systemClock }).then(
  (bot) => {
    // The log is JSON for machines; someone who just ran `npm start` needs the address in plain words.
    if (bot.webChatUrl) process.stdout.write(`\n  ${webChatLine(process.env, bot.program, bot.webChatUrl)}\n\n`);
    const shutdown = (signal: string) => {
      bot.log.info({ signal }, 'stopping');
      bot.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
  },
  (e: unknown) => {
    process.exitCode = reportError(e, io);
  },
);
