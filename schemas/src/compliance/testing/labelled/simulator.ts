import type { ContentCategory, ContentLanguage } from '../../content/content-rules';
import { positive, type LabelledMessage } from './labelled-message';

// Copied from ingest/src/simulator/texts.ts (PROHIBITED_PHRASES, the frame of prohibitedText, PROMO_PHRASES and the
// `order` template body), which schemas cannot import; simulator-texts.spec.ts fails when the two drift apart.

export const SIMULATOR_PROHIBITED_PHRASES: Record<ContentLanguage, Partial<Record<ContentCategory, string>>> = {
  en: {
    drugs: 'prescription pills without a prescription',
    gambling: 'place your bets tonight with a 200% casino bonus',
    currency: 'buy bitcoin now with a guaranteed 30% return',
    tobacco: 'disposable vapes and e-cigarettes in stock',
    alcohol: 'premium whisky and vodka delivered tonight',
    weapons: '9mm ammunition and pistols available',
    payday_loans: 'payday loan approved in 5 minutes',
    unsafe_supplements: 'anabolic steroids and growth hormone',
    dating: 'meet singles near you on our dating service',
  },
  ru: {
    drugs: 'рецептурные таблетки без рецепта',
    gambling: 'ставки на спорт и бонус казино 200%',
    currency: 'купить биткоин с гарантированным доходом',
    tobacco: 'электронные сигареты и вейпы в наличии',
    alcohol: 'элитный алкоголь с доставкой ночью',
    weapons: 'патроны и травматические пистолеты',
    payday_loans: 'займ до зарплаты за 5 минут',
    unsafe_supplements: 'анаболические стероиды и гормон роста',
    dating: 'знакомства для взрослых рядом с вами',
  },
  uk: {
    drugs: 'рецептурні ліки без рецепта',
    gambling: 'ставки на спорт і бонус у казино 200%',
    currency: 'купити біткоїн з гарантованим прибутком',
    tobacco: 'електронні сигарети та вейпи в наявності',
    alcohol: 'елітний алкоголь з доставкою вночі',
    weapons: 'набої та пістолети в наявності',
    payday_loans: 'позика до зарплати за 5 хвилин',
    unsafe_supplements: 'анаболічні стероїди та гормон росту',
    dating: 'знайомства для дорослих поруч з вами',
  },
  pl: {
    drugs: 'leki na receptę bez recepty',
    gambling: 'zakłady bukmacherskie i bonus w kasynie 200%',
    currency: 'kup bitcoina z gwarantowanym zyskiem',
    tobacco: 'jednorazowe e-papierosy i wkłady',
    alcohol: 'wódka i whisky z dostawą w nocy',
    weapons: 'amunicja i pistolety dostępne od ręki',
    payday_loans: 'chwilówka bez BIK w 5 minut',
    unsafe_supplements: 'sterydy anaboliczne i hormon wzrostu',
    dating: 'randki dla dorosłych w twojej okolicy',
  },
  pt: {
    drugs: 'remédios controlados sem receita',
    gambling: 'apostas esportivas com bônus de cassino de 200%',
    currency: 'compre bitcoin com retorno garantido',
    tobacco: 'cigarro eletrônico e pods descartáveis',
    alcohol: 'cerveja e cachaça com entrega de madrugada',
    weapons: 'munição e pistolas à pronta entrega',
    payday_loans: 'empréstimo rápido aprovado em 5 minutos',
    unsafe_supplements: 'esteroides anabolizantes e hormônio do crescimento',
    dating: 'encontros para adultos perto de você',
  },
  es: {
    drugs: 'medicamentos con receta sin receta médica',
    gambling: 'apuestas deportivas con bono de casino del 200%',
    currency: 'compra bitcoin con rentabilidad garantizada',
    tobacco: 'cigarrillos electrónicos y vapers desechables',
    alcohol: 'licores y cerveza a domicilio de madrugada',
    weapons: 'munición y pistolas disponibles',
    payday_loans: 'préstamo rápido aprobado en 5 minutos',
    unsafe_supplements: 'esteroides anabólicos y hormona del crecimiento',
    dating: 'citas para adultos cerca de ti',
  },
};

export const SIMULATOR_PROHIBITED_FRAMES: Record<ContentLanguage, (phrase: string) => string> = {
  en: (p) => `Hi! Special for regular customers: ${p}. Just reply to this message.`,
  ru: (p) => `Здравствуйте! Для постоянных клиентов: ${p}. Просто ответьте на это сообщение.`,
  uk: (p) => `Вітаємо! Для постійних клієнтів: ${p}. Просто відповідайте на це повідомлення.`,
  pl: (p) => `Dzień dobry! Dla stałych klientów: ${p}. Wystarczy odpowiedzieć na tę wiadomość.`,
  pt: (p) => `Olá! Para clientes fiéis: ${p}. É só responder esta mensagem.`,
  es: (p) => `¡Hola! Para clientes habituales: ${p}. Solo responde a este mensaje.`,
};

export const SIMULATOR_PROMO_PHRASES: Record<ContentLanguage, string> = {
  en: 'Use promo code SAVE20 for 20% off your next order!',
  ru: 'Промокод SAVE20 даёт скидку 20% на следующий заказ!',
  uk: 'Промокод SAVE20 дає знижку 20% на наступне замовлення!',
  pl: 'Kod rabatowy SAVE20 daje 20% zniżki na kolejne zamówienie!',
  pt: 'Use o cupom SAVE20 para 20% de desconto no próximo pedido!',
  es: '¡Usa el código SAVE20 para un 20% de descuento en tu próximo pedido!',
};

export const SIMULATOR_ORDER_TEMPLATES: Record<ContentLanguage, string> = {
  en: 'Hi {{1}}, your order 48213 is confirmed.',
  ru: '{{1}}, ваш заказ 48213 подтверждён.',
  uk: '{{1}}, ваше замовлення 48213 підтверджено.',
  pl: '{{1}}, Twoje zamówienie 48213 zostało potwierdzone.',
  pt: '{{1}}, seu pedido 48213 foi confirmado.',
  es: '{{1}}, tu pedido 48213 está confirmado.',
};

/** The simulator's planted PROHIBITED_CONTENT messages and its misused utility templates, labelled. */
export const SIMULATOR_MESSAGES: readonly LabelledMessage[] = (
  Object.keys(SIMULATOR_PROHIBITED_PHRASES) as ContentLanguage[]
).flatMap((language) => [
  ...Object.entries(SIMULATOR_PROHIBITED_PHRASES[language]).map(([category, phrase]) => ({
    ...positive(`${language}-sim-${category}`, language, SIMULATOR_PROHIBITED_FRAMES[language](phrase), [
      category as ContentCategory,
    ]),
    part: 'simulator' as const,
  })),
  {
    ...positive(
      `${language}-sim-template-misuse`,
      language,
      `${SIMULATOR_ORDER_TEMPLATES[language].replace('{{1}}', 'Anna')} ${SIMULATOR_PROMO_PHRASES[language]}`,
      ['promotional'],
      'utility',
    ),
    part: 'simulator' as const,
  },
]);
