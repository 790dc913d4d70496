import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'data/**',
      'tools/kafka/.cache/**',
      'coverage/**',
      'web/src/generated/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:ingest', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'scope:test',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:api', 'scope:ingest', 'scope:web'],
            },
            { sourceTag: 'scope:bench', onlyDependOnLibsWithTags: ['scope:shared', 'scope:api', 'scope:ingest'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/*.integration-spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts'],
    rules: {
      // Tests of every project may use the shared test helpers (@checkmark/test/helpers/*).
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          // The test project depends on the code it tests; specs using its helpers close that loop on purpose.
          ignoredCircularDependencies: [
            ['schemas', 'test'],
            ['api', 'test'],
            ['ingest', 'test'],
          ],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared', 'scope:test'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:shared', 'scope:test'] },
            { sourceTag: 'scope:ingest', onlyDependOnLibsWithTags: ['scope:shared', 'scope:test'] },
            {
              sourceTag: 'scope:test',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:api', 'scope:ingest', 'scope:test'],
            },
          ],
        },
      ],
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
