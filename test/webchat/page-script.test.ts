import { runInNewContext } from 'node:vm';
import { translate } from '../../src/i18n/translate';
import { chatPage } from '../../src/webchat/chat-page';
import { PAGE_SCRIPT } from '../../src/webchat/page-script';
import { exampleProgram } from '../helpers/bot-context';

/** Just enough of a browser for the page's script: its elements by id, fetch and Web Chat. */
class FakeElement {
  private text = '';
  /** Called when the script writes text into the element. */
  onText?: () => void;
  get textContent(): string {
    return this.text;
  }
  set textContent(value: string) {
    this.text = value;
    this.onText?.();
  }
  value = '';
  className = '';
  readonly attributes = new Map<string, string>();
  children: FakeElement[] = [];
  private readonly listeners = new Map<string, (() => void)[]>();
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }
  replaceChildren(...children: FakeElement[]) {
    this.children = children;
  }
  addEventListener(type: string, listener: () => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  dispatch(type: string) {
    for (const l of this.listeners.get(type) ?? []) l();
  }
}

interface Request {
  url: string;
  init: { method: string; headers: Record<string, string>; body: string };
}

function browser(locale: 'sv' | 'en', answer: (n: number) => { ok: boolean; status: number; json?: unknown }) {
  const page = chatPage(exampleProgram(), locale);
  const config = /<script type="application\/json" id="lnb-config">(.*?)<\/script>/s.exec(page)?.[1] ?? '';
  const elements: Record<string, FakeElement> = {
    'lnb-config': new FakeElement(),
    'lnb-network': Object.assign(new FakeElement(), { value: 'eskilstuna' }),
    'lnb-role': Object.assign(new FakeElement(), { value: 'participant' }),
    'lnb-who': new FakeElement(),
    'lnb-chat': new FakeElement(),
  };
  (elements['lnb-config'] as FakeElement).textContent = config;
  const requests: Request[] = [];
  const rendered: { options: Record<string, unknown>; box: FakeElement }[] = [];
  const lines: { options: Record<string, unknown>; ended: boolean }[] = [];
  let settle: () => void = () => undefined;
  let settled = new Promise<void>((resolve) => {
    settle = resolve;
  });
  const window = {
    WebChat: {
      createDirectLine(options: Record<string, unknown>) {
        const line = {
          options,
          ended: false,
          end() {
            line.ended = true;
          },
        };
        lines.push(line);
        return line;
      },
      renderWebChat(options: Record<string, unknown>, box: FakeElement) {
        rendered.push({ options, box });
        settle();
      },
    },
  };
  const context = {
    window,
    document: {
      getElementById: (id: string) => elements[id],
      createElement: () => {
        // The chat's box: the script writes text into it only when it gives up.
        const box = new FakeElement();
        box.onText = () => settle();
        return box;
      },
    },
    fetch: async (url: string, init: Request['init']) => {
      requests.push({ url, init });
      const a = answer(requests.length - 1);
      return { ok: a.ok, status: a.status, json: async () => a.json };
    },
    JSON,
  };
  runInNewContext(PAGE_SCRIPT, context);
  return {
    elements,
    requests,
    rendered,
    lines,
    /** Resolves once the script has rendered Web Chat or given up. */
    next: async () => {
      await settled;
      settled = new Promise<void>((resolve) => {
        settle = resolve;
      });
    },
    choose(select: 'lnb-network' | 'lnb-role', value: string) {
      const el = elements[select] as FakeElement;
      el.value = value;
      el.dispatch('change');
    },
  };
}

const session = (n: number) => ({ ok: true, status: 200, json: { token: `token-${n}`, conversationId: `conversation-${n}` } });

describe('PAGE_SCRIPT', () => {
  it('asks the Direct Line for a token for the chosen participant, then renders Web Chat with it', async () => {
    const b = browser('sv', session);
    await b.next();
    expect(b.requests).toHaveLength(1);
    expect(b.requests[0]?.url).toBe('/directline/v3/directline/tokens/generate');
    expect(b.requests[0]?.init.method).toBe('POST');
    expect(b.requests[0]?.init.headers['content-type']).toBe('application/json');
    expect(JSON.parse(b.requests[0]?.init.body ?? '{}')).toEqual({ user: { id: 'deltagare-eskilstuna', name: translate('sv', 'webchat.participantName', { network: 'Eskilstuna' }) }, network: 'eskilstuna', locale: 'sv' });
    expect(b.lines[0]?.options).toMatchObject({ domain: '/directline/v3/directline', token: 'token-0', webSocket: false });
    expect(b.rendered[0]?.options).toMatchObject({ userID: 'deltagare-eskilstuna', locale: 'sv-SE' });
    expect(b.rendered[0]?.box.attributes.get('data-conversation')).toBe('conversation-0');
    expect(b.elements['lnb-who']?.textContent).toContain('deltagare-eskilstuna');
  });

  it('starts a fresh conversation as the leader or the coordinator when the role changes, ending the one before', async () => {
    const b = browser('en', session);
    await b.next();
    b.choose('lnb-role', 'leader');
    await b.next();
    expect(b.lines[0]?.ended).toBe(true);
    expect(JSON.parse(b.requests[1]?.init.body ?? '{}')).toMatchObject({ user: { id: 'ledare-eskilstuna' }, network: 'eskilstuna', locale: 'en' });
    b.choose('lnb-network', 'katrineholm');
    await b.next();
    expect(JSON.parse(b.requests[2]?.init.body ?? '{}')).toMatchObject({ user: { id: 'ledare-katrineholm' }, network: 'katrineholm' });
    b.choose('lnb-role', 'coordinator');
    await b.next();
    expect(JSON.parse(b.requests[3]?.init.body ?? '{}')).toMatchObject({ user: { id: 'samordnare' }, network: 'katrineholm' });
    expect(b.rendered.at(-1)?.options).toMatchObject({ userID: 'samordnare', locale: 'en-US' });
    // One box at a time, holding the newest conversation.
    expect(b.elements['lnb-chat']?.children).toHaveLength(1);
    expect(b.elements['lnb-chat']?.children[0]?.attributes.get('data-user')).toBe('samordnare');
  });

  it('says why in the chat’s place when no token is given', async () => {
    const b = browser('en', () => ({ ok: false, status: 403 }));
    await b.next();
    expect(b.rendered).toEqual([]);
    const box = b.elements['lnb-chat']?.children[0];
    expect(box?.textContent).toBe(translate('en', 'webchat.failed', { reason: 'HTTP 403' }));
  });
});
