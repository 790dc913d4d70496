import type { FactoryProvider, Type } from '@nestjs/common';
import { claimOf, VIOLATION_DETECTORS, type ViolationDetector } from './violation-detector';

/**
 * The `VIOLATION_DETECTORS` provider: every listed detector class (provided by its own module) injected and
 * returned as one array. Refuses two detectors for the same kind and source, so their retractions have one author.
 */
export function violationDetectorsProvider(...detectors: Type<ViolationDetector>[]): FactoryProvider {
  return {
    provide: VIOLATION_DETECTORS,
    inject: detectors,
    useFactory: (...instances: ViolationDetector[]): ViolationDetector[] => {
      const seen = new Set<string>();
      for (const detector of instances) {
        for (const kind of detector.kinds) {
          const claim = claimOf(kind, detector.source);
          if (seen.has(claim)) throw new Error(`Two violation detectors detect ${claim}`);
          seen.add(claim);
        }
      }
      return instances;
    },
  };
}
