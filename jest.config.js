/** Unit tests sit beside their code; integration and browser tests live in test/. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // saxen (the streaming reader's tokenizer) ships ES modules only: let swc turn it into CommonJS like our code.
  transformIgnorePatterns: ['/node_modules/(?!saxen/)'],
  testTimeout: 120000,
  maxWorkers: 2,
};
