/**
 * Where Slack sends commands and interactions in HTTP mode: the manifest's
 * request URL is PUBLIC_URL plus this. Its own module so the CLI can print
 * manifests without loading Bolt.
 */
export const SLACK_EVENTS_PATH = '/slack/events';
