import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Team } from './team.entity';
import { TeamsRepository } from './teams.repository';
import { TeamsResolver } from './teams.resolver';
import { TeamsService } from './teams.service';

@Module({
  imports: [TypeOrmModule.forFeature([Team])],
  providers: [TeamsRepository, TeamsService, TeamsResolver],
  exports: [TeamsRepository, TeamsService],
})
export class TeamsModule {}
