/** SLACK_API_URL as the Web API client wants it: ending in a slash, since method names are appended. */
export function slackApiUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return url.endsWith('/') ? url : `${url}/`;
}
