import { type Locale, type T, translator } from '../i18n/translate';
import { retentionEnd } from '../program/retention';
import type { Reply } from '../replies/reply';
import type { BotContext } from './bot-context';
import { formatDate } from './format-when';
import { collectMyData, holdsAnything, type MyData } from './my-data';
import type { MessageBlock, OutgoingMessage } from './outgoing-message';
import { accessOf, type Person } from './person';

/** The texts of the delete button and of the question asked before anything is deleted. */
export interface DeletionPrompt {
  button: string;
  title: string;
  text: string;
  confirm: string;
  cancel: string;
}

/** What `/lnb mina-svar` and `my replies` show: the data, and how to delete it when there is any. */
export interface MyDataView {
  message: OutgoingMessage;
  deletion?: DeletionPrompt;
}

/** Where a reply belongs, in words: the running program's names, or the ids of an older program's. */
function placeOf(ctx: BotContext, reply: Reply, t: T): string {
  const { program } = ctx;
  if (reply.program !== program.program.id) {
    return t('bot.myData.placeOther', { program: reply.program, round: reply.round, network: reply.network, question: reply.question });
  }
  const round = program.rounds.find((r) => r.number === reply.round);
  const question = round?.questions.find((q) => q.id === reply.question)?.text ?? reply.question;
  const network = program.networks.find((n) => n.id === reply.network)?.name ?? reply.network;
  return t('bot.myData.place', { round: reply.round, network, question });
}

function replyBlocks(ctx: BotContext, reply: Reply, t: T, locale: Locale): MessageBlock[] {
  const zone = ctx.program.program.timezone;
  const said = reply.text ?? reply.option ?? t('bot.myData.emptyReply');
  const details = [
    t(`role.${reply.role}`),
    reply.kind === 'answer' ? t(reply.consent ? 'bot.myData.quoteYes' : 'bot.myData.quoteNo') : undefined,
    t('bot.myData.saved', { date: formatDate(new Date(reply.updatedAt), zone, locale) }),
    reply.history.length > 0 ? t('bot.myData.versions', { count: reply.history.length }) : undefined,
  ].filter((d): d is string => d !== undefined);
  return [
    { type: 'text', text: `${placeOf(ctx, reply, t)}\n${said}` },
    { type: 'context', text: details.join(' · ') },
  ];
}

function otherBlocks(ctx: BotContext, data: MyData, t: T): MessageBlock[] {
  const items: string[] = [];
  const contact = data.contact;
  if (contact?.locale) items.push(t('bot.myData.language', { language: t(`bot.myData.languageName.${contact.locale}`) }));
  if (contact?.role) items.push(t('bot.myData.lastRole', { role: t(`role.${contact.role}`) }));
  if (contact?.reference !== undefined) items.push(t('bot.myData.address'));
  if (contact && items.length === 0) items.push(t('bot.myData.known'));
  if (data.links.length > 0) {
    const names = data.links.map((l) => ctx.program.networks.find((n) => n.id === l.network)?.name ?? l.network);
    items.push(t('bot.myData.links', { networks: names.join(', ') }));
  }
  return items.length > 0 ? [{ type: 'heading', text: t('bot.myData.otherHeading') }, { type: 'list', items }] : [];
}

/**
 * The person's data as a private message. Minutes are shown apart from
 * their answers, with a word on why deleting leaves them in place: they
 * are the group's record, not the person's own.
 */
export async function myDataView(ctx: BotContext, person: Person, locale: Locale): Promise<MyDataView> {
  const t = translator(locale);
  const data = await collectMyData(ctx, person);
  const heading = t('bot.myData.heading');
  const blocks: MessageBlock[] = [{ type: 'heading', text: heading }];
  if (!holdsAnything(data)) {
    blocks.push({ type: 'text', text: t('bot.myData.nothing') });
  } else {
    blocks.push({ type: 'text', text: t('bot.myData.intro') });
    blocks.push({ type: 'heading', text: t('bot.myData.answersHeading', { count: data.answers.length }) });
    if (data.answers.length === 0) blocks.push({ type: 'text', text: t('bot.myData.noAnswers') });
    for (const reply of data.answers) blocks.push(...replyBlocks(ctx, reply, t, locale));
    if (data.minutes.length > 0) {
      blocks.push({ type: 'heading', text: t('bot.myData.minutesHeading') });
      blocks.push({ type: 'context', text: t('bot.myData.minutesNote') });
      for (const reply of data.minutes) blocks.push(...replyBlocks(ctx, reply, t, locale));
    }
    blocks.push(...otherBlocks(ctx, data, t));
  }
  const access = accessOf(ctx.program, person);
  if (access.coordinator || access.leads.length > 0) blocks.push({ type: 'context', text: t('bot.myData.programFile') });
  const end = retentionEnd(ctx.program);
  const when = formatDate(end.at, ctx.program.program.timezone, locale);
  blocks.push({ type: 'context', text: t('bot.myData.retention', { title: ctx.program.program.title, when }) });
  const message: OutgoingMessage = { fallback: heading, blocks, actions: [] };
  if (!holdsAnything(data)) return { message };
  return {
    message,
    deletion: {
      button: t('bot.myData.delete.button'),
      title: t('bot.myData.delete.title'),
      text: t(data.minutes.length > 0 ? 'bot.myData.delete.textMinutes' : 'bot.myData.delete.text', { count: data.answers.length }),
      confirm: t('bot.myData.delete.confirm'),
      cancel: t('bot.myData.delete.cancel'),
    },
  };
}
