import { Field, Float, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NeedType } from '@ytmt/needs';
import { ProposalStatus } from '../marketplace.enums';

registerEnumType(ProposalStatus, { name: 'ProposalStatus' });

@ObjectType()
export class ProposalPriceType {
  @Field(() => Float) amount!: number;
  @Field(() => String) currency!: string;
  @Field(() => String, { nullable: true }) unit!: string | null;
}

@ObjectType({ description: "A provider's proposal of one service to one need." })
export class ProposalType {
  @Field(() => ID) id!: string;
  @Field(() => ID) needId!: string;
  @Field(() => String) needTitle!: string;
  @Field(() => ID) serviceId!: string;
  @Field(() => String) serviceName!: string;
  @Field(() => ID) providerId!: string;
  @Field(() => String) providerName!: string;
  @Field(() => String) message!: string;
  @Field(() => ProposalPriceType, { nullable: true }) price!: ProposalPriceType | null;
  @Field(() => ProposalStatus) status!: ProposalStatus;
  @Field(() => String, { nullable: true }) answerReason!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) answeredAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) withdrawnAt!: Date | null;
}

@ObjectType({ description: 'A recorded warm hand-off of a need to a provider.' })
export class NeedForwardType {
  @Field(() => ID) id!: string;
  @Field(() => ID) needId!: string;
  @Field(() => ID) providerId!: string;
  @Field(() => String) providerName!: string;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType()
export class ForwardedNeedType {
  @Field(() => NeedForwardType) forward!: NeedForwardType;
  @Field(() => NeedType) need!: NeedType;
}
