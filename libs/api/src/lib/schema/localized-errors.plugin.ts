import type { ApolloServerPlugin } from '@apollo/server';
import { MessageTranslator, errorsMessages, localizeErrors, pickLocale, type MessageCatalogue } from '@zeren/shared-errors';
import { graphqlMessages } from '@zeren/shared-graphql';
import { officeMessages } from '@zeren/shared-office';
import { periodsMessages } from '@zeren/shared-periods';
import { rulesMessages } from '@zeren/shared-rules';
import type { RequestContext } from '@zeren/auth';
import type { ZerenModule } from '../module/zeren-module';
import { apiMessages } from '../api.messages.en';

/** The English of the platform's shared libs, which are no modules. */
export const PLATFORM_MESSAGES: readonly MessageCatalogue[] = [errorsMessages, rulesMessages, graphqlMessages, periodsMessages, officeMessages, apiMessages];

/** One translator for every message the server can send: the platform's, the modules', and any the host adds (the gateway's own). */
export function messageTranslator(modules: readonly ZerenModule[], ...more: MessageCatalogue[]): MessageTranslator {
  return new MessageTranslator([...PLATFORM_MESSAGES, ...modules.map((m) => m.messages ?? {}), ...more]);
}

/**
 * Words every error of an answer in the language the request's Accept-Language asks for (zh-CN
 * unless it prefers English); codes, fields and paths never change. Registered last, so that it
 * sees the errors as the other plugins leave them.
 */
export function localizedErrorsPlugin(translator: MessageTranslator): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ request }) {
      const locale = pickLocale(request.http?.headers.get('accept-language'));
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('content-language', locale);
          const vary = response.http.headers.get('vary');
          if (!vary?.toLowerCase().includes('accept-language')) response.http.headers.set('vary', vary ? `${vary}, Accept-Language` : 'Accept-Language');
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = localizeErrors(response.body.singleResult.errors, locale, translator);
        },
      };
    },
  };
}
