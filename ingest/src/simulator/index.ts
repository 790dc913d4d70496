export { TrafficSimulator, generateEvents } from './traffic-simulator';
export {
  GroundTruth,
  VIOLATION_KINDS,
  type ViolationKind,
  type PlantTag,
  type ExpectedViolation,
} from './ground-truth';
export {
  SimulatorOptionsSchema,
  resolveOptions,
  type SimulatorOptions,
  type SimulatorInput,
} from './simulator-options';
export { SimulatorError, type SimulatorErrorCode } from './simulator-error';
export { WhatsAppEncoder, signPayload, type SignedPayload } from './whatsapp-encoder';
export { PROHIBITED_PHRASES, PROHIBITED_LANGUAGES, PROHIBITED_CATEGORIES, PROMO_PHRASES } from './texts';
export { planIncidents, type IncidentPlan, type HealthIncident, type HealthIncidentKind } from './incident-plan';
export { LocalClock, type LocalTime } from './local-clock';
export {
  buildWorld,
  SIM_CHANNELS,
  DEMO_TIME_ZONE,
  DEMO_BUSINESS_HOURS,
  DEMO_SLA_TARGETS,
  SLOWEST_AGENT_ID,
  type SlaKind,
  type World,
  type Campaign,
  type SimAccount,
  type Template,
  type Agent,
} from './world';
