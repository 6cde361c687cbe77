import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, AppConfig, DevKeyStore, Public } from '@ytmt/core';
import { IsEmail } from 'class-validator';
import { ArgsType, Field } from '@nestjs/graphql';
import { DevLoginPayload, DevUserType } from '../dto/identity.types';
import { toDevUserType } from '../identity.mapper';
import { IdentityService } from '../identity.service';

@ArgsType()
class DevLoginArgs {
  @Field(() => String)
  @IsEmail()
  email!: string;
}

/** Only in the schema when AUTH_DEV_LOGIN=true (never in production: configuration refuses it). */
@Resolver()
export class DevAuthResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly keys: DevKeyStore,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    // A wiring mistake must not open development login: refuse to exist rather than serve it.
    if (!config.auth.devLoginEnabled || config.environment === 'production') {
      throw new Error('DevAuthResolver needs AUTH_DEV_LOGIN=true outside production');
    }
  }

  @Public()
  @Query(() => [DevUserType], { description: 'Development only: the demo users you can sign in as.' })
  async devUsers(): Promise<DevUserType[]> {
    return (await this.identity.listDemoUsers()).map(toDevUserType);
  }

  @Public()
  @Mutation(() => DevLoginPayload, { description: 'Development only: a token for a seeded demo user.' })
  async devLogin(@Args() { email }: DevLoginArgs): Promise<DevLoginPayload> {
    const user = await this.identity.findDemoUser(email);
    const token = await this.keys.sign(user.id, user.email);
    return { token, user: toDevUserType(await this.identity.getUserWithMemberships(user.id)) };
  }
}
