import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CampaignCodeKind } from './campaign-code-kind';

/** One attribution code of a campaign (an ad id, a deep-link payload, a UTM value…); unique per kind. */
@Entity('campaign_codes')
export class CampaignCode {
  @PrimaryColumn({ name: 'campaign_id', type: 'varchar', length: 36 })
  campaignId!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  kind!: CampaignCodeKind;

  @PrimaryColumn({ type: 'varchar', length: 256 })
  value!: string;

  /** Keeps the order the codes were entered in. */
  @Column({ type: 'integer' })
  position!: number;
}
