'use strict';
/**
 * Builds the three browser doors: the standalone page (/ = index.html), the Excel task pane (taskpane.html) and
 * the add-in commands page (commands.html). `npm start` serves them on https://localhost:3000 (PORT overrides)
 * with the office-addin-dev-certs certificate; `npm run build` writes dist/.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
// webpack's own minimizer (a dependency of webpack 5.1xx), told to use swc instead of terser.
const MinimizerPlugin = require('minimizer-webpack-plugin');

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Emits samples/<pack>.xlsx, built once per process by the CLI's `demo` code path (scripts/build-samples.ts). */
class SamplesPlugin {
  apply(compiler) {
    let samples;
    compiler.hooks.thisCompilation.tap('SamplesPlugin', (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: 'SamplesPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          if (!samples) {
            const { register } = require('tsx/cjs/api');
            const unregister = register();
            try {
              samples = await require('./scripts/build-samples.ts').buildSamples();
            } finally {
              unregister();
            }
          }
          for (const [name, bytes] of Object.entries(samples))
            compilation.emitAsset(`samples/${name}`, new compiler.webpack.sources.RawSource(Buffer.from(bytes)));
        },
      );
    });
  }
}

/** Emits sw.js (from public/sw.js) with the list of every file of the build, for the page's offline cache. */
class OfflinePlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('OfflinePlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'OfflinePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const files = Object.keys(compilation.assets).filter((f) => !/\.(map|txt)$|hot-update/.test(f));
          const assets = ['./', ...files.map((f) => `./${f}`)];
          const template = require('node:fs').readFileSync(path.resolve(__dirname, 'public/sw.js'), 'utf8');
          const code = template
            .replace('self.__LIANFANG_ASSETS__', JSON.stringify(assets))
            .replace('self.__LIANFANG_VERSION__', JSON.stringify(compilation.fullHash ?? String(Date.now())));
          compilation.emitAsset('sw.js', new sources.RawSource(code));
        },
      );
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const port = Number(process.env.PORT || 3000);
  const page = (filename, chunk, title, office) =>
    new HtmlWebpackPlugin({
      filename,
      chunks: [chunk],
      template: path.resolve(__dirname, 'public/index.html'),
      title,
      office: office ? OFFICE_JS : '',
    });

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      page: './src/doors/page/index.tsx',
      taskpane: './src/doors/taskpane/index.tsx',
      commands: './src/doors/commands/index.ts',
    },
    output: {
      path: path.resolve(__dirname, env.outDir || 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic', development: !production } },
                target: 'es2020',
              },
            },
          },
        },
      ],
    },
    plugins: [
      page('index.html', 'page', '廉防 lianfang', false),
      page('taskpane.html', 'taskpane', '廉防', true),
      page('commands.html', 'commands', '廉防 commands', true),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets', to: 'assets', noErrorOnMissing: true }] }),
      new SamplesPlugin(),
      new OfflinePlugin(),
    ],
    optimization: {
      // swc minifies far faster than terser; ExcelJS's browser bundle comes minified already, so it is left alone.
      minimizer: [new MinimizerPlugin({ minify: { implementation: MinimizerPlugin.swcMinify }, exclude: /exceljs/ })],
      splitChunks: { cacheGroups: { exceljs: { test: /[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async' } } },
    },
    // ExcelJS ships a pre-built browser bundle (its package.json "browser" field), loaded on demand; it is large.
    performance: { maxAssetSize: 2_000_000, maxEntrypointSize: 1_500_000 },
    devServer: serving
      ? {
          port,
          host: 'localhost',
          static: false,
          hot: true,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await require('./scripts/dev-certs').ensureDevCerts() },
          client: { overlay: { warnings: false, errors: true } },
        }
      : undefined,
  };
};
