import type { z } from 'zod';

/**
 * A JSON string we wrote into a Slack payload (a button value, a view's
 * private_metadata), read back through `schema`; undefined when it is not
 * ours (an old button, a forged payload, not JSON at all).
 */
export function parseJsonWith<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> | undefined {
  if (typeof raw !== 'string') return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
