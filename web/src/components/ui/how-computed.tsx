import { useI18n } from '@web/i18n/i18n-context';

/** A short "How is this computed?" disclosure next to a figure; the text is the published definition. */
export function HowComputed({ text }: { text: string }) {
  const { t } = useI18n();
  return (
    <details className="how-computed">
      <summary>{t('common.howComputed')}</summary>
      <p>{text}</p>
    </details>
  );
}
