import type { Message } from '../../types';
import type { complianceRulesEn } from './en';

export const complianceRulesUk: Record<keyof typeof complianceRulesEn, Message> = {
  'complianceRules.subtitle': 'Правила',
  'complianceRules.forbidden':
    'Правила відповідності доступні адміністраторам, фахівцям з відповідності та менеджерам; вашій ролі вони недоступні.',
  'complianceRules.revisionTitle': 'Чинні правила',
  'complianceRules.revision': 'Редакція {revision}, збережена {at}, автор: {by}.',
  'complianceRules.neverSaved': 'Діють вбудовані значення: ці правила жодного разу не змінювали.',
  'complianceRules.rerunNote':
    'Збереження створює нову редакцію й заново запускає пошук порушень по всій історії: порушення, яких нові правила більше не знаходять, відкликаються (лишаються з позначкою «відкликано»), нові додаються, і кожне має версію правила, що його знайшла.',
  'complianceRules.ruleSetVersion': 'Вбудований набір правил вмісту {version}.',
  'complianceRules.readOnly': 'Ви можете переглядати правила; змінюють їх адміністратори та фахівці з відповідності.',
  'complianceRules.frequencyTitle': 'Обмеження частоти',
  'complianceRules.frequencyHint':
    'Маркетингові повідомлення одному контакту в одному каналі за ковзне вікно; кожне повідомлення понад ліміт — порушення низької важливості.',
  'complianceRules.frequencyEnabled': 'Перевіряти обмеження частоти',
  'complianceRules.frequencyCount': 'Дозволено маркетингових повідомлень (1–1000)',
  'complianceRules.frequencyWindow': 'За годин (1–720)',
  'complianceRules.quietTitle': 'Тихі години',
  'complianceRules.quietHint':
    'Маркетингові повідомлення не мають надходити, поки місцевий час контакту в цьому вікні.',
  'complianceRules.quietEnabled': 'Перевіряти тихі години',
  'complianceRules.quietStart': 'Тиша з',
  'complianceRules.quietEnd': 'Тиша до',
  'complianceRules.quietEndHint': 'Не включно; кінець раніше за початок переходить через північ (21:00–08:00).',
  'complianceRules.quietZone':
    'Часовий пояс контакту — основний пояс країни його номера телефону; якщо вона невідома (e-mail, id платформ), використовується часовий пояс організації.',
  'complianceRules.contentTitle': 'Категорії вмісту',
  'complianceRules.contentHint':
    'Повідомлення бізнесу перевіряються за категоріями заборонених і обмежених товарів, а службові шаблони та шаблони автентифікації — на рекламу й опитування. Вимкніть категорію, додайте свої терміни та дозволені контексти або дозвольте регульовану категорію для контактів із зазначених країн.',
  'complianceRules.termSyntax':
    'Один термін у рядку, як його пишуть люди (регістр, діакритика й схожі літери не важливі): основа* збігається з формами слова, a|b — з будь-яким зі слів, # — з числом, «ліве ~ праве» — з обома фразами поруч у будь-якому порядку. Синтаксис — у docs/content-classifier.md.',
  'complianceRules.prohibitedTitle': 'Заборонені та обмежені товари',
  'complianceRules.misuseTitle': 'Зловживання службовими шаблонами та шаблонами автентифікації',
  'complianceRules.regulated': 'Регульована',
  'complianceRules.disabled': 'Вимк.',
  'complianceRules.severity.LOW': 'Низька',
  'complianceRules.severity.MEDIUM': 'Середня',
  'complianceRules.severity.HIGH': 'Висока',
  'complianceRules.severity.CRITICAL': 'Критична',
  'complianceRules.termCount': 'Вбудованих термінів: {terms} ({languages})',
  'complianceRules.categoryEnabled': 'Перевіряти: {category}',
  'complianceRules.extraTerms': 'Додаткові терміни: {category}',
  'complianceRules.extraTermsHint': 'Позначаються на додачу до вбудованих термінів.',
  'complianceRules.exceptions': 'Дозволені контексти: {category}',
  'complianceRules.exceptionsHint':
    'Фрази, що скасовують збіг поруч (наприклад, «сукня винного кольору»); вбудованих дозволених контекстів: {exceptions}.',
  'complianceRules.allowedCountries': 'Дозволено для контактів із країн — {category}',
  'complianceRules.allowedCountriesHint':
    'Дволітерні коди ISO через кому, наприклад PL, DE. Там категорія позначається із середньою важливістю, а не як заборонена.',
  'complianceRules.save': 'Зберегти й перевірити заново',
  'complianceRules.lineIssue': 'Рядок {line}: {message}',
  'complianceRules.validation.count': 'Введіть ціле число від 1 до 1000.',
  'complianceRules.validation.windowHours': 'Введіть ціле число годин від 1 до 720.',
  'complianceRules.validation.time': 'Введіть час у форматі ГГ:ХХ.',
  'complianceRules.validation.sameTime': 'Тихе вікно не може починатися й закінчуватися в один час.',
  'complianceRules.validation.countries': 'Використовуйте дволітерні коди країн ISO, наприклад PL або DE.',
};
