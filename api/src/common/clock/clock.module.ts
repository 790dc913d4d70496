import { Global, Module, type DynamicModule } from '@nestjs/common';
import { Clock, SystemClock } from './clock';

/** Provides `Clock` everywhere: the wall clock, or the one a test passes in. */
@Global()
@Module({})
export class ClockModule {
  static forRoot(clock: Clock = new SystemClock()): DynamicModule {
    return { module: ClockModule, providers: [{ provide: Clock, useValue: clock }], exports: [Clock] };
  }
}
