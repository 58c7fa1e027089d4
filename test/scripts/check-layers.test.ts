import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from '../helpers/temp-dir';

const SCRIPT = join(__dirname, '../../scripts/check-layers.mjs');

function check(srcDir?: string): { status: number | null; stderr: string } {
  const run = spawnSync(process.execPath, [SCRIPT, ...(srcDir ? [srcDir] : [])], { encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr };
}

/** Runs the check on a small src/ tree of `files` in a temp dir. */
function checkTree(files: Record<string, string>): { status: number | null; stderr: string } {
  const dir = tempDir();
  try {
    const src = join(dir.path, 'src');
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(src, path)), { recursive: true });
      writeFileSync(join(src, path), text);
    }
    return check(src);
  } finally {
    dir.remove();
  }
}

describe('scripts/check-layers.mjs', () => {
  it('passes on the code as it is', () => {
    const { status, stderr } = check();
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('fails on a wrong import, naming the file, the import and the rule', () => {
    const { status, stderr } = checkTree({
      'core/summary.ts': "import type { SlackPort } from '../slack/slack-port';\nexport type X = SlackPort;\n",
      'slack/slack-port.ts': 'export class SlackPort {}\n',
    });
    expect(status).toBe(1);
    expect(stderr).toContain("src/core/summary.ts: imports '../slack/slack-port' (domain may not import adapter)");
  });

  it('fails on a platform package in the core, and on one platform importing another', () => {
    const { status, stderr } = checkTree({
      'schedule/tick.ts': "import {\n  CloudAdapter,\n} from 'botbuilder';\nexport const a = CloudAdapter;\n",
      'webchat/page.ts': "export { readJsonBody } from '../teams/read-json-body';\n",
      'teams/read-json-body.ts': 'export const readJsonBody = 1;\n',
    });
    expect(status).toBe(1);
    expect(stderr).toContain("src/schedule/tick.ts: imports 'botbuilder'");
    expect(stderr).toContain("src/webchat/page.ts: imports '../teams/read-json-body' (a platform adapter imports another platform adapter)");
  });

  it('allows what the architecture allows, and ignores an import written in a comment', () => {
    const result = checkTree({
      'core/port.ts': "// import { App } from '@slack/bolt';\nexport const SEND_LEASE_MS = 1;\n",
      'slack/start-slack.ts': "import { SEND_LEASE_MS } from '../core/port';\nexport const x = SEND_LEASE_MS;\n",
      'webchat/relay.ts': "import { messageCard } from '../teams/cards/message-card';\nexport const y = messageCard;\n",
      'teams/cards/message-card.ts': 'export const messageCard = 1;\n',
    });
    expect(result).toEqual({ status: 0, stderr: '' });
  });
});
