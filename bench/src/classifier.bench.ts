/**
 * Content classifier throughput (issue 6; docs/content-classifier.md). Builds N business-message-like texts of
 * 100–300 characters from short service sentences in the six languages, 10% of them carrying a prohibited
 * phrase and 30% classified as utility templates, compiles the built-in rule set once and classifies every text
 * on this one thread, printing messages per second (wall clock and process CPU time) and the compile time.
 *
 * Usage (after `npx tsc -b tsconfig.build.json`):
 *   node bench/dist/classifier.bench.js [--messages 20000] [--rounds 5] [--seed 7]
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import {
  BUILT_IN_RULE_SET,
  classifyContent,
  compileRuleSet,
  type ClassifyOptions,
} from '@checkmark/schemas/compliance';

const SENTENCES = [
  'Your order 48213 has been shipped and will arrive on Thursday.',
  'Thanks for reaching out! Could you send a photo of the damaged item?',
  'The technician will arrive between 14:00 and 16:00 to install your router.',
  'Ваш заказ передан в службу доставки, курьер позвонит заранее.',
  'Подскажите, пожалуйста, номер телефона, указанный при заказе.',
  'Повернення оформлено, кошти надійдуть на картку протягом 5 днів.',
  'Нагадуємо: запис до стоматолога завтра о 10:00.',
  'Twoje zamówienie zostało przekazane kurierowi, dotrze jutro.',
  'Czy może Pan podać numer telefonu podany przy zamówieniu?',
  'Recebemos sua devolução; o estorno aparece em até 5 dias úteis.',
  'Nossa loja no shopping funciona hoje das 10h às 22h.',
  'Recibimos tu devolución; el reembolso llegará en 5 días hábiles.',
  '¿Nos puedes enviar una foto del producto dañado?',
];
const FLAGGED = [
  'Premium whisky and vodka delivered tonight.',
  'Ставки на спорт и бонус казино 200%.',
  'Позика до зарплати за 5 хвилин.',
  'Sterydy anaboliczne i hormon wzrostu.',
  'Use o cupom SAVE20 para 20% de desconto no próximo pedido!',
  'Cigarrillos electrónicos y vapers desechables.',
];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

function buildTexts(count: number, seed: number): { text: string; opts: ClassifyOptions }[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  return Array.from({ length: count }, () => {
    const target = 100 + Math.floor(next() * 200);
    const flagged = next() < 0.1;
    let text = flagged ? pick(FLAGGED) : '';
    while (text.length < target) text = `${text} ${pick(SENTENCES)}`.trim();
    const opts: ClassifyOptions = next() < 0.3 ? { isTemplate: true, templateCategory: 'utility' } : {};
    return { text: text.slice(0, 300), opts };
  });
}

function main(): void {
  const { values } = parseArgs({
    options: {
      messages: { type: 'string', default: '20000' },
      rounds: { type: 'string', default: '5' },
      seed: { type: 'string', default: '7' },
    },
  });
  const texts = buildTexts(Number(values.messages), Number(values.seed));
  const compileStart = performance.now();
  const rules = compileRuleSet(BUILT_IN_RULE_SET);
  const compileMs = performance.now() - compileStart;
  // Warm-up round so the JIT has compiled the hot paths before timing.
  let findings = 0;
  for (const { text, opts } of texts) findings += classifyContent(rules, text, opts).length;
  const rounds = Number(values.rounds);
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  for (let r = 0; r < rounds; r++) for (const { text, opts } of texts) classifyContent(rules, text, opts);
  const wallMs = performance.now() - wallStart;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const classified = texts.length * rounds;
  const avgChars = texts.reduce((sum, t) => sum + t.text.length, 0) / texts.length;
  console.log(`rule set ${rules.version}, compiled in ${compileMs.toFixed(0)} ms`);
  console.log(`${texts.length} texts, ${avgChars.toFixed(0)} characters on average, ${findings} findings per round`);
  console.log(`${classified} classifications: ${Math.round(classified / (wallMs / 1000))} messages/s wall clock`);
  console.log(`${Math.round(classified / (cpuMs / 1000))} messages/s of process CPU time (one thread)`);
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`);
}

main();
