import { Type, type Static } from '@sinclair/typebox';
import { accountId, envelope } from '../common';

export const TemplateUpdatedPayload = Type.Object(
  {
    templateName: Type.String({ minLength: 1, maxLength: 512 }),
    templateId: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
    language: Type.String({ minLength: 1, maxLength: 35 }),
    category: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    previousCategory: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    status: Type.Optional(
      Type.String({ minLength: 1, maxLength: 64, description: 'APPROVED, PENDING, REJECTED, PAUSED, …' }),
    ),
    quality: Type.Optional(Type.String({ minLength: 1, maxLength: 32, description: 'GREEN, YELLOW, RED, UNKNOWN' })),
    previousQuality: Type.Optional(Type.String({ minLength: 1, maxLength: 32 })),
    reason: Type.Optional(Type.String({ maxLength: 1024 })),
  },
  { additionalProperties: false },
);

export const TemplateUpdatedEvent = Type.Object(
  { ...envelope, type: Type.Literal('template.updated'), accountId, payload: TemplateUpdatedPayload },
  { additionalProperties: false, $id: 'template.updated', description: 'Template status, quality or category change' },
);
export type TemplateUpdatedEvent = Static<typeof TemplateUpdatedEvent>;
