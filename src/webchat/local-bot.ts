/**
 * The bot's account in the local chat. Teams would give it `28:<app id>`;
 * here any stable id does, as long as every activity names the same one
 * (the bot tells its own messages from people's by it).
 */
export const LOCAL_BOT = { id: 'lnb-bot', name: 'learning-network-bot' } as const;

/** Where the bot's answers arrive: the serviceUrl of every local chat activity, a Bot Connector in miniature. */
export const LOCAL_CONNECTOR_PATH = '/local-connector';
