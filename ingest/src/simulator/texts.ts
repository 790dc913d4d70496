/** Message wording the simulator uses, per language. Kept free of prohibited-category and promotional words
 * except in the planted tables below, so that ground truth can be recounted from the text alone. */

export const LANGUAGES = ['en', 'ru', 'uk', 'pl', 'pt', 'es', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Languages prohibited content is planted in (DOMAIN.md §4 asks for at least these). */
export const PROHIBITED_LANGUAGES = ['en', 'ru', 'uk', 'pl', 'pt', 'es'] as const;
export type ProhibitedLanguage = (typeof PROHIBITED_LANGUAGES)[number];

export const PROHIBITED_CATEGORIES = [
  'drugs',
  'gambling',
  'currency',
  'tobacco',
  'alcohol',
  'weapons',
  'payday_loans',
  'unsafe_supplements',
  'dating',
] as const;
export type ProhibitedCategory = (typeof PROHIBITED_CATEGORIES)[number];

/** The phrases planted as PROHIBITED_CONTENT, one per language and category. */
export const PROHIBITED_PHRASES: Record<ProhibitedLanguage, Record<ProhibitedCategory, string>> = {
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

const PROHIBITED_FRAME: Record<ProhibitedLanguage, (phrase: string) => string> = {
  en: (p) => `Hi! Special for regular customers: ${p}. Just reply to this message.`,
  ru: (p) => `Здравствуйте! Для постоянных клиентов: ${p}. Просто ответьте на это сообщение.`,
  uk: (p) => `Вітаємо! Для постійних клієнтів: ${p}. Просто відповідайте на це повідомлення.`,
  pl: (p) => `Dzień dobry! Dla stałych klientów: ${p}. Wystarczy odpowiedzieć na tę wiadomość.`,
  pt: (p) => `Olá! Para clientes fiéis: ${p}. É só responder esta mensagem.`,
  es: (p) => `¡Hola! Para clientes habituales: ${p}. Solo responde a este mensaje.`,
};

export function prohibitedText(language: ProhibitedLanguage, category: ProhibitedCategory): string {
  return PROHIBITED_FRAME[language](PROHIBITED_PHRASES[language][category]);
}

/** Promotional wording planted into utility templates (TEMPLATE_MISUSE). */
export const PROMO_PHRASES: Record<Language, string> = {
  en: 'Use promo code SAVE20 for 20% off your next order!',
  ru: 'Промокод SAVE20 даёт скидку 20% на следующий заказ!',
  uk: 'Промокод SAVE20 дає знижку 20% на наступне замовлення!',
  pl: 'Kod rabatowy SAVE20 daje 20% zniżki na kolejne zamówienie!',
  pt: 'Use o cupom SAVE20 para 20% de desconto no próximo pedido!',
  es: '¡Usa el código SAVE20 para un 20% de descuento en tu próximo pedido!',
  de: 'Mit dem Code SAVE20 sparen Sie 20% bei der nächsten Bestellung!',
};

type Phrases = Record<Language, readonly string[]>;

export const CUSTOMER_OPENERS: Phrases = {
  en: [
    'Hi, where is my order?',
    'Hello, I need help with my account',
    'Can I change the delivery address?',
    'My payment did not go through',
    'Is this item available in size M?',
    'How do I return a product?',
  ],
  ru: [
    'Здравствуйте, где мой заказ?',
    'Добрый день, не могу войти в аккаунт',
    'Можно изменить адрес доставки?',
    'Не прошла оплата',
    'Есть ли этот товар в размере M?',
    'Как оформить возврат?',
  ],
  uk: [
    'Доброго дня, де моє замовлення?',
    'Не можу увійти в акаунт',
    'Чи можна змінити адресу доставки?',
    'Не пройшла оплата',
    'Чи є цей товар розміру M?',
    'Як оформити повернення?',
  ],
  pl: [
    'Dzień dobry, gdzie jest moje zamówienie?',
    'Nie mogę zalogować się na konto',
    'Czy mogę zmienić adres dostawy?',
    'Płatność nie przeszła',
    'Czy ten produkt jest w rozmiarze M?',
    'Jak zwrócić produkt?',
  ],
  pt: [
    'Olá, onde está meu pedido?',
    'Não consigo acessar minha conta',
    'Posso mudar o endereço de entrega?',
    'Meu pagamento não foi aprovado',
    'Tem esse item no tamanho M?',
    'Como faço uma devolução?',
  ],
  es: [
    'Hola, ¿dónde está mi pedido?',
    'No puedo entrar en mi cuenta',
    '¿Puedo cambiar la dirección de entrega?',
    'Mi pago no se procesó',
    '¿Tienen este artículo en talla M?',
    '¿Cómo devuelvo un producto?',
  ],
  de: [
    'Hallo, wo ist meine Bestellung?',
    'Ich komme nicht in mein Konto',
    'Kann ich die Lieferadresse ändern?',
    'Meine Zahlung ist fehlgeschlagen',
    'Gibt es den Artikel in Größe M?',
    'Wie kann ich etwas zurückgeben?',
  ],
};

export const CUSTOMER_FOLLOWUPS: Phrases = {
  en: [
    'Order number 48213',
    'Thanks!',
    'OK, I will wait',
    'Yes, please',
    'It still does not work',
    'Great, that helped',
  ],
  ru: [
    'Номер заказа 48213',
    'Спасибо!',
    'Хорошо, подожду',
    'Да, пожалуйста',
    'Всё ещё не работает',
    'Отлично, помогло',
  ],
  uk: ['Номер замовлення 48213', 'Дякую!', 'Добре, зачекаю', 'Так, будь ласка', 'Досі не працює', 'Чудово, допомогло'],
  pl: [
    'Numer zamówienia 48213',
    'Dziękuję!',
    'Dobrze, poczekam',
    'Tak, poproszę',
    'Nadal nie działa',
    'Super, pomogło',
  ],
  pt: ['Pedido número 48213', 'Obrigado!', 'Ok, vou aguardar', 'Sim, por favor', 'Ainda não funciona', 'Ótimo, ajudou'],
  es: ['Pedido número 48213', '¡Gracias!', 'Vale, espero', 'Sí, por favor', 'Sigue sin funcionar', 'Genial, me sirvió'],
  de: [
    'Bestellnummer 48213',
    'Danke!',
    'Okay, ich warte',
    'Ja, bitte',
    'Es geht immer noch nicht',
    'Super, das hat geholfen',
  ],
};

export const AGENT_REPLIES: Phrases = {
  en: [
    'Let me check that for you.',
    'Your order is on its way and should arrive tomorrow.',
    'I have updated the address.',
    'Could you share your order number?',
    'I have reset your password, please try again.',
    'The return label is in your email.',
  ],
  ru: [
    'Сейчас проверю.',
    'Заказ в пути, доставим завтра.',
    'Адрес обновлён.',
    'Подскажите номер заказа?',
    'Пароль сброшен, попробуйте снова.',
    'Этикетка для возврата отправлена на почту.',
  ],
  uk: [
    'Зараз перевірю.',
    'Замовлення в дорозі, доставимо завтра.',
    'Адресу оновлено.',
    'Підкажіть номер замовлення?',
    'Пароль скинуто, спробуйте ще раз.',
    'Етикетку для повернення надіслано на пошту.',
  ],
  pl: [
    'Już sprawdzam.',
    'Zamówienie jest w drodze, dotrze jutro.',
    'Adres został zmieniony.',
    'Proszę podać numer zamówienia.',
    'Hasło zostało zresetowane.',
    'Etykieta zwrotna jest w e-mailu.',
  ],
  pt: [
    'Vou verificar.',
    'Seu pedido está a caminho e chega amanhã.',
    'Endereço atualizado.',
    'Pode me passar o número do pedido?',
    'Redefini sua senha, tente de novo.',
    'A etiqueta de devolução está no seu e-mail.',
  ],
  es: [
    'Lo reviso ahora.',
    'Tu pedido está en camino y llega mañana.',
    'He actualizado la dirección.',
    '¿Me compartes el número de pedido?',
    'He restablecido tu contraseña.',
    'La etiqueta de devolución está en tu correo.',
  ],
  de: [
    'Ich sehe nach.',
    'Ihre Bestellung ist unterwegs und kommt morgen.',
    'Die Adresse ist geändert.',
    'Wie lautet Ihre Bestellnummer?',
    'Ihr Passwort wurde zurückgesetzt.',
    'Das Rücksendeetikett ist in Ihrer E-Mail.',
  ],
};

export const BOT_GREETINGS: Record<Language, string> = {
  en: 'Hi! I am the virtual assistant. Choose: 1 Order status 2 Returns 3 Talk to an agent',
  ru: 'Здравствуйте! Я виртуальный помощник. Выберите: 1 Статус заказа 2 Возврат 3 Оператор',
  uk: 'Вітаю! Я віртуальний помічник. Оберіть: 1 Статус замовлення 2 Повернення 3 Оператор',
  pl: 'Cześć! Jestem wirtualnym asystentem. Wybierz: 1 Status zamówienia 2 Zwroty 3 Konsultant',
  pt: 'Olá! Sou o assistente virtual. Escolha: 1 Status do pedido 2 Devoluções 3 Atendente',
  es: '¡Hola! Soy el asistente virtual. Elige: 1 Estado del pedido 2 Devoluciones 3 Agente',
  de: 'Hallo! Ich bin der virtuelle Assistent. Wählen Sie: 1 Bestellstatus 2 Rückgabe 3 Mitarbeiter',
};

export const BOT_HANDOFF: Record<Language, string> = {
  en: 'Connecting you with an agent.',
  ru: 'Соединяю с оператором.',
  uk: "З'єдную з оператором.",
  pl: 'Łączę z konsultantem.',
  pt: 'Transferindo para um atendente.',
  es: 'Te paso con un agente.',
  de: 'Ich verbinde Sie mit einem Mitarbeiter.',
};

export const SURVEY_QUESTIONS: Record<'nps' | 'csat', Record<Language, string>> = {
  nps: {
    en: 'How likely are you to recommend us to a friend? Reply 0-10',
    ru: 'Насколько вероятно, что вы порекомендуете нас другу? Ответьте 0-10',
    uk: 'Наскільки ймовірно, що ви порекомендуєте нас другу? Відповідайте 0-10',
    pl: 'Jak bardzo prawdopodobne jest, że polecisz nas znajomemu? Odpowiedz 0-10',
    pt: 'Qual a chance de você nos recomendar a um amigo? Responda 0-10',
    es: '¿Qué probabilidad hay de que nos recomiendes a un amigo? Responde 0-10',
    de: 'Wie wahrscheinlich empfehlen Sie uns weiter? Antworten Sie 0-10',
  },
  csat: {
    en: 'How satisfied are you with the help you got? Reply 1-5',
    ru: 'Насколько вы довольны помощью? Ответьте 1-5',
    uk: 'Наскільки ви задоволені допомогою? Відповідайте 1-5',
    pl: 'Jak oceniasz otrzymaną pomoc? Odpowiedz 1-5',
    pt: 'Qual sua satisfação com o atendimento? Responda 1-5',
    es: '¿Qué tan satisfecho estás con la ayuda? Responde 1-5',
    de: 'Wie zufrieden sind Sie mit der Hilfe? Antworten Sie 1-5',
  },
};

export const SURVEY_COMMENTS = [
  'fast and friendly',
  'took too long',
  'problem solved',
  'agent was rude',
  'ok',
] as const;

export const STOP_KEYWORDS: Record<Language, string> = {
  en: 'STOP',
  ru: 'СТОП',
  uk: 'СТОП',
  pl: 'STOP',
  pt: 'PARAR',
  es: 'BAJA',
  de: 'STOP',
};

export const OPT_IN_TEXT: Record<Language, string> = {
  en: 'Yes, I want to receive order updates and offers from Northwind Shop on this messenger. I can opt out at any time.',
  ru: 'Да, я хочу получать уведомления о заказах и предложения от Northwind Shop в этом мессенджере. Отписаться можно в любой момент.',
  uk: 'Так, я хочу отримувати сповіщення про замовлення та пропозиції від Northwind Shop у цьому месенджері. Відписатися можна будь-коли.',
  pl: 'Tak, chcę otrzymywać informacje o zamówieniach i oferty od Northwind Shop w tym komunikatorze. Mogę zrezygnować w każdej chwili.',
  pt: 'Sim, quero receber atualizações de pedidos e ofertas da Northwind Shop neste mensageiro. Posso cancelar a qualquer momento.',
  es: 'Sí, quiero recibir novedades de pedidos y ofertas de Northwind Shop en este mensajero. Puedo darme de baja cuando quiera.',
  de: 'Ja, ich möchte Bestellinfos und Angebote von Northwind Shop über diesen Messenger erhalten. Abmeldung jederzeit möglich.',
};

export const SERVICE_OPT_IN_TEXT: Record<Language, string> = {
  en: 'Send me order and delivery updates from Northwind Shop on this messenger.',
  ru: 'Присылайте мне статусы заказов и доставки от Northwind Shop в этом мессенджере.',
  uk: 'Надсилайте мені статуси замовлень і доставки від Northwind Shop у цьому месенджері.',
  pl: 'Wysyłajcie mi informacje o zamówieniach i dostawie od Northwind Shop w tym komunikatorze.',
  pt: 'Envie-me atualizações de pedido e entrega da Northwind Shop neste mensageiro.',
  es: 'Envíame novedades de pedidos y entregas de Northwind Shop en este mensajero.',
  de: 'Senden Sie mir Bestell- und Lieferinfos von Northwind Shop über diesen Messenger.',
};

export const FOLLOW_UP_TEXT: Record<Language, string> = {
  en: 'Following up on your request from last week: is everything fine now?',
  ru: 'Возвращаемся к вашему обращению на прошлой неделе: всё ли в порядке?',
  uk: 'Повертаємося до вашого звернення минулого тижня: чи все гаразд?',
  pl: 'Wracamy do Twojego zgłoszenia z zeszłego tygodnia: czy wszystko w porządku?',
  pt: 'Voltando à sua solicitação da semana passada: está tudo certo?',
  es: 'Retomamos tu consulta de la semana pasada: ¿todo bien ahora?',
  de: 'Wir melden uns zu Ihrer Anfrage von letzter Woche: Ist alles in Ordnung?',
};

/** Template bodies by category kind; `{{1}}` is the customer's first name or a code. */
export const TEMPLATE_BODIES: Record<
  'marketing' | 'order' | 'delivery' | 'appointment' | 'otp',
  Record<Language, string>
> = {
  marketing: {
    en: 'Hi {{1}}, our new spring collection is here. Take a look!',
    ru: 'Здравствуйте, {{1}}! Новая весенняя коллекция уже в магазине.',
    uk: 'Вітаємо, {{1}}! Нова весняна колекція вже в магазині.',
    pl: 'Cześć {{1}}, nowa wiosenna kolekcja już jest!',
    pt: 'Oi {{1}}, a nova coleção de primavera chegou!',
    es: 'Hola {{1}}, ¡ya llegó la nueva colección de primavera!',
    de: 'Hallo {{1}}, die neue Frühjahrskollektion ist da!',
  },
  order: {
    en: 'Hi {{1}}, your order 48213 is confirmed.',
    ru: '{{1}}, ваш заказ 48213 подтверждён.',
    uk: '{{1}}, ваше замовлення 48213 підтверджено.',
    pl: '{{1}}, Twoje zamówienie 48213 zostało potwierdzone.',
    pt: '{{1}}, seu pedido 48213 foi confirmado.',
    es: '{{1}}, tu pedido 48213 está confirmado.',
    de: '{{1}}, Ihre Bestellung 48213 ist bestätigt.',
  },
  delivery: {
    en: 'Your parcel is out for delivery today between 10:00 and 14:00.',
    ru: 'Посылка будет доставлена сегодня с 10:00 до 14:00.',
    uk: 'Посилку доставлять сьогодні з 10:00 до 14:00.',
    pl: 'Paczka zostanie doręczona dziś między 10:00 a 14:00.',
    pt: 'Sua encomenda sai para entrega hoje entre 10:00 e 14:00.',
    es: 'Tu paquete se entrega hoy entre las 10:00 y las 14:00.',
    de: 'Ihr Paket wird heute zwischen 10:00 und 14:00 zugestellt.',
  },
  appointment: {
    en: 'Reminder: your appointment is tomorrow at 11:30.',
    ru: 'Напоминание: ваша запись завтра в 11:30.',
    uk: 'Нагадування: ваш запис завтра об 11:30.',
    pl: 'Przypomnienie: wizyta jutro o 11:30.',
    pt: 'Lembrete: seu horário é amanhã às 11:30.',
    es: 'Recordatorio: tu cita es mañana a las 11:30.',
    de: 'Erinnerung: Ihr Termin ist morgen um 11:30.',
  },
  otp: {
    en: '{{1}} is your verification code.',
    ru: '{{1}} — ваш код подтверждения.',
    uk: '{{1}} — ваш код підтвердження.',
    pl: '{{1}} to Twój kod weryfikacyjny.',
    pt: '{{1}} é seu código de verificação.',
    es: '{{1}} es tu código de verificación.',
    de: '{{1}} ist Ihr Bestätigungscode.',
  },
};

export const FIRST_NAMES = [
  'Anna',
  'Olena',
  'Marta',
  'João',
  'Lucía',
  'Jonas',
  'Ivan',
  'Piotr',
  'Sofia',
  'Mateus',
  'Carmen',
  'Dmytro',
] as const;
