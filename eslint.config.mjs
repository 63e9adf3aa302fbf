import tseslint from 'typescript-eslint';

/** The core stays pure: no host, UI or Node API may enter src/core (see ARCHITECTURE.md). */
const HOST_IMPORTS = [
  { group: ['exceljs', 'exceljs/*'], message: 'src/core is pure: ExcelJS belongs in src/adapters/exceljs.' },
  {
    group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@fluentui/*'],
    message: 'src/core is pure: UI belongs in src/doors.',
  },
  {
    group: ['office-js', '@microsoft/office-js'],
    message: 'src/core is pure: office-js belongs in src/adapters/officejs.',
  },
  {
    // A regex, not a gitignore-style group: bare module names only, so src/core/crypto (WebCrypto) stays allowed.
    regex: '^(node:.*|fs|path|os|crypto|worker_threads|child_process|stream|buffer|util|zlib)(/.*)?$',
    message: 'src/core is pure: Node APIs belong in src/doors/cli or src/adapters.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'dist-cli/**', 'artifacts/**', 'bin/**', 'coverage/**', 'public/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: HOST_IMPORTS }],
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: 'src/core never calls Excel: return operations instead.' },
        { name: 'Office', message: 'src/core never calls Office.' },
        { name: 'process', message: 'src/core never reads the process.' },
        { name: 'window', message: 'src/core never touches the DOM.' },
        { name: 'document', message: 'src/core never touches the DOM.' },
        { name: 'Buffer', message: 'src/core uses Uint8Array, not Buffer.' },
        { name: 'require', message: 'src/core imports only pure modules.' },
      ],
    },
  },
);
