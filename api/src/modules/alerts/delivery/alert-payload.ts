import type { AlertFiring } from '../alert-firing.entity';

/** The webhook body: these fields in this order, serialised once and signed over exactly those bytes. */
export function alertPayload(firing: AlertFiring): string {
  return JSON.stringify({
    id: firing.id,
    kind: firing.kind,
    severity: firing.severity,
    title: firing.title,
    detail: firing.detail,
    accountId: firing.accountId,
    conditionAt: firing.conditionAt.toISOString(),
    firedAt: firing.firedAt.toISOString(),
    link: firing.link,
    tenantId: firing.tenantId,
  });
}

/** The alert e-mail's subject and plain-text body. */
export function alertEmail(firing: AlertFiring): { subject: string; text: string } {
  return {
    subject: `[Checkmark] ${firing.severity}: ${firing.title}`,
    text: [
      firing.title,
      '',
      firing.detail,
      '',
      `Rule: ${firing.ruleName} (${firing.kind})`,
      `When: ${firing.conditionAt.toISOString()}`,
      ...(firing.accountId ? [`Account: ${firing.accountId}`] : []),
      ...(firing.link ? [`Dashboard: ${firing.link}`] : []),
    ].join('\n'),
  };
}
