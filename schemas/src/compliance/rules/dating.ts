import type { ContentCategoryRules } from '../content/content-rules';

/** Dating services; appointments ("cita"), goodbyes ("до свидания") and a date for a restaurant table are not. */
export const DATING_RULES: ContentCategoryRules = {
  id: 'dating',
  kind: 'PROHIBITED_CONTENT',
  label: 'Dating services',
  severity: 'high',
  regulated: true,
  terms: {
    en: [
      'dating app*|site*|service*|platform*|agency|agencies',
      'online dating',
      'speed dating',
      'meet|date singles',
      'singles near you',
      'singles in|near your area',
      'hookup*',
      'sugar daddy|daddies|baby|babies',
      'adult dating',
      'lonely|hot women|girls ~ near|nearby|tonight|area',
    ],
    ru: [
      'знакомств* для взросл*',
      'знакомств* ~ рядом|онлайн|сайт*|приложени*|служб*|агентств*|серьезн*|интим*',
      'сайт* знакомств*',
      'онлайн знакомств*',
      'одинок* девушк*|женщин* ~ рядом|ждут',
    ],
    uk: [
      'знайомств* для дорослих',
      'знайомств* ~ поруч|онлайн|сайт*|застосун*|служб*|агенці*|серйозн*|інтим*',
      'сайт* знайомств*',
      'онлайн знайомств*',
      'самотн* дівчат*|жінк* ~ поруч|чекають',
    ],
    pl: [
      'randk* dla dorosłych',
      'randk* ~ online|okolic*|singl*|aplikacj*|portal*',
      'randkow*',
      'poznaj* ~ singl*',
      'biuro matrymonialne',
    ],
    pt: [
      'encontro* para adultos',
      'encontro* casuais|picantes',
      'app*|aplicativo*|site* de namoro|relacionamento*',
      'namoro online',
      'solteir* ~ perto|região|área',
      'conheça solteir*',
    ],
    es: [
      'cita* para adultos',
      'citas online|casuales',
      'app*|aplicación*|sitio*|página* de citas|ligue',
      'solter* ~ cerca|zona|área',
      'conoce solter*',
      'encuentros casuales',
    ],
  },
  exceptions: {
    en: ['hookup* ~ rv|water|electric*|sewer|cable|campsite*|site|sites'],
    ru: ['знакомств* ~ с продукт*|коллекци*|ассортимент*|брендом|компани*|сервис*|меню'],
    uk: ['знайомств* ~ з продукт*|колекці*|асортимент*|брендом|компані*|сервіс*|меню'],
    pl: [],
    pt: [],
    es: ['cita ~ médica|dentista|consulta|taller|clínica'],
  },
};
