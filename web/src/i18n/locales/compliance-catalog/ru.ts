import type { Message } from '../../types';
import type { complianceCatalogEn } from './en';

export const complianceCatalogRu: Record<keyof typeof complianceCatalogEn, Message> = {
  'complianceCatalog.subtitle': 'Каталог товаров',
  'complianceCatalog.forbidden':
    'Каталог доступен администраторам, специалистам по комплаенсу и менеджерам; ваша роль не может его открыть.',
  'complianceCatalog.import.title': 'Импорт каталога товаров',
  'complianceCatalog.import.intro':
    'Товары, которые вы показываете в магазинах WhatsApp и Instagram, — файлом CSV со строкой заголовков или NDJSON (один объект JSON в строке). Товары сопоставляются по идентификатору: новые добавляются, изменённые обновляются, повторный импорт того же файла ничего не меняет. Сначала проверьте файл: ничего не сохраняется, а каждая отклонённая строка показывается.',
  'complianceCatalog.import.column.itemId': 'обязательно: ваш артикул (SKU) или id товара',
  'complianceCatalog.import.column.title': 'обязательно, если товар не удалён: название товара',
  'complianceCatalog.import.column.description': 'описание товара',
  'complianceCatalog.import.column.url': 'страница товара (http или https)',
  'complianceCatalog.import.column.accountId': 'номер или аккаунт, показывающий каталог (иначе выбранный здесь)',
  'complianceCatalog.import.column.removed': 'true, если товар убран из каталога',
  'complianceCatalog.import.docs': 'Полные правила — в docs/compliance.md, раздел Catalog items.',
  'complianceCatalog.import.account': 'Каталог аккаунта',
  'complianceCatalog.import.accountFromFile': 'Как указано в строках',
  'complianceCatalog.import.checked':
    'Проверено строк: {rows}. Товаров новых: {created}, изменённых: {updated}, без изменений: {unchanged}, удалённых: {removed}; отклонено строк: {rejected}. Пока ничего не сохранено.',
  'complianceCatalog.import.done':
    'Импортировано строк: {rows}. Товаров новых: {created}, изменённых: {updated}, без изменений: {unchanged}, удалённых: {removed}; отклонено строк: {rejected}. Каталог проверяется на запрещённые товары.',
  'complianceCatalog.items.title': 'Товары каталога',
  'complianceCatalog.items.search': 'Id или название товара',
  'complianceCatalog.items.includeRemoved': 'Показывать удалённые',
  'complianceCatalog.items.hint':
    'Товары проверяются на запрещённые и ограниченные категории так же, как отправляемые сообщения; найденное показано вместе с другими нарушениями:',
  'complianceCatalog.items.violations': 'запрещённый контент',
  'complianceCatalog.items.empty': 'В каталоге нет товаров.',
  'complianceCatalog.items.itemId': 'Id товара',
  'complianceCatalog.items.itemTitle': 'Название',
  'complianceCatalog.items.account': 'Аккаунт',
  'complianceCatalog.items.updatedAt': 'Изменён',
  'complianceCatalog.items.removedAt': 'Удалён',
};
