import { Injectable } from '@nestjs/common';
import { Role } from '@ytmt/core';
import { EntityManager, Not } from 'typeorm';
import { Membership } from './entities/membership.entity';
import { User } from './entities/user.entity';

/** For other domains' erasure: removes a sign-in account that served only one role. */
@Injectable()
export class AccountErasure {
  /**
   * Deletes the user's account (its memberships go with it) unless a membership in another role
   * still needs it; in the caller's transaction. Answers whether the account was deleted.
   */
  async deleteIfOnly(userId: string, role: Role, manager: EntityManager): Promise<boolean> {
    const other = await manager.getRepository(Membership).count({ where: { userId, role: Not(role) } });
    if (other > 0) return false;
    await manager.getRepository(User).delete(userId);
    return true;
  }
}
