import { randomBytes } from 'node:crypto';
import { compileInWorker } from '../compile/compile-in-worker';
import { renderDocx } from '../compile/render-docx';
import type { Compilation } from '../compile/types';
import { type BotContext, DEFAULT_COMPILE_TIMEOUT_MS } from '../core/bot-context';
import type { OutgoingMessage } from '../core/outgoing-message';
import type { Person } from '../core/person';
import type { Locale } from '../i18n/translate';
import { translate } from '../i18n/translate';
import { type Edit, lastUndoable } from './edit';
import { shapeStored, type WorkbenchState } from './edited-compilation';
import { checkToken, type LinkClaims, mintToken, newLinkId, WORKBENCH_LINK_TTL_MS } from './link-token';
import { type PublishOutcome, publishCompilation, publishedMessage } from './publish-compilation';
import { mayPublish, type WorkbenchRole, workbenchRole } from './workbench-access';
import { workbenchReplies } from './workbench-replies';
import type { WorkbenchRepository, WorkbenchScope, WorkbenchSession } from './workbench-repository';

/** A signed-in page lasts a working day; the link that opens it, an hour. */
export const WORKBENCH_SESSION_MS = 8 * 60 * 60 * 1000;

export interface WorkbenchDeps {
  /** The bot's context: read at every use, since the program file may be reloaded. */
  ctx: BotContext;
  repo: WorkbenchRepository;
  /** The bot's public address, read when a link is made. */
  baseUrl: () => string;
  /** Stores a Word file and returns a download link (the Teams file links). */
  fileLink: (docx: Buffer, fileName: string) => Promise<string>;
  linkTtlMs?: number;
  sessionMs?: number;
}

export type OpenResult = { ok: true; session: WorkbenchSession } | { ok: false; reason: 'invalid' | 'expired' | 'used' | 'denied' };

/** A session with the access it has now (checked against the program file in use). */
export interface Signed {
  session: WorkbenchSession;
  role: WorkbenchRole;
  person: Person;
}

const personOf = (s: Pick<WorkbenchSession, 'platform' | 'userId' | 'locale'>): Person => ({ platform: s.platform, userId: s.userId, locale: s.locale });
export const authorKey = (p: Person) => `${p.platform}:${p.userId}`;

/** The workbench's rules, apart from HTTP: links, sessions, the draft and its edits, the Word file, publishing. */
export class WorkbenchService {
  constructor(private readonly deps: WorkbenchDeps) {}

  private get ctx(): BotContext {
    return this.deps.ctx;
  }

  private async secret(): Promise<string> {
    return this.ctx.store.files.ensureSigningSecret(() => randomBytes(32).toString('base64url'));
  }

  /** A link for `person` to shape `scope`; undefined when they may not (a participant). */
  async mintLink(person: Person, scope: WorkbenchScope): Promise<string | undefined> {
    if (!workbenchRole(this.ctx.program, person, scope)) return undefined;
    const claims: LinkClaims = {
      platform: person.platform,
      userId: person.userId,
      program: scope.program,
      round: scope.round,
      ...(scope.network !== undefined ? { network: scope.network } : {}),
      expiresAt: this.ctx.clock.now().getTime() + (this.deps.linkTtlMs ?? WORKBENCH_LINK_TTL_MS),
      id: newLinkId(),
    };
    const token = mintToken(await this.secret(), claims);
    return `${this.deps.baseUrl().replace(/\/+$/, '')}/workbench/open/${token}`;
  }

  /** Exchanges a link's token, once, for a session. */
  async open(token: string, locale: Locale | undefined): Promise<OpenResult> {
    const now = this.ctx.clock.now();
    const checked = checkToken(await this.ctx.store.files.signingSecret(), token, now);
    if (!checked.ok) return { ok: false, reason: checked.reason };
    const c = checked.claims;
    const person: Person = { platform: c.platform, userId: c.userId };
    const scope: WorkbenchScope = { program: c.program, round: c.round, ...(c.network !== undefined ? { network: c.network } : {}) };
    if (!workbenchRole(this.ctx.program, person, scope)) return { ok: false, reason: 'denied' };
    if (!(await this.deps.repo.useLink(c.id, c.expiresAt, now))) return { ok: false, reason: 'used' };
    const session: WorkbenchSession = {
      ...scope,
      id: randomBytes(32).toString('base64url'),
      platform: c.platform,
      userId: c.userId,
      locale: locale ?? this.ctx.program.program.locale,
      csrf: randomBytes(32).toString('base64url'),
      expiresAt: now.getTime() + (this.deps.sessionMs ?? WORKBENCH_SESSION_MS),
    };
    await this.deps.repo.setSession(session, now);
    return { ok: true, session };
  }

