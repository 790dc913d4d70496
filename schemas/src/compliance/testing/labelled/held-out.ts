import { negative, positive, type LabelledMessage } from './labelled-message';

const hard = { hard: true };

/**
 * Written after the rule set was frozen for 2026.11.2 and never used to tune it: the held-out part of the set,
 * reported separately in docs/content-classifier.md as the less optimistic estimate.
 */
export const HELD_OUT_MESSAGES: readonly LabelledMessage[] = (
  [
    positive('en-h01', 'en', 'Hey! Got some fresh Marlboro cigarettes and Cuban cigars at half the shop price.', [
      'tobacco',
    ]),
    positive('en-h02', 'en', 'Sports bettors: best odds on tonight’s match, bet now at our bookmaker.', ['gambling']),
    positive('en-h03', 'en', 'Selling a Remington shotgun with two boxes of shells, cash only.', ['weapons']),
    positive('en-h04', 'en', 'Get 1-month Netflix Premium account, instant delivery after payment.', [
      'digital_subscriptions',
    ]),
    positive(
      'en-h05',
      'en',
      'Your booking is confirmed. Book again this month and get 25% off with code BACK25!',
      ['promotional'],
      'utility',
    ),
    negative('en-h06', 'en', 'Your dog grooming appointment is on Friday at 2 pm. Reply C to cancel.'),
    negative('en-h07', 'en', 'The bullet-proof glass for the shop window will be installed on Tuesday.', hard),
    negative('en-h08', 'en', 'We have a great selection of grape juice and sparkling water for the holidays.', hard),
    negative('en-h09', 'en', 'Reminder: the pharmacy is closed on Sunday; your order can be picked up Monday.'),
    negative('en-h10', 'en', 'Thanks for your order! The gaming chair will arrive in two parcels.', hard),

    positive('ru-h01', 'ru', 'Есть свежие сигары и кальянный табак, привезём за час.', ['tobacco']),
    positive('ru-h02', 'ru', 'Заберите бонус 100% на первый депозит в нашем казино!', ['gambling']),
    positive('ru-h03', 'ru', 'Продаю охотничье ружьё и патроны, документы не нужны.', ['weapons']),
    positive('ru-h04', 'ru', 'Займы онлайн без проверки кредитной истории, одобрение за 5 минут.', ['payday_loans']),
    positive(
      'ru-h05',
      'ru',
      'Ваш заказ доставлен. Оцените, пожалуйста, работу курьера по шкале от 1 до 5.',
      ['survey'],
      'utility',
    ),
    negative('ru-h06', 'ru', 'Ваша запись на маникюр перенесена на пятницу, 16:00.'),
    negative('ru-h07', 'ru', 'Сменные насадки для краскопульта снова в продаже.', hard),
    negative('ru-h08', 'ru', 'Детский набор для рисования и пластилин уже в пункте выдачи.'),
    negative('ru-h09', 'ru', 'Курс английского языка начинается в понедельник, ссылка на урок в письме.', hard),
    negative('ru-h10', 'ru', 'Ставка доставки для вашего региона не изменилась.', hard),

    positive('uk-h01', 'uk', 'Маємо електронні сигарети та рідини до них, доставка по Києву.', ['tobacco']),
    positive('uk-h02', 'uk', 'Онлайн-казино дарує 50 обертань новим гравцям!', ['gambling']),
    positive('uk-h03', 'uk', 'Продам пістолет і набої до нього, без документів.', ['weapons']),
    positive('uk-h04', 'uk', 'Купуйте криптовалюту за найкращим курсом, без перевірки.', ['currency']),
    positive(
      'uk-h05',
      'uk',
      'Ваш код 4429. Встигніть: знижка 30% на все тільки сьогодні!',
      ['promotional'],
      'authentication',
    ),
    negative('uk-h06', 'uk', 'Ваш запис до перукаря підтверджено на четвер, 11:00.'),
    negative('uk-h07', 'uk', 'Вода для кавоварки та фільтри в наявності.'),
    negative('uk-h08', 'uk', 'Ставка податку для вашого замовлення розрахована автоматично.', hard),
    negative('uk-h09', 'uk', 'Набір для вишивання та нитки передані кур’єру.', hard),
    negative('uk-h10', 'uk', 'Дитячий водяний пістолет і м’яч — чудовий подарунок на літо.', hard),

    positive('pl-h01', 'pl', 'Mamy tanie papierosy z Ukrainy i tytoń do skręcania.', ['tobacco']),
    positive('pl-h02', 'pl', 'Obstawiaj mecze online i odbierz darmowe spiny w naszym kasynie!', ['gambling']),
    positive('pl-h03', 'pl', 'Sprzedam broń pneumatyczną i śrut, bez pozwolenia.', ['weapons']),
    positive('pl-h04', 'pl', 'Szybka pożyczka online nawet dla zadłużonych, decyzja w 5 minut.', ['payday_loans']),
    positive('pl-h05', 'pl', 'Twoja paczka dotarła. Oceń naszą obsługę w krótkiej ankiecie.', ['survey'], 'utility'),
    negative('pl-h06', 'pl', 'Twoja wizyta u fryzjera została przesunięta na piątek.'),
    negative('pl-h07', 'pl', 'Sok winogronowy i woda mineralna dla dzieci w promocyjnej cenie.', hard),
    negative('pl-h08', 'pl', 'Pistolet na wodę i piłka plażowa to hit tego lata!', hard),
    negative('pl-h09', 'pl', 'Dziękujemy za zakup fotela gamingowego, dostawa jutro.'),
    negative('pl-h10', 'pl', 'Karma dla kotów i żwirek zostały wysłane.', hard),

    positive('pt-h01', 'pt', 'Temos cigarros importados e charutos cubanos, entrega hoje.', ['tobacco']),
    positive('pt-h02', 'pt', 'Cassino online com 100 rodadas grátis para novos jogadores!', ['gambling']),
    positive('pt-h03', 'pt', 'Vendo espingarda calibre 12 e munição, sem documentação.', ['weapons']),
    positive('pt-h04', 'pt', 'Empréstimo rápido para negativado, aprovado na hora pelo WhatsApp.', ['payday_loans']),
    positive(
      'pt-h05',
      'pt',
      'Seu código é 7712. Aproveite: frete grátis em todo o site só hoje!',
      ['promotional'],
      'authentication',
    ),
    negative('pt-h06', 'pt', 'Seu horário no salão foi confirmado para sexta às 15h.'),
    negative('pt-h07', 'pt', 'Suco de uva integral e água com gás chegaram ao mercado.', hard),
    negative('pt-h08', 'pt', 'A pistola de pintura que você comprou foi enviada hoje.', hard),
    negative('pt-h09', 'pt', 'Seu pet foi vacinado com sucesso, obrigado pela confiança.', hard),
    negative('pt-h10', 'pt', 'Sua cadeira gamer será entregue em duas caixas.'),

    positive('es-h01', 'es', 'Tenemos cigarrillos de contrabando y puros cubanos a mitad de precio.', ['tobacco']),
    positive('es-h02', 'es', 'Casino online: deposita hoy y duplicamos tu bono de bienvenida.', ['gambling']),
    positive('es-h03', 'es', 'Vendo escopeta de caza y cartuchos, sin licencia.', ['weapons']),
    positive('es-h04', 'es', 'Préstamos al instante sin consultar buró, dinero en 10 minutos.', ['payday_loans']),
    positive(
      'es-h05',
      'es',
      'Tu pedido ha llegado. Valora tu experiencia de compra en nuestra encuesta.',
      ['survey'],
      'utility',
    ),
    negative('es-h06', 'es', 'Tu cita en la peluquería es el viernes a las 17:00.'),
    negative('es-h07', 'es', 'Zumo de uva y agua con gas para la fiesta infantil.', hard),
    negative('es-h08', 'es', 'La pistola de calor que pediste sale hoy del almacén.', hard),
    negative('es-h09', 'es', 'Comida para perros y arena para gatos en camino.', hard),
    negative('es-h10', 'es', 'Gracias por comprar la silla gamer, llega en dos cajas.'),
  ] as LabelledMessage[]
).map((m) => ({ ...m, part: 'held-out' as const }));
