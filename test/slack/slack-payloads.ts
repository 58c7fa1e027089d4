/**
 * Request bodies in the shapes Slack sends them: a slash command as a form,
 * interactions as a form with one `payload` field of JSON. Fields we do not
 * read are there anyway, as Slack sends them, so the real parsing runs.
 */

let triggerSeq = 0;
export const newTriggerId = () => `${++triggerSeq}.1111.${'a'.repeat(8)}${triggerSeq}`;

export interface CommandFields {
  command: '/lnb' | '/summary';
  text: string;
  user: string;
  channel: string;
  responseUrl: string;
  triggerId?: string;
}

export function commandBody(f: CommandFields): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: 'T0TEAM',
    team_domain: 'kommun',
    channel_id: f.channel,
    channel_name: 'natverk',
    user_id: f.user,
    user_name: 'someone',
    command: f.command,
    text: f.text,
    api_app_id: 'A0APP',
    is_enterprise_install: 'false',
    response_url: f.responseUrl,
    trigger_id: f.triggerId ?? newTriggerId(),
  }).toString();
}

const interaction = (payload: unknown) => new URLSearchParams({ payload: JSON.stringify(payload) }).toString();

export interface ButtonFields {
  user: string;
  channel: string;
  actionId: string;
  value: string;
  responseUrl: string;
  triggerId?: string;
}

export function blockActionsBody(f: ButtonFields): string {
  return interaction({
    type: 'block_actions',
    user: { id: f.user, username: 'someone', name: 'someone', team_id: 'T0TEAM' },
    api_app_id: 'A0APP',
    token: 'deprecated-verification-token',
    container: { type: 'message', message_ts: '1700000000.000001', channel_id: f.channel, is_ephemeral: false },
    trigger_id: f.triggerId ?? newTriggerId(),
    team: { id: 'T0TEAM', domain: 'kommun' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: f.channel, name: 'natverk' },
    message: { type: 'message', ts: '1700000000.000001', text: 'Träff 1', user: 'U0BOT', bot_id: 'B0BOT' },
    state: { values: {} },
    response_url: f.responseUrl,
    actions: [
      {
        action_id: f.actionId,
        block_id: 'b1',
        text: { type: 'plain_text', text: 'Svara', emoji: true },
        value: f.value,
        style: 'primary',
        type: 'button',
        action_ts: '1700000001.000001',
      },
    ],
  });
}

export interface SubmissionFields {
  user: string;
  /** The view as views.open received it (blocks, private_metadata, callback_id). */
  view: { blocks: unknown[]; private_metadata: string; callback_id: string; title?: unknown };
  viewId: string;
  values: Record<string, Record<string, unknown>>;
  triggerId?: string;
}

export function viewSubmissionBody(f: SubmissionFields): string {
  return interaction({
    type: 'view_submission',
    team: { id: 'T0TEAM', domain: 'kommun' },
    user: { id: f.user, username: 'someone', name: 'someone', team_id: 'T0TEAM' },
    api_app_id: 'A0APP',
    token: 'deprecated-verification-token',
    trigger_id: f.triggerId ?? newTriggerId(),
    view: {
      id: f.viewId,
      team_id: 'T0TEAM',
      type: 'modal',
      blocks: f.view.blocks,
      private_metadata: f.view.private_metadata,
      callback_id: f.view.callback_id,
      state: { values: f.values },
      hash: '1700000002.abcdef',
      title: f.view.title ?? { type: 'plain_text', text: 'Träff 1' },
      clear_on_close: false,
      notify_on_close: false,
      close: null,
      submit: null,
      previous_view_id: null,
      root_view_id: f.viewId,
      app_id: 'A0APP',
      external_id: '',
      app_installed_team_id: 'T0TEAM',
      bot_id: 'B0BOT',
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  });
}

/** What a person typed or chose, as Slack puts it in `view.state.values`. */
export const typed = (text: string) => ({ value: { type: 'plain_text_input', value: text } });
export const chosen = (text: string, value: string) => ({
  value: { type: 'radio_buttons', selected_option: { text: { type: 'plain_text', text }, value } },
});
export const selectedRole = (role: string) => ({
  value: { type: 'static_select', selected_option: { text: { type: 'plain_text', text: role }, value: role } },
});
export const consented = (yes: boolean) => ({
  value: { type: 'checkboxes', selected_options: yes ? [{ text: { type: 'plain_text', text: 'Ja' }, value: 'yes' }] : [] },
});
