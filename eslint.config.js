// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The extractor's stages depend only forward: decode → clean → segment → recognise → resolve → link
 * → graph. A stage may not import a later one (nor the pipeline that runs them all).
 */
const STAGES = ['decode', 'clean', 'segment', 'recognise', 'resolve', 'link', 'graph'];
const forwardOnly = STAGES.map((stage, i) => ({
  files: [`loaders/${stage}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...STAGES.slice(i + 1).map((later) => ({
            group: [`**/${later}/*`, `**/${later}/**`],
            message: `loaders/${stage} runs before loaders/${later}: stages depend only forward`,
          })),
          {
            group: ['**/pipeline.js', '**/loaders/index.js'],
            message: 'a stage may not import the pipeline',
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['node_modules/', '.neo4j/', 'dist/', 'src/generated/', 'bench/out/', 'bench/corpus/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...forwardOnly,
);
