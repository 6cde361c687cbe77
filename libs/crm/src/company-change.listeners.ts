import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * Called in the transaction that changes what other libraries copy from a company account
 * (its name, home area, shared areas, verification), so that their copies follow in the same
 * commit: the needs library reindexes the company's needs.
 */
export type CompanyChangeListener = (manager: EntityManager, companyId: string) => Promise<void>;

/**
 * The libraries above crm that keep copies of a company's facts register here at module init;
 * crm calls them without knowing them (it must not import those libraries).
 */
@Injectable()
export class CompanyChangeListeners {
  private readonly listeners: CompanyChangeListener[] = [];

  register(listener: CompanyChangeListener): void {
    this.listeners.push(listener);
  }

  /** Runs every listener, one after the other (inside a transaction all share one connection). */
  async companyChanged(manager: EntityManager, companyId: string): Promise<void> {
    for (const listener of this.listeners) await listener(manager, companyId);
  }
}
