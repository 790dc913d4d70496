import type { Role } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';

export const ROLES: readonly Role[] = ['ADMIN', 'MANAGER', 'COMPLIANCE', 'MARKETER', 'VIEWER'];

export function RoleOptions() {
  const { t } = useI18n();
  return (
    <>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {t(`role.${role}`)}
        </option>
      ))}
    </>
  );
}
