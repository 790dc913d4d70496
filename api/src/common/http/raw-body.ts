import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { AppError } from '../errors/app-error';

/** What the raw-body reader leaves on the request for the controller. */
export interface RawBodyRequest extends Request {
  rawBody?: Buffer;
  rawBodyError?: AppError;
}

/**
 * Reads the request body as raw bytes, up to `limitBytes`, before any JSON parser sees it: signatures are
 * computed over exactly these bytes, and NDJSON is not JSON. Errors are left on the request so the route
 * answers them with its typed error body and counts them in its metrics.
 */
export function rawBodyReader(limitBytes: number): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    const target = req as RawBodyRequest;
    const chunks: Buffer[] = [];
    let size = 0;
    const declared = Number(req.headers['content-length']);
    // Past the limit the rest is read and discarded: the client then gets the 413 rather than a reset
    // connection, and no later parser finds an unfinished stream.
    let tooLarge = Number.isFinite(declared) && declared > limitBytes;
    req.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limitBytes) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.once('end', () => {
      if (tooLarge) target.rawBodyError = new AppError('PAYLOAD_TOO_LARGE', `request body exceeds ${limitBytes} bytes`);
      else target.rawBody = Buffer.concat(chunks, size);
      next();
    });
    req.once('error', (cause) => {
      target.rawBodyError = new AppError('BAD_REQUEST', 'request body could not be read', { cause });
      next();
    });
  };
}

/** The bytes `rawBodyReader` read, or the typed error it recorded. */
export function takeRawBody(req: Request): Buffer {
  const target = req as RawBodyRequest;
  if (target.rawBodyError) throw target.rawBodyError;
  return target.rawBody ?? Buffer.alloc(0);
}
