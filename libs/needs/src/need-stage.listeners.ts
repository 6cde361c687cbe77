import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NeedStage } from './need.enums';

/**
 * Called in the transaction that moves a need to another stage (by hand or as a consequence),
 * after the move is written, so that what other libraries keep about the need follows in the same
 * commit: matching closes the open candidacies of a filled or closed need.
 */
export type NeedStageListener = (manager: EntityManager, needId: string, stage: NeedStage, byUserId: string | null) => Promise<void>;

/**
 * The libraries above needs that act on stage changes register here at module init; needs calls
 * them without knowing them (it must not import those libraries). An app that moves needs must load
 * the modules that listen (the API loads matching's).
 */
@Injectable()
export class NeedStageListeners {
  private readonly listeners: NeedStageListener[] = [];

  register(listener: NeedStageListener): void {
    this.listeners.push(listener);
  }

  /** Runs every listener, one after the other (inside a transaction all share one connection). */
  async stageChanged(manager: EntityManager, needId: string, stage: NeedStage, byUserId: string | null): Promise<void> {
    for (const listener of this.listeners) await listener(manager, needId, stage, byUserId);
  }
}
