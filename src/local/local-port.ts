import type { OutgoingMessage } from '../core/outgoing-message';
import type { Person } from '../core/person';
import type { ChannelPort, ChannelTarget, CompilationDelivery, Receipt } from '../core/port';
import type { Logger } from '../logger';

/** One message the local platform holds for the browser chat to show. */
export interface LocalDelivery {
  seq: number;
  /** `channel:<id>` or `user:<id>`. */
  to: string;
  key: string;
  message: OutgoingMessage;
  compilation?: CompilationDelivery;
}

/**
 * The platform for `local` networks: nothing leaves the machine. Messages are
 * kept in order, with their keys, so the local chat can show them and a
 * re-sent key is found again (as Slack's message metadata would be).
 */
export class LocalPort implements ChannelPort {
  readonly platform = 'local' as const;
  private readonly deliveries: LocalDelivery[] = [];
  private readonly listeners = new Set<(d: LocalDelivery) => void>();

  constructor(private readonly log?: Logger) {}

  private add(to: string, key: string, message: OutgoingMessage, compilation?: CompilationDelivery): Receipt {
    const delivery = { seq: this.deliveries.length + 1, to, key, message, compilation };
    this.deliveries.push(delivery);
    this.log?.info({ to, key }, 'local message');
    for (const listener of this.listeners) listener(delivery);
    return { id: `local-${delivery.seq}` };
  }

  async post(target: ChannelTarget, message: OutgoingMessage, key: string): Promise<Receipt> {
    return this.add(`channel:${target.channel}`, key, message);
  }

  private find(to: string, key: string): Receipt | undefined {
    const found = this.deliveries.find((d) => d.to === to && d.key === key);
    return found ? { id: `local-${found.seq}` } : undefined;
  }

  async findPosted(target: ChannelTarget, key: string): Promise<Receipt | undefined> {
    return this.find(`channel:${target.channel}`, key);
  }

  async sendDirect(userId: string, message: OutgoingMessage, key: string): Promise<Receipt> {
    return this.add(`user:${userId}`, key, message);
  }

  async findDirect(userId: string, key: string): Promise<Receipt | undefined> {
    return this.find(`user:${userId}`, key);
  }

  async deliverCompilation(to: Person, delivery: CompilationDelivery): Promise<void> {
    this.add(`user:${to.userId}`, `summary/${this.deliveries.length + 1}`, delivery.message, delivery);
  }

  /** What was delivered to `to` (`channel:<id>` or `user:<id>`), or everything. */
  sent(to?: string): LocalDelivery[] {
    return to ? this.deliveries.filter((d) => d.to === to) : [...this.deliveries];
  }

  onDelivery(listener: (d: LocalDelivery) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
