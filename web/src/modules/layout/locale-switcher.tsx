import { useMutation } from 'urql';
import { UpdateMyLocaleMutation } from '@web/app/graphql/session';
import { useSession } from '@web/app/session-context';
import type { Locale as GqlLocale } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { isLocale, LOCALES } from '@web/i18n/types';
import { InlineField } from '@web/components/ui/inline-field';

/** Language names in their own language, so anyone can find theirs. */
const NATIVE_NAMES = { en: 'English', ru: 'Русский', uk: 'Українська', pl: 'Polski', pt: 'Português' } as const;

export function LocaleSwitcher() {
  const { t, locale, setLocale } = useI18n();
  const { viewer } = useSession();
  const [, saveLocale] = useMutation(UpdateMyLocaleMutation);
  const change = (value: string) => {
    if (!isLocale(value)) return;
    setLocale(value);
    // The choice follows the user to other browsers; a failure leaves it stored in this browser only.
    if (viewer?.user) void saveLocale({ locale: value.toUpperCase() as GqlLocale });
  };
  return (
    <InlineField label={t('header.language')} className="locale-switcher">
      {(id) => (
        <select id={id} name="locale" value={locale} onChange={(e) => change(e.target.value)}>
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {NATIVE_NAMES[l]}
            </option>
          ))}
        </select>
      )}
    </InlineField>
  );
}
