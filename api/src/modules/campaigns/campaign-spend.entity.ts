import { Entity, Column, PrimaryColumn } from 'typeorm';

/** What a campaign cost on one calendar day, in the campaign's currency. */
@Entity('campaign_daily_spend')
export class CampaignSpend {
  @PrimaryColumn({ name: 'campaign_id', type: 'varchar', length: 36 })
  campaignId!: string;

  @PrimaryColumn({ type: 'date' })
  date!: string;

  // PostgreSQL returns numeric as a string.
  @Column({
    type: 'decimal',
    precision: 18,
    scale: 4,
    transformer: { to: (v: number) => v, from: (v: string | number) => Number(v) },
  })
  amount!: number;
}
