// Dual build: ESM keeps dependencies external; CJS inlines the ESM-only ones (franc-min and
// its trigram helpers) so `require('newsnorm')` works without require(esm) (Jest, Node < 20.19).
import { defineConfig } from 'tsup';

const entry = {
  index: 'src/index.ts',
  clean: 'src/clean/index.ts',
  language: 'src/language/index.ts',
  dates: 'src/dates/index.ts',
  entities: 'src/entities/index.ts',
  quotes: 'src/quotes/index.ts',
  translation: 'src/translation/index.ts',
};

const esmOnlyDependencies = [/^franc-min/, /^trigram-utils/, /^n-gram/, /^collapse-white-space/];

export default defineConfig([
  { entry, format: ['esm'], dts: true, sourcemap: true, clean: true, target: 'node20', splitting: true, treeshake: true },
  { entry, format: ['cjs'], dts: true, sourcemap: true, target: 'node20', noExternal: esmOnlyDependencies },
]);
