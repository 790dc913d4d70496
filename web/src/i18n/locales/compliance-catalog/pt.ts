import type { Message } from '../../types';
import type { complianceCatalogEn } from './en';

export const complianceCatalogPt: Record<keyof typeof complianceCatalogEn, Message> = {
  'complianceCatalog.subtitle': 'Catálogo de produtos',
  'complianceCatalog.forbidden':
    'O catálogo é para administradores, responsáveis de conformidade e gestores; a sua função não o pode abrir.',
  'complianceCatalog.import.title': 'Importar o catálogo de produtos',
  'complianceCatalog.import.intro':
    'Os produtos que partilha nas lojas do WhatsApp e do Instagram, num ficheiro CSV com linha de cabeçalho ou em NDJSON (um objeto JSON por linha). Os produtos são identificados pelo id: os novos são acrescentados, os alterados atualizados, e importar o mesmo ficheiro outra vez não muda nada. Verifique primeiro o ficheiro: nada é guardado e cada linha rejeitada é listada.',
  'complianceCatalog.import.column.itemId': 'obrigatório: o seu SKU ou id do produto',
  'complianceCatalog.import.column.title': 'obrigatório exceto se o produto foi retirado: o nome do produto',
  'complianceCatalog.import.column.description': 'a descrição do produto',
  'complianceCatalog.import.column.url': 'a página do produto (http ou https)',
  'complianceCatalog.import.column.accountId': 'o número ou conta que partilha o catálogo (senão o escolhido aqui)',
  'complianceCatalog.import.column.removed': 'true quando o produto foi retirado do catálogo',
  'complianceCatalog.import.docs': 'As regras completas estão em docs/compliance.md, secção Catalog items.',
  'complianceCatalog.import.account': 'Catálogo de',
  'complianceCatalog.import.accountFromFile': 'Como indica cada linha',
  'complianceCatalog.import.checked':
    'Verificadas {rows} linhas: {created} produtos novos, {updated} alterados, {unchanged} sem alterações e {removed} retirados; {rejected} linhas rejeitadas. Ainda nada foi guardado.',
  'complianceCatalog.import.done':
    'Importadas {rows} linhas: {created} produtos novos, {updated} alterados, {unchanged} sem alterações e {removed} retirados; {rejected} linhas rejeitadas. O catálogo está a ser verificado quanto a produtos proibidos.',
  'complianceCatalog.items.title': 'Produtos do catálogo',
  'complianceCatalog.items.search': 'Id ou nome do produto',
  'complianceCatalog.items.includeRemoved': 'Incluir produtos retirados',
  'complianceCatalog.items.hint':
    'Os produtos são verificados quanto a artigos proibidos e restritos como as mensagens que envia; o que for encontrado aparece com as outras violações:',
  'complianceCatalog.items.violations': 'conteúdo proibido',
  'complianceCatalog.items.empty': 'Não há produtos no catálogo.',
  'complianceCatalog.items.itemId': 'Id do produto',
  'complianceCatalog.items.itemTitle': 'Nome',
  'complianceCatalog.items.account': 'Conta',
  'complianceCatalog.items.updatedAt': 'Última alteração',
  'complianceCatalog.items.removedAt': 'Retirado',
};
