import { AppError } from '../../common/errors/app-error';

export class WhatsAppBadSignatureError extends AppError {
  constructor() {
    super('BAD_SIGNATURE', 'X-Hub-Signature-256 is missing or does not match the body');
  }
}

export class WhatsAppVerificationError extends AppError {
  constructor() {
    super('VERIFICATION_FAILED', 'hub.mode or hub.verify_token is wrong');
  }
}

export class WhatsAppNotConfiguredError extends AppError {
  constructor(what: 'WHATSAPP_APP_SECRET' | 'WHATSAPP_VERIFY_TOKEN') {
    super('WHATSAPP_NOT_CONFIGURED', `the WhatsApp receiver has no ${what} configured`);
  }
}

export class WhatsAppMalformedJsonError extends AppError {
  constructor() {
    super('MALFORMED_JSON', 'the webhook body is not valid JSON');
  }
}

export class WhatsAppInvalidPayloadError extends AppError {
  constructor(message: string) {
    super('WHATSAPP_PAYLOAD_INVALID', message);
  }
}
