import type { Config } from '../config/config';
import type { BotContext } from '../core/bot-context';
import type { ChannelPort } from '../core/port';
import type { HttpServer } from '../http/http-server';

/** What start-up hands a platform: the rules' context, settings and the one HTTP server to add routes to. */
export interface PlatformDeps {
  ctx: BotContext;
  config: Config;
  http: HttpServer;
}

/** A started platform: its port for the rules, and how to stop it. */
export interface PlatformAdapter {
  port: ChannelPort;
  stop(): Promise<void>;
}
