import type { Request, Response } from 'express';
import type { RequestWithPrincipal } from '../auth/auth.decorators';
import type { RequestLoaders } from './dataloader.registry';

export interface GraphQLContext {
  req: Request & RequestWithPrincipal;
  res: Response;
  loaders: RequestLoaders;
}
