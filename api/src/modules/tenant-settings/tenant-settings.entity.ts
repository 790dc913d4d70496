import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface BusinessHoursInterval {
  /** 1 = Monday … 7 = Sunday. */
  dayOfWeek: number;
  /** "HH:MM" local time in the tenant's zone. */
  opens: string;
  /** "HH:MM", later than `opens`; "24:00" for midnight. */
  closes: string;
}

const jsonText = {
  to: (value: unknown) => JSON.stringify(value),
  from: (value: string) => JSON.parse(value) as unknown,
};

/** A tenant's calendar: its time zone, weekly business hours and holidays. One row per tenant, once changed. */
@Entity('tenant_settings')
export class TenantSettings {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId!: string;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone!: string;

  @Column({ name: 'business_hours', type: 'text', transformer: jsonText })
  businessHours!: BusinessHoursInterval[];

  /** "YYYY-MM-DD" dates, sorted. */
  @Column({ type: 'text', transformer: jsonText })
  holidays!: string[];

  @Column({ name: 'updated_at', type: Date })
  updatedAt!: Date;
}
