import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchemaFile } from './schema-file';

// `npm run schema`: rewrites the committed schema.graphql; a test fails while it is stale.
printSchemaFile().then((text) => {
  writeFileSync(join(__dirname, '..', 'schema.graphql'), text);
  process.stdout.write('apps/gateway/schema.graphql written\n');
});
