import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@ytmt/core';
import { UserWithMembershipsFields } from './identity.types';

/** A user as platform admins see them: the same fields as Me, for any user. */
@ObjectType('User')
export class UserType extends UserWithMembershipsFields {}

@ObjectType('UserConnection')
export class UserConnection extends ConnectionType(UserType, 'User') {}
