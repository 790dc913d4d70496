import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A failed login, kept for the rate-limit window. In the relational store so every API replica sees it. */
@Entity('login_failures')
export class LoginFailure {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'email_normalized', type: 'varchar', length: 320 })
  emailNormalized!: string;

  @Column({ type: 'varchar', length: 64 })
  ip!: string;

  @Column({ type: Date })
  at!: Date;
}
