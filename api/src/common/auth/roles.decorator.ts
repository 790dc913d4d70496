import { SetMetadata } from '@nestjs/common';
import type { Role } from './role';

export const ROLES_METADATA = 'checkmark:roles';
export const ALL_ROLES_METADATA = 'checkmark:all-roles';
export const PUBLIC_METADATA = 'checkmark:public';

/** Only principals holding one of these roles may call the resolver method (or every method of the class). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_METADATA, roles);

/** Any authenticated principal may call it. */
export const AllRoles = () => SetMetadata(ALL_ROLES_METADATA, true);

/** No authentication at all. Only `login` uses it. */
export const Public = () => SetMetadata(PUBLIC_METADATA, true);
