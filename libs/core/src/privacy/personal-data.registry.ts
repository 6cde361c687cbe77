import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * A library that keeps personal data of a user apart from the jobseeker profile (e.g. their
 * notifications): what the person's data export shows of it, and how erasure removes it.
 */
export interface PersonalDataHolder {
  /** The key of this part in the export document; unique. */
  section: string;
  export(userId: string): Promise<unknown>;
  /** Removes the user's data, inside the erasure's transaction. */
  erase(userId: string, manager: EntityManager): Promise<void>;
}

/**
 * Where libraries register the personal data they keep, at module init, so the data rights
 * (export and erasure, in the matching library) reach libraries above them without importing
 * them. Sections are exported and erased in registration order.
 */
@Injectable()
export class PersonalDataRegistry {
  private readonly holders: PersonalDataHolder[] = [];

  register(holder: PersonalDataHolder): void {
    if (this.holders.some((h) => h.section === holder.section)) throw new Error(`Personal data section "${holder.section}" is registered twice`);
    this.holders.push(holder);
  }

  /** Every registered section of the user's data, by section key. */
  async exportSections(userId: string): Promise<Record<string, unknown>> {
    const sections: Record<string, unknown> = {};
    for (const holder of this.holders) sections[holder.section] = await holder.export(userId);
    return sections;
  }

  /** Removes the user's data from every registered library, in the caller's transaction. */
  async erase(userId: string, manager: EntityManager): Promise<void> {
    for (const holder of this.holders) await holder.erase(userId, manager);
  }
}
