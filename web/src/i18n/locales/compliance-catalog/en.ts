import type { Message } from '../../types';

/** Compliance → Catalog: the product catalog import and its items (issue 6). */
export const complianceCatalogEn = {
  'complianceCatalog.subtitle': 'Product catalog',
  'complianceCatalog.forbidden':
    'The catalog is for administrators, compliance officers and managers; your role cannot open it.',
  'complianceCatalog.import.title': 'Import the product catalog',
  'complianceCatalog.import.intro':
    'The products you share in WhatsApp and Instagram shops, as a CSV file with a header row or as NDJSON (one JSON object per line). Items are matched by their id: new ones are added, changed ones updated, and importing the same file again changes nothing. Check the file first: nothing is stored and every rejected row is listed.',
  'complianceCatalog.import.column.itemId': 'required: your SKU or retailer id',
  'complianceCatalog.import.column.title': 'required unless the item is removed: the product name',
  'complianceCatalog.import.column.description': 'the product description',
  'complianceCatalog.import.column.url': 'the product page (http or https)',
  'complianceCatalog.import.column.accountId': 'the number or account sharing the catalog (else the one chosen here)',
  'complianceCatalog.import.column.removed': 'true when the item was taken out of the catalog',
  'complianceCatalog.import.docs': 'The full rules are in docs/compliance.md, section Catalog items.',
  'complianceCatalog.import.account': 'Catalog of',
  'complianceCatalog.import.accountFromFile': 'As each row says',
  'complianceCatalog.import.checked':
    'Checked {rows} rows: {created} new, {updated} changed, {unchanged} unchanged and {removed} removed items; {rejected} rows rejected. Nothing has been stored yet.',
  'complianceCatalog.import.done':
    'Imported {rows} rows: {created} new, {updated} changed, {unchanged} unchanged and {removed} removed items; {rejected} rows rejected. The catalog is being checked for prohibited goods.',
  'complianceCatalog.items.title': 'Catalog items',
  'complianceCatalog.items.search': 'Item id or title',
  'complianceCatalog.items.includeRemoved': 'Include removed items',
  'complianceCatalog.items.hint':
    'Items are checked for prohibited and restricted goods like the messages you send; what is found is listed with the other violations:',
  'complianceCatalog.items.violations': 'prohibited content',
  'complianceCatalog.items.empty': 'No catalog items.',
  'complianceCatalog.items.itemId': 'Item id',
  'complianceCatalog.items.itemTitle': 'Title',
  'complianceCatalog.items.account': 'Account',
  'complianceCatalog.items.updatedAt': 'Last changed',
  'complianceCatalog.items.removedAt': 'Removed',
} satisfies Record<string, Message>;
