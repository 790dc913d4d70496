import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TeamsModule } from '../teams/teams.module';
import { Agent } from './agent.entity';
import { AgentsRepository } from './agents.repository';
import { AgentsResolver } from './agents.resolver';
import { AgentsService } from './agents.service';

@Module({
  imports: [TypeOrmModule.forFeature([Agent]), TeamsModule],
  providers: [AgentsRepository, AgentsService, AgentsResolver],
  exports: [AgentsRepository],
})
export class AgentsModule {}
