import { answerJsonSchema, parseAnswer } from '../../../src/compile/model/model-answer';

const good = { heading: 'Avlösning i hemmet', synthesis: 'Flera nätverk tar upp avlösning.', sources: [1, 3], quotes: [{ reply: 1, text: 'avlösning när det behövs' }] };

describe('parseAnswer', () => {
  it('takes a whole answer as JSON, with or without a code fence around it', () => {
    expect(parseAnswer(JSON.stringify(good))).toEqual(good);
    expect(parseAnswer(`\`\`\`json\n${JSON.stringify(good)}\n\`\`\``)).toEqual(good);
    expect(parseAnswer(`  \`\`\`\n${JSON.stringify(good)}\`\`\`  `)).toEqual(good);
    const emoji = { ...good, heading: 'Stöd 🙂 <b>i</b> vardagen', quotes: [] };
    expect(parseAnswer(JSON.stringify(emoji))).toEqual(emoji);
  });

  it('is null for no content, text that is not JSON, and JSON of another shape', () => {
    for (const content of [null, undefined, '', '   ', 'Här är svaret:', '{"heading": "x"', '[]', 'null', '42']) {
      expect(parseAnswer(content)).toBeNull();
    }
    const { sources: _s, ...missing } = good;
    expect(parseAnswer(JSON.stringify(missing))).toBeNull();
    expect(parseAnswer(JSON.stringify({ ...good, extra: 'no' }))).toBeNull();
    expect(parseAnswer(JSON.stringify({ ...good, sources: ['1'] }))).toBeNull();
    expect(parseAnswer(JSON.stringify({ ...good, quotes: [{ reply: 1, text: 'x', who: 'Per' }] }))).toBeNull();
    expect(parseAnswer(JSON.stringify({ ...good, heading: null }))).toBeNull();
  });
});

describe('answerJsonSchema', () => {
  it('is a strict JSON schema of the four fields, without $schema, as structured output takes it', () => {
    const schema = answerJsonSchema() as { type: string; properties: Record<string, { type: string; items?: Record<string, unknown> }>; required: string[]; additionalProperties: boolean };
    expect(schema).not.toHaveProperty('$schema');
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual(['heading', 'quotes', 'sources', 'synthesis']);
    expect([...schema.required].sort()).toEqual(['heading', 'quotes', 'sources', 'synthesis']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.quotes?.items).toMatchObject({ type: 'object', additionalProperties: false, required: ['reply', 'text'] });
    // It is plain data: what the endpoint receives is what it says.
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});