  /** The session, while it lasts and its person still coordinates (or leads the network) in the program in use. */
  async signedIn(sessionId: string): Promise<Signed | undefined> {
    const session = await this.deps.repo.getSession(sessionId, this.ctx.clock.now());
    if (!session) return undefined;
    const person = personOf(session);
    const role = workbenchRole(this.ctx.program, person, session);
    return role ? { session, role, person } : undefined;
  }

  async signOut(sessionId: string): Promise<void> {
    await this.deps.repo.deleteSession(sessionId);
  }

  private async compileBase(scope: WorkbenchScope) {
    const { program } = this.ctx;
    const locale = program.program.locale;
    const replies = await workbenchReplies(this.ctx.store, scope, locale);
    const compilation = await compileInWorker(
      { program, round: scope.round, network: scope.network, replies, locale, now: this.ctx.clock.now().toISOString() },
      { timeoutMs: this.ctx.compileTimeoutMs ?? DEFAULT_COMPILE_TIMEOUT_MS },
    );
    return { compilation, createdAt: this.ctx.clock.now().toISOString() };
  }

  /** The draft as edited, with the log it came from. The machine's draft is made the first time. */
  async state(scope: WorkbenchScope): Promise<WorkbenchState> {
    const base = await this.deps.repo.ensureBase(scope, () => this.compileBase(scope));
    return shapeStored(this.ctx.store, this.ctx.program, scope, base);
  }

  async edit(signed: Signed, edit: Edit): Promise<void> {
    await this.deps.repo.append(signed.session, () => ({ by: authorKey(signed.person), at: this.ctx.clock.now().toISOString(), edit }));
  }

  /** Takes back the person's latest edit still in force; false when there is none. */
  async undo(signed: Signed): Promise<boolean> {
    let undone = false;
    await this.deps.repo.append(signed.session, (log) => {
      const last = lastUndoable(log, authorKey(signed.person));
      undone = last !== undefined;
      return last ? { by: authorKey(signed.person), at: this.ctx.clock.now().toISOString(), undo: last.seq } : undefined;
    });
    return undone;
  }

  /** Groups the replies again from scratch; the edits so far go (the page asked first). */
  async regroup(signed: Signed): Promise<void> {
    await this.deps.repo.replaceBase(signed.session, await this.compileBase(signed.session));
  }

  /** The Word file of the version as shaped now (or of `compilation`, the version being published). */
  async docx(scope: WorkbenchScope, compilation?: Compilation): Promise<{ body: Buffer; fileName: string }> {
    const c = compilation ?? (await this.state(scope)).shaped.compilation;
    const suffix = scope.network ? `-${scope.network}` : '';
    const fileName = `${c.locale === 'sv' ? 'sammanstallning' : 'compilation'}-${scope.program}-${scope.round}${suffix}.docx`;
    return { body: await renderDocx(c), fileName };
  }

  /** Sends the edited compilation to every network's channel, once per version; coordinators' whole-round pages only. */
  async publish(signed: Signed): Promise<PublishOutcome | 'denied'> {
    if (!mayPublish(signed.role, signed.session)) return 'denied';
    const { shaped, version } = await this.state(signed.session);
    // What goes to the networks is final: no Utkast nor Bearbetad version in its titles.
    const c: Compilation = { ...shaped.compilation, stage: 'published' };
    const file = await this.docx(signed.session, c);
    const url = await this.deps.fileLink(file.body, file.fileName);
    const number = c.round?.number ?? signed.session.round;
    const note = translate(c.locale, 'workbench.published.leaderNote', { number });
    const leaderNote: OutgoingMessage = { fallback: note, blocks: [{ type: 'text', text: note }], actions: [] };
    return publishCompilation(this.ctx, signed.session.round, version, publishedMessage(c, url), leaderNote);
  }
}
