import type { ContentCategoryRules } from '../content/content-rules';

/** Multi-level marketing recruitment. */
export const MLM_RULES: ContentCategoryRules = {
  id: 'mlm',
  kind: 'PROHIBITED_CONTENT',
  label: 'Multi-level marketing',
  severity: 'high',
  regulated: false,
  terms: {
    en: [
      'mlm',
      'multi level marketing',
      'multilevel marketing',
      'network marketing',
      'downline*',
      'be your own boss',
      'join my team ~ earn|income|money',
      'residual income',
    ],
    ru: [
      'млм',
      'сетев* маркетинг*',
      'многоуровнев* маркетинг*',
      'пассивн* доход* ~ команд*|приглаша*',
      'стань* сам* себе начальник*',
    ],
    uk: ['млм', 'мережев* маркетинг*', 'багаторівнев* маркетинг*', 'пасивн* дох* ~ команд*|запрошу*'],
    pl: ['marketing* wielopoziomow*', 'marketing* sieciow*', 'bądź swoim własnym szefem', 'pasywn* dochod* ~ zespoł*'],
    pt: [
      'marketing multinível',
      'marketing de rede',
      'seja seu próprio chefe',
      'renda passiva|extra ~ equipe|time|convid*',
    ],
    es: ['marketing multinivel', 'marketing de red|redes', 'sé tu propio jefe', 'ingreso* pasivo* ~ equipo|invit*'],
  },
  exceptions: { en: [], ru: [], uk: [], pl: [], pt: [], es: [] },
};
