import { validateEvent } from './validate';

const base = {
  id: 'evt-1',
  tenantId: 't1',
  occurredAt: '2026-03-01T10:00:00.123Z',
  channel: 'whatsapp',
  accountId: '1055',
  contactId: '4915112345678',
  source: 'events_api',
  schemaVersion: 1,
};

const issuesOf = (value: unknown) => {
  const r = validateEvent(value);
  if (r.ok) throw new Error('expected invalid');
  return r.issues;
};

describe('validateEvent', () => {
  it('accepts a well-formed event of each shape', () => {
    const events = [
      {
        ...base,
        type: 'message.received',
        payload: {
          contentType: 'text',
          text: 'Привіт',
          referral: { kind: 'ad', sourceId: 'ad1', clickId: 'c1', utm: { source: 'fb' } },
        },
      },
      {
        ...base,
        type: 'message.sent',
        payload: {
          sender: { kind: 'campaign' },
          isTemplate: true,
          templateName: 'promo',
          templateCategory: 'MARKETING',
          contentType: 'template',
          campaignId: 'c9',
        },
      },
      {
        ...base,
        type: 'message.status',
        messageId: 'wamid.1',
        payload: { status: 'failed', errorCode: 131047, pricing: { model: 'PMP', billable: false } },
      },
      { ...base, type: 'survey.answered', payload: { survey: 'csat', score: 5 } },
      {
        ...base,
        type: 'account.quality_changed',
        contactId: undefined,
        payload: { scope: 'phone', messagingLimit: 1000, event: 'UPGRADE' },
      },
      {
        ...base,
        type: 'template.updated',
        contactId: undefined,
        payload: { templateName: 'promo', language: 'en', status: 'PAUSED' },
      },
      {
        ...base,
        type: 'conversion.recorded',
        accountId: undefined,
        contactId: undefined,
        payload: { kind: 'purchase', value: 12.5, currency: 'EUR', attributionToken: 'tok' },
      },
    ].map((e) => JSON.parse(JSON.stringify(e)) as unknown);
    for (const e of events) expect(validateEvent(e)).toMatchObject({ ok: true });
  });

  it('names the field and rule that failed', () => {
    expect(issuesOf({ ...base, type: 'message.received', payload: {} })).toEqual([
      expect.objectContaining({ path: '/payload/contentType', rule: 'required' }),
    ]);
    expect(
      issuesOf({ ...base, channel: 'carrier-pigeon', type: 'survey.answered', payload: { survey: 'nps', score: 3 } }),
    ).toEqual([expect.objectContaining({ path: '/channel', rule: 'enum' })]);
    expect(
      issuesOf({ ...base, occurredAt: 'yesterday', type: 'survey.answered', payload: { survey: 'nps', score: 3 } }),
    ).toEqual([expect.objectContaining({ path: '/occurredAt', rule: 'format' })]);
    expect(issuesOf({ ...base, type: 'survey.answered', extra: 1, payload: { survey: 'nps', score: 3 } })).toEqual([
      expect.objectContaining({ path: '/extra', rule: 'unknown_field' }),
    ]);
  });

  it('rejects unknown types, non-objects and missing ids', () => {
    expect(issuesOf({ ...base, type: 'message.exploded', payload: {} })[0]).toMatchObject({
      path: '/type',
      rule: 'enum',
    });
    expect(issuesOf([1, 2])[0]).toMatchObject({ path: '/', rule: 'type' });
    const { id: _id, ...noId } = base;
    expect(issuesOf({ ...noId, type: 'survey.answered', payload: { survey: 'nps', score: 1 } })[0]).toMatchObject({
      path: '/id',
      rule: 'required',
    });
    expect(
      issuesOf({ ...base, id: 'x'.repeat(129), type: 'survey.answered', payload: { survey: 'nps', score: 1 } })[0],
    ).toMatchObject({ path: '/id', rule: 'max_length' });
  });

  it('checks the cross-field rules', () => {
    expect(issuesOf({ ...base, type: 'survey.answered', payload: { survey: 'csat', score: 0 } })).toEqual([
      { path: '/payload/score', rule: 'range', message: expect.any(String) },
    ]);
    expect(validateEvent({ ...base, type: 'survey.answered', payload: { survey: 'nps', score: 0 } })).toMatchObject({
      ok: true,
    });
    expect(
      issuesOf({
        ...base,
        type: 'message.sent',
        payload: { sender: { kind: 'bot' }, isTemplate: true, contentType: 'template' },
      })[0],
    ).toMatchObject({ path: '/payload/templateName', rule: 'required' });
    expect(issuesOf({ ...base, type: 'message.status', payload: { status: 'read' } })[0]).toMatchObject({
      path: '/messageId',
      rule: 'required',
    });
    expect(
      issuesOf({
        ...base,
        contactId: undefined,
        type: 'template.updated',
        payload: { templateName: 'a', language: 'en' },
      }).map((i) => i.rule),
    ).toEqual(['required']);
  });
});
