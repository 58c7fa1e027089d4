import type { Clock } from '../clock';
import type { ModelSettings } from '../compile/model/model-settings';
import type { Compilation } from '../compile/types';
import type { Locale } from '../i18n/translate';
import type { Logger } from '../logger';
import type { Program } from '../program/schema';
import type { Store } from '../store/open-store';
import type { Person } from './person';
import type { Ports } from './port';

/** How long a compilation for /summary may take when COMPILE_TIMEOUT_MS is not set. */
export const DEFAULT_COMPILE_TIMEOUT_MS = 60_000;

/** What the rules need from the running bot; adapters pass it in, tests build it with a real store. */
export interface BotContext {
  program: Program;
  store: Store;
  clock: Clock;
  log: Logger;
  ports: Ports;
  /** How long a compilation may run before it is stopped (COMPILE_TIMEOUT_MS); the default when absent. */
  compileTimeoutMs?: number;
  /**
   * The language model compilations may use (LLM_URL …), unless the program
   * says `languageModel: false`; absent: nothing is sent anywhere.
   */
  model?: ModelSettings;
  /**
   * Networks a person belongs to as their platform knows it, beyond the
   * program and their replies: in the local trial, the network chosen on
   * its page. Absent elsewhere.
   */
  memberOf?: (person: Person) => string[];
  /** A link for the person to shape this round's compilation in the workbench; undefined when they may not (or it is off). */
  workbenchLink?: (person: Person, scope: { round: number; network?: string }) => Promise<string | undefined>;
  /** The compilation as shaped on the workbench, once someone began shaping it: the summary sends that, not a new draft. */
  editedCompilation?: (scope: { round: number; network?: string }) => Promise<Compilation | undefined>;
}

/** A person's language: their client's when we speak it, else the program's. */
export function localeFor(program: Program, person: Pick<Person, 'locale'>): Locale {
  return person.locale ?? program.program.locale;
}
