import type { Message } from '../../types';
import type { complianceEn } from './en';

export const complianceRu: Record<keyof typeof complianceEn, Message> = {
  'compliance.tabs.label': 'Разделы соответствия требованиям',
  'compliance.tabs.violations': 'Нарушения',
  'compliance.tabs.contacts': 'Контакты и согласия',
  'compliance.tabs.rules': 'Правила',
  'compliance.tabs.reports': 'Отчёты',
};
