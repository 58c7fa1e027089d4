import { compileRound } from '../../../src/compile/compile-round';
import { systemPrompt } from '../../../src/compile/model/model-prompt';
import { refineWithModel } from '../../../src/compile/model/refine-with-model';
import { startFakeOpenAi } from '../../helpers/fake-openai';
import { recordedAnswer, recordedRequest } from './fixtures/chat-completion';
import { tinyReplies } from './fixtures/tiny-round';

describe('the request a theme makes', () => {
  it('is the recorded one: instructions, the theme as JSON, structured output; and the recorded answer is used', async () => {
    const fake = await startFakeOpenAi();
    fake.respond = () => ({ answer: recordedAnswer.choices[0]?.message.content ?? '', usage: { prompt: 512, completion: 98 } });
    try {
      const offline = compileRound({ replies: tinyReplies, locale: 'sv' });
      const settings = { url: fake.url, model: 'gpt-4o-mini', apiKey: 'sk-test', callTimeoutMs: 5000, totalTimeoutMs: 10_000 };
      const c = await refineWithModel(offline, { replies: tinyReplies }, settings);
      expect(fake.requests.map((r) => r.body)).toEqual([recordedRequest]);
      const [theme] = c.questions[0]?.themes ?? [];
      expect(theme).toMatchObject({
        label: 'Flexibel avlösning',
        summary: expect.stringMatching(/^Avlösning tas upp i båda nätverken/),
        quotes: [{ replyId: 'a1', text: 'Avlösning i hemmet behöver gå att boka med kort varsel.', role: 'anhorig' }],
        model: { heading: true, summary: true, quotes: true },
      });
      expect(c.model).toEqual({ name: 'gpt-4o-mini', asked: 1, written: 1, fallbacks: [], tokens: { prompt: 512, completion: 98 } });
    } finally {
      await fake.close();
    }
  });

  it('asks for the compilation\'s language', () => {
    expect(systemPrompt('sv')).toContain('Write, in Swedish:');
    expect(systemPrompt('en')).toContain('Write, in English:');
  });
});
