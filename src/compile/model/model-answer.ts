import { z } from 'zod';

/**
 * What the model answers for one theme: a heading, a synthesis, the reply
 * numbers the synthesis rests on, and at most two quotes it proposes (each a
 * reply number and words from that reply). Only the shape is checked here;
 * whether it holds to the data is `checkAnswer`'s work.
 */
export const themeAnswerSchema = z.strictObject({
  heading: z.string(),
  synthesis: z.string(),
  sources: z.array(z.number()),
  quotes: z.array(z.strictObject({ reply: z.number(), text: z.string() })),
});

export type ThemeAnswer = z.infer<typeof themeAnswerSchema>;

/** The schema as the endpoint's structured output takes it (strict: every field required, nothing else). */
export function answerJsonSchema(): Record<string, unknown> {
  const { $schema: _drop, ...schema } = z.toJSONSchema(themeAnswerSchema) as Record<string, unknown>;
  return schema;
}

/** The model's message parsed as JSON and against the schema; null when it is neither. */
export function parseAnswer(content: string | null | undefined): ThemeAnswer | null {
  if (!content) return null;
  let json: unknown;
  try {
    // Some servers wrap JSON in a code fence even when asked for structured output.
    json = JSON.parse(content.trim().replace(/^```(?:json)?\s*|\s*```$/g, ''));
  } catch {
    return null;
  }
  const parsed = themeAnswerSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
