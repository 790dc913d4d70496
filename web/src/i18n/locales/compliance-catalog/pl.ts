import type { Message } from '../../types';
import type { complianceCatalogEn } from './en';

export const complianceCatalogPl: Record<keyof typeof complianceCatalogEn, Message> = {
  'complianceCatalog.subtitle': 'Katalog produktów',
  'complianceCatalog.forbidden':
    'Katalog jest dostępny dla administratorów, specjalistów ds. zgodności i menedżerów; Twoja rola nie może go otworzyć.',
  'complianceCatalog.import.title': 'Import katalogu produktów',
  'complianceCatalog.import.intro':
    'Produkty, które udostępniasz w sklepach WhatsApp i Instagram, jako plik CSV z wierszem nagłówków lub NDJSON (jeden obiekt JSON w wierszu). Produkty są dopasowywane po identyfikatorze: nowe są dodawane, zmienione aktualizowane, a ponowny import tego samego pliku niczego nie zmienia. Najpierw sprawdź plik: nic nie jest zapisywane, a każdy odrzucony wiersz jest wymieniony.',
  'complianceCatalog.import.column.itemId': 'wymagane: Twój SKU lub identyfikator produktu',
  'complianceCatalog.import.column.title': 'wymagane, chyba że produkt usunięto: nazwa produktu',
  'complianceCatalog.import.column.description': 'opis produktu',
  'complianceCatalog.import.column.url': 'strona produktu (http lub https)',
  'complianceCatalog.import.column.accountId': 'numer lub konto udostępniające katalog (inaczej wybrane tutaj)',
  'complianceCatalog.import.column.removed': 'true, gdy produkt wycofano z katalogu',
  'complianceCatalog.import.docs': 'Pełne zasady: docs/compliance.md, sekcja Catalog items.',
  'complianceCatalog.import.account': 'Katalog konta',
  'complianceCatalog.import.accountFromFile': 'Jak podano w wierszach',
  'complianceCatalog.import.checked':
    'Sprawdzono wierszy: {rows}. Produkty nowe: {created}, zmienione: {updated}, bez zmian: {unchanged}, usunięte: {removed}; odrzucone wiersze: {rejected}. Nic jeszcze nie zapisano.',
  'complianceCatalog.import.done':
    'Zaimportowano wierszy: {rows}. Produkty nowe: {created}, zmienione: {updated}, bez zmian: {unchanged}, usunięte: {removed}; odrzucone wiersze: {rejected}. Katalog jest sprawdzany pod kątem zakazanych towarów.',
  'complianceCatalog.items.title': 'Produkty w katalogu',
  'complianceCatalog.items.search': 'Identyfikator lub nazwa produktu',
  'complianceCatalog.items.includeRemoved': 'Pokaż usunięte',
  'complianceCatalog.items.hint':
    'Produkty są sprawdzane pod kątem towarów zakazanych i ograniczonych tak jak wysyłane wiadomości; wyniki są na liście naruszeń:',
  'complianceCatalog.items.violations': 'zakazane treści',
  'complianceCatalog.items.empty': 'Brak produktów w katalogu.',
  'complianceCatalog.items.itemId': 'Identyfikator',
  'complianceCatalog.items.itemTitle': 'Nazwa',
  'complianceCatalog.items.account': 'Konto',
  'complianceCatalog.items.updatedAt': 'Ostatnia zmiana',
  'complianceCatalog.items.removedAt': 'Usunięto',
};
