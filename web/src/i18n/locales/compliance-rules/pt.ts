import type { Message } from '../../types';
import type { complianceRulesEn } from './en';

export const complianceRulesPt: Record<keyof typeof complianceRulesEn, Message> = {
  'complianceRules.subtitle': 'Regras',
  'complianceRules.forbidden':
    'As regras de conformidade são para administradores, responsáveis por conformidade e gerentes; sua função não pode abri-las.',
  'complianceRules.revisionTitle': 'Regras atuais',
  'complianceRules.revision': 'Revisão {revision}, salva em {at} por {by}.',
  'complianceRules.neverSaved': 'Valem os padrões internos: estas regras nunca foram alteradas.',
  'complianceRules.rerunNote':
    'Salvar cria uma nova revisão e executa a detecção de novo em todo o histórico: violações que as novas regras não encontram mais são retiradas (mantidas, marcadas como retiradas), novas são adicionadas, e cada uma traz a versão da regra que a encontrou.',
  'complianceRules.ruleSetVersion': 'Conjunto interno de regras de conteúdo {version}.',
  'complianceRules.readOnly': 'Você pode ler estas regras; administradores e responsáveis por conformidade as alteram.',
  'complianceRules.frequencyTitle': 'Limite de frequência',
  'complianceRules.frequencyHint':
    'Mensagens de marketing para um contato num canal dentro de uma janela móvel; cada mensagem além do limite é uma violação de baixa gravidade.',
  'complianceRules.frequencyEnabled': 'Verificar o limite de frequência',
  'complianceRules.frequencyCount': 'Mensagens de marketing permitidas (1–1000)',
  'complianceRules.frequencyWindow': 'Em horas (1–720)',
  'complianceRules.quietTitle': 'Horário de silêncio',
  'complianceRules.quietHint':
    'Mensagens de marketing não devem chegar enquanto o relógio local do contato estiver nesta janela.',
  'complianceRules.quietEnabled': 'Verificar o horário de silêncio',
  'complianceRules.quietStart': 'Silêncio de',
  'complianceRules.quietEnd': 'Silêncio até',
  'complianceRules.quietEndHint': 'Exclusivo; um fim antes do início passa da meia-noite (21:00–08:00).',
  'complianceRules.quietZone':
    'O fuso horário do contato é o fuso principal do país do seu número de telefone; quando não se sabe (e-mail, ids de plataforma), usa-se o fuso horário da organização.',
  'complianceRules.contentTitle': 'Categorias de conteúdo',
  'complianceRules.contentHint':
    'As mensagens da empresa são verificadas contra as categorias de produtos proibidos e restritos, e os modelos de utilidade ou autenticação contra conteúdo promocional e pesquisas. Desative uma categoria, adicione seus termos e contextos permitidos ou permita uma categoria regulamentada para contatos dos países listados.',
  'complianceRules.termSyntax':
    'Um termo por linha, escrito como as pessoas escrevem (maiúsculas, acentos e letras parecidas não importam): radical* casa com as formas da palavra, a|b com qualquer das palavras, # com um número, “esquerda ~ direita” com as duas frases próximas em qualquer ordem. Sintaxe em docs/content-classifier.md.',
  'complianceRules.prohibitedTitle': 'Produtos proibidos e restritos',
  'complianceRules.misuseTitle': 'Uso indevido de modelos de utilidade e autenticação',
  'complianceRules.regulated': 'Regulamentada',
  'complianceRules.disabled': 'Desativada',
  'complianceRules.severity.LOW': 'Baixa',
  'complianceRules.severity.MEDIUM': 'Média',
  'complianceRules.severity.HIGH': 'Alta',
  'complianceRules.severity.CRITICAL': 'Crítica',
  'complianceRules.termCount': 'Termos internos: {terms} ({languages})',
  'complianceRules.categoryEnabled': 'Verificar: {category}',
  'complianceRules.extraTerms': 'Termos extras: {category}',
  'complianceRules.extraTermsHint': 'Sinalizados além dos termos internos.',
  'complianceRules.exceptions': 'Contextos permitidos: {category}',
  'complianceRules.exceptionsHint':
    'Frases que anulam uma ocorrência próxima (p. ex. “vestido cor de vinho”); contextos permitidos internos: {exceptions}.',
  'complianceRules.allowedCountries': 'Permitida para contatos de (países) — {category}',
  'complianceRules.allowedCountriesHint':
    'Códigos ISO de duas letras separados por vírgulas, p. ex. PL, DE. Lá a categoria é relatada com gravidade média em vez de sinalizada como proibida.',
  'complianceRules.save': 'Salvar e detectar de novo',
  'complianceRules.lineIssue': 'Linha {line}: {message}',
  'complianceRules.validation.count': 'Digite um número inteiro de 1 a 1000.',
  'complianceRules.validation.windowHours': 'Digite horas inteiras de 1 a 720.',
  'complianceRules.validation.time': 'Digite um horário no formato HH:MM.',
  'complianceRules.validation.sameTime': 'A janela de silêncio não pode começar e terminar no mesmo horário.',
  'complianceRules.validation.countries': 'Use códigos de país ISO de duas letras, como PL ou DE.',
};
