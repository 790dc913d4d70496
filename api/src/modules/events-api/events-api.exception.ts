import { AppError } from '../../common/errors/app-error';

export class EventsBodyMalformedError extends AppError {
  constructor(message: string) {
    super('MALFORMED_JSON', message);
  }
}

export class EventsBodyEmptyError extends AppError {
  constructor() {
    super('EMPTY_BODY', 'the body holds no events');
  }
}

export class TooManyEventsError extends AppError {
  constructor(limit: number) {
    super('TOO_MANY_EVENTS', `a request may carry at most ${limit} events`);
  }
}

export class UnsupportedEventsMediaTypeError extends AppError {
  constructor(mediaType: string) {
    super('UNSUPPORTED_MEDIA_TYPE', `${mediaType} is not accepted; send application/json or application/x-ndjson`);
  }
}
