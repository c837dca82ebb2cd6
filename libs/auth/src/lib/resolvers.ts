import { AuthResolver } from './session/auth.resolver';
import { UserResolver } from './user/user.resolver';

export const authResolvers = [AuthResolver, UserResolver] as const;
