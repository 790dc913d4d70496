import type { ContentCategoryRules } from '../content/content-rules';

/** Counterfeit and IP-infringing goods: replicas of brands, fakes, knock-offs. */
export const COUNTERFEIT_RULES: ContentCategoryRules = {
  id: 'counterfeit',
  kind: 'PROHIBITED_CONTENT',
  label: 'Counterfeit goods',
  severity: 'high',
  regulated: false,
  terms: {
    en: [
      'replica|replicas ~ watch*|bag*|handbag*|sneaker*|designer|brand*|rolex|gucci|louis|chanel|prada|nike',
      'fake designer|rolex|gucci|chanel|brands|brand',
      'counterfeit goods|bags|watches|products|items',
      'knockoff*',
      'knock off*',
      'first copy',
      'aaa quality|replica',
      'mirror quality',
      '1 1 copy|copies|replica',
    ],
    ru: [
      'реплик* ~ часов|часы|сумк*|бренд*|брендов*|кроссовк*|rolex|gucci|louis|chanel|люкс',
      'копи* ~ брендов*|люкс|rolex|gucci|chanel',
      'подделк* ~ бренд*|брендов*|часов|сумок|духов',
      'контрафакт*',
      'люкс копи*',
    ],
    uk: [
      'реплік* ~ годинник*|сумк*|бренд*|брендов*|кросівк*|rolex|gucci|louis|chanel|люкс',
      'копі* ~ брендов*|люкс|rolex|gucci|chanel',
      'підробк* ~ бренд*|брендов*|годинник*|сумок|парфум*',
      'контрафакт*',
    ],
    pl: [
      'replik* ~ zegark*|torebk*|torb*|butów|marek|markow*|rolex|gucci|chanel',
      'podróbk*',
      'podrabian*',
      'kopi* markow*|rolex|gucci|chanel',
    ],
    pt: [
      'réplica*|replica* ~ grife|relógio*|bolsa*|tênis|rolex|gucci|chanel|louis',
      'falsificad* ~ grife|relógio*|bolsa*|tênis|perfume*|marca*',
      'produto* pirata*',
      'cópia* de grife|marca',
      'primeira linha ~ réplica*|tênis|bolsa*|relógio*',
    ],
    es: [
      'réplica*|replica* ~ reloj*|bolso*|zapatilla*|marca*|rolex|gucci|chanel|louis',
      'falsificad* ~ marca*|reloj*|bolso*|zapatilla*|perfume*',
      'imitaci* de marca*',
      'copia* de marca*',
      'producto* pirata*',
    ],
  },
  exceptions: {
    en: ['official replica', 'replica ~ jersey*|kit|shirt*'],
    ru: [],
    uk: [],
    pl: [],
    pt: ['réplica|replica ~ oficial|camisa*'],
    es: ['réplica|replica ~ oficial|camiseta*'],
  },
};
