import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../../auth/auth.decorators';
import { hasRole, Principal } from '../../auth/principal';
import { Role } from '../../auth/role.enum';
import { CoreException } from '../../errors/domain.exception';
import { connectionComplexity, DEFAULT_PAGE_SIZE, PageArgs } from '../../graphql/connection';
import { OutboxDeadLetterConnection } from './outbox-dead-letter.types';
import { OutboxDeadLetters } from './outbox-dead-letters.service';

function assertPlatformAdmin(principal: Principal): void {
  if (!hasRole(principal, Role.PLATFORM_ADMIN)) throw CoreException.forbidden('Only platform admins see the job dead letters');
}

@Resolver()
export class OutboxDeadLetterResolver {
  constructor(private readonly deadLetters: OutboxDeadLetters) {}

  @Query(() => OutboxDeadLetterConnection, {
    description: 'Platform admins: jobs the outbox gave up handing to the job queue, newest first.',
    complexity: connectionComplexity,
  })
  outboxDeadLetters(@CurrentUser() principal: Principal, @Args() page: PageArgs): Promise<OutboxDeadLetterConnection> {
    assertPlatformAdmin(principal);
    return this.deadLetters.list(page.first ?? DEFAULT_PAGE_SIZE, page.after);
  }

  @Mutation(() => Boolean, { description: 'Platform admins: put a dead letter back in line with fresh attempts.' })
  retryOutboxDeadLetter(@CurrentUser() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<true> {
    assertPlatformAdmin(principal);
    return this.deadLetters.retry(id);
  }
}
