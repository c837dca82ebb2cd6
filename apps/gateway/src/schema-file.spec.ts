import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'type-graphql';
import { printSchemaFile } from './schema-file';

describe('the committed schema', () => {
  it('matches the resolvers (run `npm run schema` when this fails)', async () => {
    const committed = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await printSchemaFile());
  });

  it('guards every query and mutation except login', async () => {
    await printSchemaFile();
    const storage = getMetadataStorage();
    const guarded = new Set(storage.authorizedFields.map((f) => `${f.target.name}.${f.fieldName}`));
    const operations = [...storage.queries, ...storage.mutations].map((op) => `${op.target.name}.${op.methodName}`);
    const open = operations.filter((op) => !guarded.has(op));
    expect(open).toEqual(['AuthResolver.login']);
  });
});
