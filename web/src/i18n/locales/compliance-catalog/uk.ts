import type { Message } from '../../types';
import type { complianceCatalogEn } from './en';

export const complianceCatalogUk: Record<keyof typeof complianceCatalogEn, Message> = {
  'complianceCatalog.subtitle': 'Каталог товарів',
  'complianceCatalog.forbidden':
    'Каталог доступний адміністраторам, фахівцям із комплаєнсу та менеджерам; ваша роль не може його відкрити.',
  'complianceCatalog.import.title': 'Імпорт каталогу товарів',
  'complianceCatalog.import.intro':
    'Товари, які ви показуєте в магазинах WhatsApp та Instagram, — файлом CSV із рядком заголовків або NDJSON (один об’єкт JSON у рядку). Товари зіставляються за ідентифікатором: нові додаються, змінені оновлюються, повторний імпорт того самого файлу нічого не змінює. Спершу перевірте файл: нічого не зберігається, а кожен відхилений рядок показується.',
  'complianceCatalog.import.column.itemId': 'обов’язково: ваш артикул (SKU) або id товару',
  'complianceCatalog.import.column.title': 'обов’язково, якщо товар не видалено: назва товару',
  'complianceCatalog.import.column.description': 'опис товару',
  'complianceCatalog.import.column.url': 'сторінка товару (http або https)',
  'complianceCatalog.import.column.accountId': 'номер або акаунт, що показує каталог (інакше вибраний тут)',
  'complianceCatalog.import.column.removed': 'true, якщо товар прибрано з каталогу',
  'complianceCatalog.import.docs': 'Повні правила — у docs/compliance.md, розділ Catalog items.',
  'complianceCatalog.import.account': 'Каталог акаунта',
  'complianceCatalog.import.accountFromFile': 'Як зазначено в рядках',
  'complianceCatalog.import.checked':
    'Перевірено рядків: {rows}. Товарів нових: {created}, змінених: {updated}, без змін: {unchanged}, видалених: {removed}; відхилено рядків: {rejected}. Поки нічого не збережено.',
  'complianceCatalog.import.done':
    'Імпортовано рядків: {rows}. Товарів нових: {created}, змінених: {updated}, без змін: {unchanged}, видалених: {removed}; відхилено рядків: {rejected}. Каталог перевіряється на заборонені товари.',
  'complianceCatalog.items.title': 'Товари каталогу',
  'complianceCatalog.items.search': 'Id або назва товару',
  'complianceCatalog.items.includeRemoved': 'Показувати видалені',
  'complianceCatalog.items.hint':
    'Товари перевіряються на заборонені та обмежені категорії так само, як надіслані повідомлення; знайдене показано разом з іншими порушеннями:',
  'complianceCatalog.items.violations': 'заборонений контент',
  'complianceCatalog.items.empty': 'У каталозі немає товарів.',
  'complianceCatalog.items.itemId': 'Id товару',
  'complianceCatalog.items.itemTitle': 'Назва',
  'complianceCatalog.items.account': 'Акаунт',
  'complianceCatalog.items.updatedAt': 'Змінено',
  'complianceCatalog.items.removedAt': 'Видалено',
};
