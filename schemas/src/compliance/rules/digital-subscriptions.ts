import type { ContentCategoryRules } from '../content/content-rules';

/** Selling digital subscriptions and streaming/premium accounts; a customer's own subscription notices are not. */
export const DIGITAL_SUBSCRIPTIONS_RULES: ContentCategoryRules = {
  id: 'digital_subscriptions',
  kind: 'PROHIBITED_CONTENT',
  label: 'Digital subscriptions',
  severity: 'high',
  regulated: true,
  terms: {
    en: [
      'netflix|spotify|hbo|disney|youtube|chatgpt|canva ~ premium|account|accounts|subscription*|months|lifetime|cheap',
      'lifetime subscription*',
      'streaming subscription*|accounts',
      'shared account*',
    ],
    ru: [
      'netflix|spotify|hbo|youtube|chatgpt|canva|нетфликс* ~ подписк*|аккаунт*|премиум*|месяц*|навсегда|дешево',
      'пожизненн* подписк*',
      'подписк* на стриминг*',
      'общ* аккаунт*',
    ],
    uk: [
      'netflix|spotify|hbo|youtube|chatgpt|canva|нетфлікс* ~ підписк*|акаунт*|преміум*|місяц*|назавжди|дешево',
      'довічн* підписк*',
    ],
    pl: [
      'netflix|spotify|hbo|youtube|chatgpt|canva ~ subskrypcj*|kont*|premium|miesięcy|dożywotni*|tanio',
      'dożywotni* subskrypcj*',
    ],
    pt: [
      'netflix|spotify|hbo|youtube|chatgpt|canva ~ assinatura*|conta*|premium|meses|vitalíci*|barato',
      'assinatura* vitalícia*',
      'tela* netflix',
    ],
    es: [
      'netflix|spotify|hbo|youtube|chatgpt|canva ~ suscripci*|cuenta*|premium|meses|barato|barata',
      'suscripci* de por vida',
      'pantalla* netflix',
    ],
  },
  exceptions: { en: [], ru: [], uk: [], pl: [], pt: [], es: [] },
};
