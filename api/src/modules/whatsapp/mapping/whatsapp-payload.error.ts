/** The POST body is not a WhatsApp Business Account webhook envelope; the receiver answers 400 and stores nothing. */
export class WhatsAppPayloadError extends Error {
  readonly code = 'WHATSAPP_PAYLOAD_INVALID' as const;

  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'WhatsAppPayloadError';
  }
}
