import { negative, positive, type LabelledMessage } from './labelled-message';

const hard = { hard: true };

/**
 * Slang, misspellings, offers without any listed word, and allowed products named after a flagged one: written
 * after the rules were frozen to show what term matching misses or over-flags; never used to tune the rules.
 */
export const STRESS_MESSAGES: readonly LabelledMessage[] = (
  [
    positive('en-s01', 'en', 'Got that good green and some edibles, DM for prices.', ['drugs']),
    positive('en-s02', 'en', 'Ice-cold ones delivered to your door tonight, 24-pack only 20 USD.', ['alcohol']),
    positive('en-s03', 'en', 'Kitties looking for a new home, 300 USD each, pick up Saturday.', ['live_animals']),
    positive('en-s04', 'en', 'Best cassinno bonuses this week, 200% on your first deposit.', ['gambling']),
    negative('en-s05', 'en', 'Tonight: Casino Royale screening and popcorn in our cinema lounge.', hard),
    negative('en-s06', 'en', 'Try our beer-battered fish and chips, now on the lunch menu.', hard),
    negative('en-s07', 'en', 'Penne alla vodka sauce jars are back on the shelf.', hard),

    positive('ru-s01', 'ru', 'Есть шишки и гаш, пиши в личку.', ['drugs']),
    positive('ru-s02', 'ru', 'Ставлю на Зенит, коэффициент 2.5, кто со мной? Пиши, дам ссылку на контору.', [
      'gambling',
    ]),
    positive('ru-s03', 'ru', 'Отдам котят в добрые руки за символическую плату 3000 ₽.', ['live_animals']),
    negative('ru-s04', 'ru', 'Торт «Пьяная вишня» с коньячной пропиткой можно заказать к пятнице.', hard),
    negative('ru-s05', 'ru', 'Новый сезон сериала про казино уже в нашем онлайн-кинотеатре.', hard),

    positive('uk-s01', 'uk', 'Є травичка і гриби, пиши в особисті.', ['drugs']),
    positive('uk-s02', 'uk', 'Горілочка домашня, 5 літрів, привезу сьогодні.', ['alcohol']),
    negative('uk-s03', 'uk', 'Цукерки з лікером та кава — подарунковий набір до свят.', hard),
    negative('uk-s04', 'uk', 'Фільм «Казино» у нашому кінотеатрі в суботу о 20:00.', hard),

    positive('pl-s01', 'pl', 'Mam zielsko najlepszej jakości, pisz na priv.', ['drugs']),
    positive('pl-s02', 'pl', 'Sprzedam klamkę z tłumikiem, bez papierów.', ['weapons']),
    negative('pl-s03', 'pl', 'Pierogi z kapustą i piwem — nowy przepis na naszym blogu.', hard),
    negative('pl-s04', 'pl', 'Ciasto z rumem i rodzynkami można zamówić do piątku.', hard),

    positive('pt-s01', 'pt', 'Tem beck e prensado, chama no privado.', ['drugs']),
    positive('pt-s02', 'pt', 'Breja trincando entregue na sua casa em 20 minutos.', ['alcohol']),
    negative('pt-s03', 'pt', 'Bolo de chocolate com licor de cereja por encomenda.', hard),
    negative('pt-s04', 'pt', 'Fantasia de cowboy com pistola de brinquedo para o Carnaval.', hard),

    positive('es-s01', 'es', 'Chelas bien frías a domicilio, seis por 100 pesos.', ['alcohol']),
    positive('es-s02', 'es', 'Tengo mota de la buena, mándame mensaje.', ['drugs']),
    negative('es-s03', 'es', 'Tarta de whisky y nueces disponible este fin de semana.', hard),
    negative('es-s04', 'es', 'Noche de película: Casino de Scorsese en nuestra terraza.', hard),
  ] as LabelledMessage[]
).map((m) => ({ ...m, part: 'stress' as const }));
