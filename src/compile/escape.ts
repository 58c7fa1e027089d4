/**
 * Escaping of reply text for each place it is shown. Replies are written by
 * people, so any markup in them must show as typed and never act: above all
 * `<!channel>` must not ping a Slack channel.
 */

/** CommonMark: backslash-escape every character that could start markup. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>()#+|~!]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/**
 * Slack mrkdwn: &, < and > must be entities (Slack's own rule), which alone
 * stops <!channel>, <@U…> and links from acting. Formatting characters get a
 * zero-width joiner so *bold* or `code` in a reply stays literal.
 */
export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([*_~`])/g, '\u200d$1\u200d');
}

/**
 * Adaptive Card TextBlock text: a Markdown subset without backslash escapes
 * in every client, so markup characters are broken up with a zero-width
 * space instead, as are {{DATE(…)}} functions and ${…} template expressions.
 */
export function escapeAdaptiveCard(text: string): string {
  return text
    .replace(/([*_[\]`~])/g, '\u200b$1')
    // "](" would still make a link after the bracket is broken up.
    .replace(/\]\(/g, ']\u200b(')
    .replace(/^(\s*)([-+]|\d+\.)(?=\s)/gm, '$1\u200b$2')
    .replace(/\{\{/g, '{\u200b{')
    .replace(/\$\{/g, '$\u200b{')
    .replace(/</g, '\u200b<');
}
