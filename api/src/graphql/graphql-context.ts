import type { Request, Response } from 'express';
import type { Principal } from '../common/auth/principal';

/** What every resolver sees: the HTTP exchange, and the principal once the global guard authenticated it. */
export interface GraphqlContext {
  req: Request;
  res: Response;
  principal?: Principal;
}
