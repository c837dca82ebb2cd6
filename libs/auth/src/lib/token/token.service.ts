import { SignJWT, jwtVerify, errors } from 'jose';
import { UnauthenticatedError } from '@zeren/shared-errors';

export interface TokenClaims {
  userId: string;
  tenantId: string;
  issuedAt: Date;
  /** The user's session version at issue; the session check compares it exactly. */
  sessionVersion: number;
  expiresAt: Date;
}

const ISSUER = 'zeren';
export const TOKEN_TTL_SECONDS = 8 * 60 * 60;

/** HS256 tokens; the verifier accepts that algorithm alone, so `alg: none` or RS/HS confusion fails. */
export class TokenService {
  private readonly key: Uint8Array;

  constructor(secret: string, private readonly ttlSeconds = TOKEN_TTL_SECONDS) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(userId: string, tenantId: string, sessionVersion: number, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.ttlSeconds;
    const token = await new SignJWT({ tid: tenantId, sv: sessionVersion })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  async verify(token: string): Promise<TokenClaims> {
    try {
      // jose checks `exp` only when present: requiring it refuses a token that never expires.
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], issuer: ISSUER, requiredClaims: ['exp', 'iat', 'sub'] });
      const sv = payload['sv'];
      if (typeof payload.sub !== 'string' || typeof payload['tid'] !== 'string' || typeof payload.iat !== 'number' || typeof payload.exp !== 'number' || !Number.isSafeInteger(sv)) {
        throw new UnauthenticatedError('登录凭证无效,请重新登录');
      }
      return {
        userId: payload.sub,
        tenantId: payload['tid'],
        issuedAt: new Date(payload.iat * 1000),
        sessionVersion: sv as number,
        expiresAt: new Date(payload.exp * 1000),
      };
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new UnauthenticatedError('登录已过期,请重新登录');
      if (error instanceof UnauthenticatedError) throw error;
      throw new UnauthenticatedError('登录凭证无效,请重新登录');
    }
  }
}
