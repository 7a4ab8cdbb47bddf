import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/server/platform/**/*schema.ts', './src/server/modules/*/schema.ts', './src/server/modules/*/schema/*.ts'],
  out: './migrations',
  casing: undefined,
});
