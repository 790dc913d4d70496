import type { Message } from '../../types';
import type { complianceRulesEn } from './en';

export const complianceRulesRu: Record<keyof typeof complianceRulesEn, Message> = {
  'complianceRules.subtitle': 'Правила',
  'complianceRules.forbidden':
    'Правила соответствия доступны администраторам, специалистам по соответствию и менеджерам; вашей роли они недоступны.',
  'complianceRules.revisionTitle': 'Действующие правила',
  'complianceRules.revision': 'Редакция {revision}, сохранена {at}, автор: {by}.',
  'complianceRules.neverSaved': 'Действуют встроенные значения: эти правила ни разу не меняли.',
  'complianceRules.rerunNote':
    'Сохранение создаёт новую редакцию и заново запускает поиск нарушений по всей истории: нарушения, которых новые правила больше не находят, отзываются (остаются с отметкой «отозвано»), новые добавляются, и у каждого указана версия правила, которая его нашла.',
  'complianceRules.ruleSetVersion': 'Встроенный набор правил содержимого {version}.',
  'complianceRules.readOnly':
    'Вы можете просматривать правила; меняют их администраторы и специалисты по соответствию.',
  'complianceRules.frequencyTitle': 'Ограничение частоты',
  'complianceRules.frequencyHint':
    'Маркетинговые сообщения одному контакту в одном канале за скользящее окно; каждое сообщение сверх лимита — нарушение низкой важности.',
  'complianceRules.frequencyEnabled': 'Проверять ограничение частоты',
  'complianceRules.frequencyCount': 'Допустимо маркетинговых сообщений (1–1000)',
  'complianceRules.frequencyWindow': 'За часов (1–720)',
  'complianceRules.quietTitle': 'Тихие часы',
  'complianceRules.quietHint':
    'Маркетинговые сообщения не должны приходить, пока местное время контакта находится в этом окне.',
  'complianceRules.quietEnabled': 'Проверять тихие часы',
  'complianceRules.quietStart': 'Тишина с',
  'complianceRules.quietEnd': 'Тишина до',
  'complianceRules.quietEndHint': 'Не включительно; конец раньше начала переходит через полночь (21:00–08:00).',
  'complianceRules.quietZone':
    'Часовой пояс контакта — основной пояс страны его номера телефона; если она неизвестна (e-mail, id платформ), используется часовой пояс организации.',
  'complianceRules.contentTitle': 'Категории содержимого',
  'complianceRules.contentHint':
    'Сообщения бизнеса проверяются по категориям запрещённых и ограниченных товаров, а служебные шаблоны и шаблоны аутентификации — на рекламу и опросы. Отключите категорию, добавьте свои термины и допустимые контексты или разрешите регулируемую категорию для контактов из указанных стран.',
  'complianceRules.termSyntax':
    'Один термин в строке, как его пишут люди (регистр, диакритика и похожие буквы не важны): основа* совпадает с формами слова, a|b — с любым из слов, # — с числом, «левое ~ правое» — с обеими фразами рядом в любом порядке. Синтаксис — в docs/content-classifier.md.',
  'complianceRules.prohibitedTitle': 'Запрещённые и ограниченные товары',
  'complianceRules.misuseTitle': 'Злоупотребление служебными шаблонами и шаблонами аутентификации',
  'complianceRules.regulated': 'Регулируемая',
  'complianceRules.disabled': 'Выкл.',
  'complianceRules.severity.LOW': 'Низкая',
  'complianceRules.severity.MEDIUM': 'Средняя',
  'complianceRules.severity.HIGH': 'Высокая',
  'complianceRules.severity.CRITICAL': 'Критическая',
  'complianceRules.termCount': 'Встроенных терминов: {terms} ({languages})',
  'complianceRules.categoryEnabled': 'Проверять: {category}',
  'complianceRules.extraTerms': 'Дополнительные термины: {category}',
  'complianceRules.extraTermsHint': 'Отмечаются вдобавок к встроенным терминам.',
  'complianceRules.exceptions': 'Допустимые контексты: {category}',
  'complianceRules.exceptionsHint':
    'Фразы, отменяющие совпадение рядом (например, «платье винного цвета»); встроенных допустимых контекстов: {exceptions}.',
  'complianceRules.allowedCountries': 'Разрешено для контактов из стран — {category}',
  'complianceRules.allowedCountriesHint':
    'Двухбуквенные коды ISO через запятую, например PL, DE. Там категория отмечается со средней важностью, а не как запрещённая.',
  'complianceRules.save': 'Сохранить и перепроверить',
  'complianceRules.lineIssue': 'Строка {line}: {message}',
  'complianceRules.validation.count': 'Введите целое число от 1 до 1000.',
  'complianceRules.validation.windowHours': 'Введите целое число часов от 1 до 720.',
  'complianceRules.validation.time': 'Введите время в формате ЧЧ:ММ.',
  'complianceRules.validation.sameTime': 'Тихое окно не может начинаться и заканчиваться в одно время.',
  'complianceRules.validation.countries': 'Используйте двухбуквенные коды стран ISO, например PL или DE.',
};
