import { compileReplyOf } from '../compile/compile-reply-of';
import { redactionWords } from '../compile/compile-round';
import { redact } from '../compile/redact';
import type { Locale } from '../i18n/translate';
import { hasContent } from '../replies/reply';
import type { Store } from '../store/open-store';
import type { WorkbenchReply } from './shape-compilation';
import type { WorkbenchScope } from './workbench-repository';

/** The scope's replies as they are now, each text redacted as the compilation shows it. */
export async function workbenchReplies(store: Store, scope: WorkbenchScope, locale: Locale): Promise<WorkbenchReply[]> {
  const stored = await store.replies.list({ program: scope.program, round: scope.round, network: scope.network });
  const words = redactionWords(locale);
  return stored.filter(hasContent).map((r) => ({
    ...compileReplyOf(r),
    network: r.network,
    kind: r.kind,
    consent: r.consent,
    text: r.text === null ? null : redact(r.text, words),
  }));
}
