import { Module } from '@nestjs/common';
import { OutboxDeadLetterResolver } from './outbox-dead-letter.resolver';
import { OutboxDeadLetters } from './outbox-dead-letters.service';

/** API side of the outbox: platform admins list and retry its dead letters. */
@Module({ providers: [OutboxDeadLetters, OutboxDeadLetterResolver], exports: [OutboxDeadLetters] })
export class OutboxAdminModule {}
