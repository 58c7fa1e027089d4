import { compileRound } from '../../../src/compile/compile-round';
import { retryAfterMs } from '../../../src/compile/model/model-client';
import { refineWithModel } from '../../../src/compile/model/refine-with-model';
import { startFakeOpenAi } from '../../helpers/fake-openai';
import { tinyReplies } from './fixtures/tiny-round';

describe('model client', () => {
  it('reads Retry-After in seconds or retry-after-ms, and not a date', () => {
    expect(retryAfterMs({ 'retry-after': '2' })).toBe(2000);
    expect(retryAfterMs({ 'retry-after': '0.5' })).toBe(500);
    expect(retryAfterMs({ 'retry-after-ms': '250', 'retry-after': '9' })).toBe(250);
    expect(retryAfterMs({ 'retry-after': 'Wed, 21 Oct 2026 07:28:00 GMT' })).toBeNull();
    expect(retryAfterMs({})).toBeNull();
  });

  it('speaks the Azure OpenAI form when an api-version is set: the deployment in the path, the key as api-key', async () => {
    const fake = await startFakeOpenAi();
    try {
      const offline = compileRound({ replies: tinyReplies, locale: 'sv' });
      const base = fake.url.replace(/\/v1$/, '');
      const settings = { url: base, model: 'gpt4o-kommun', apiKey: 'azure-key', azureApiVersion: '2024-10-21', callTimeoutMs: 5000, totalTimeoutMs: 10_000 };
      const c = await refineWithModel(offline, { replies: tinyReplies }, settings);
      const [req] = fake.requests;
      expect(req?.path).toBe('/openai/deployments/gpt4o-kommun/chat/completions?api-version=2024-10-21');
      expect(req?.headers['api-key']).toBe('azure-key');
      expect(req?.headers.authorization).toBeUndefined();
      expect(c.model?.written).toBe(1);
    } finally {
      await fake.close();
    }
  });

  it('sends no OpenAI organisation or project from the environment', async () => {
    const fake = await startFakeOpenAi();
    process.env.OPENAI_ORG_ID = 'org-from-env';
    try {
      const offline = compileRound({ replies: tinyReplies, locale: 'sv' });
      await refineWithModel(offline, { replies: tinyReplies }, { url: fake.url, model: 'm', callTimeoutMs: 5000, totalTimeoutMs: 10_000 });
      expect(fake.requests[0]?.headers['openai-organization']).toBeUndefined();
    } finally {
      delete process.env.OPENAI_ORG_ID;
      await fake.close();
    }
  });
});
