import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../graphql/connection';

@ObjectType('OutboxDeadLetter', {
  description: 'A job the outbox could not hand to the job queue after OUTBOX_MAX_ATTEMPTS tries. The payload is not shown.',
})
export class OutboxDeadLetterType {
  @Field(() => ID)
  id!: string;
  @Field(() => String, { description: 'Queue the job was meant for.' })
  queue!: string;
  @Field(() => String)
  jobName!: string;
  @Field(() => Int)
  attempts!: number;
  @Field(() => String, { nullable: true, description: 'The last refusal, as the job queue worded it.' })
  lastError!: string | null;
  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
  @Field(() => GraphQLISODateTime)
  deadLetteredAt!: Date;
}

@ObjectType('OutboxDeadLetterConnection')
export class OutboxDeadLetterConnection extends ConnectionType(OutboxDeadLetterType, 'OutboxDeadLetter') {}
