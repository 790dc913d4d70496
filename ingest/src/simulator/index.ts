export { TrafficSimulator, generateEvents } from './traffic-simulator';
export { GroundTruth, VIOLATION_KINDS, type ViolationKind, type PlantTag } from './ground-truth';
export {
  SimulatorOptionsSchema,
  resolveOptions,
  type SimulatorOptions,
  type SimulatorInput,
} from './simulator-options';
export { SimulatorError, type SimulatorErrorCode } from './simulator-error';
export { WhatsAppEncoder, signPayload, type SignedPayload } from './whatsapp-encoder';
export { PROHIBITED_PHRASES, PROHIBITED_LANGUAGES, PROHIBITED_CATEGORIES, PROMO_PHRASES } from './texts';
export {
  buildWorld,
  SIM_CHANNELS,
  type World,
  type Campaign,
  type SimAccount,
  type Template,
  type Agent,
} from './world';
