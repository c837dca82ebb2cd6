import type { TodoProvider } from './todo.types';

/** The modules' to-do providers, handed to the resolver by the schema's container. */
export class TodoRegistry {
  constructor(readonly providers: readonly TodoProvider[] = []) {}
}
