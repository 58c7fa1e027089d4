/**
 * Block Kit's limits (api.slack.com/reference/block-kit). Slack refuses a
 * message or view that breaks one (`invalid_blocks`), so every text we
 * render is fitted to them.
 */
export const LIMITS = {
  messageBlocks: 50,
  headerText: 150,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  contextElements: 10,
  buttonText: 75,
  buttonValue: 2000,
  modalTitle: 24,
  modalButton: 24,
  modalBlocks: 100,
  inputLabel: 2000,
  inputHint: 2000,
  placeholder: 150,
  plainTextInput: 3000,
  optionText: 75,
  radioOptions: 10,
  selectOptions: 100,
  privateMetadata: 3000,
  /**
   * Not a documented limit: the total text we put in one message. Slack
   * has refused very large messages (`msg_too_long`), and a chat message
   * is not where a long compilation is read; the Word file is.
   */
  messageChars: 12_000,
} as const;
