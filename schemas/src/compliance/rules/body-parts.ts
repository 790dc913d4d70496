import type { ContentCategoryRules } from '../content/content-rules';

/** Human body parts and fluids offered for sale; animal offal as food is an allowed context. */
export const BODY_PARTS_RULES: ContentCategoryRules = {
  id: 'body_parts',
  kind: 'PROHIBITED_CONTENT',
  label: 'Body parts and fluids',
  severity: 'high',
  regulated: false,
  terms: {
    en: [
      'kidney|kidneys|organ|organs ~ sale|sell|selling|buy',
      'human organ|organs|skull*|bone|bones|remains|hair for sale',
      'breast milk ~ sale|sell|selling|buy',
      'sell|selling ~ blood|plasma|sperm',
      'blood|plasma|sperm for cash|money',
    ],
    ru: [
      'почк*|органы|органов ~ продаж*|продам|продаю|купить|куплю',
      'человеческ* череп*|кост*|органы|останки',
      'грудн* молок* ~ продаж*|продам|продаю',
      'донорск* органы',
    ],
    uk: [
      'нирк*|органи|органів ~ продаж*|продам|продаю|купити|куплю',
      'людськ* череп*|кістк*|органи|останки',
      'грудн* молок* ~ продаж*|продам|продаю',
      'донорськ* органи',
    ],
    pl: [
      'nerk*|narząd*|narządy|organy ~ sprzeda*|sprzedam|kupi*|kupię',
      'ludzk* czaszk*|kości|narząd*|szczątki',
      'mleko|mleka kobiece|matki ~ sprzeda*|sprzedam',
    ],
    pt: [
      'rim|rins|órgão|órgãos ~ venda|vendo|vende*|compro|comprar',
      'crânio*|osso*|órgão*|órgãos|restos humano*',
      'leite materno ~ venda|vendo|vende*',
    ],
    es: [
      'riñón|riñones|órgano|órganos ~ venta|vendo|vende*|compro|comprar',
      'cráneo*|hueso*|órgano*|restos humano*',
      'leche materna ~ venta|vendo|vende*',
    ],
  },
  exceptions: {
    en: [
      'beef|pork|lamb|chicken|calf|calves|veal|pig|ox|steak ~ kidney|kidneys|liver',
      'organ donor registration',
      'church organ',
    ],
    ru: ['говяж*|свин*|кур*|телячь*|баран* ~ почк*|печень', 'донор* кров* ~ станц*|акци*'],
    uk: ['ялович*|свин*|кур*|теляч*|баран* ~ нирк*|печінк*'],
    pl: ['wołow*|wieprzow*|drobiow*|cielęc*|kurz* ~ nerk*|wątrob*'],
    pt: ['bovin*|suín*|frango|boi|porco ~ rim|rins|fígado'],
    es: ['ternera|cerdo|pollo|res|cordero ~ riñón|riñones|hígado', 'órgano ~ iglesia|música|musical'],
  },
};
