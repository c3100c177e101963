/**
 * Builds the add-in's two pages into dist/addin: taskpane.html (the React pane,
 * and the ribbon's function commands: one shared runtime) and notice.html (the
 * ribbon's dialog), with the icons, the manifest (URLs rewritten to ADDIN_URL in
 * production); both pages load Office.js from Microsoft's hosted CDN
 * (OFFICE_JS), never a copy. And
 * index.html, the same pane in a plain browser over an .xlsx file (src/web),
 * with the sample workbooks it starts on.
 *
 *   npm run build        production bundle, ADDIN_URL=https://… for its URLs
 *   npm run build:dev    development bundle
 *   npm run dev-server   https://localhost:3000 with office-addin-dev-certs
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { X509Certificate } = require('node:crypto');
const { Compilation } = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { addinUrl, rewriteManifest } = require('./scripts/addin-url');

/**
 * Office.js as Office requires it: Microsoft's hosted CDN, which follows each host's
 * API (the @microsoft/office-js package is for types only: unsupported in production,
 * its Excel scripts lack APIs that current hosts report, and the store refuses a copy).
 * The browser page (index.html) needs no Office.js.
 */
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * The newest syntax the bundles may use. Office on Mac runs add-ins in the system's
 * WebKit, and older macOS versions' Safari (14) parses ES2021 (BigInt, `?.`, `??=`) but
 * not ES2022 class fields or static blocks, which TypeScript's ES2022 target and some
 * dependencies emit. test/e2e/syntax.e2e.ts parses the built bundles at this level.
 */
const BROWSER_SYNTAX = 'es2021';
const NEWER_SYNTAX_PACKAGES = /[\\/]node_modules[\\/]tabster[\\/]/;

/** Certificates from office-addin-dev-certs: generated (offline) when missing or expired, never installed here. */
async function httpsOptions() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };
  const at = (f) => path.join(dir, f);
  const valid = () => {
    if (!Object.values(files).every((f) => fs.existsSync(at(f)))) return false;
    return new Date(new X509Certificate(fs.readFileSync(at(files.cert))).validTo) > new Date();
  };
  if (!valid()) {
    const devCerts = require('office-addin-dev-certs');
    await devCerts.generateCertificates(at(files.ca), at(files.cert), at(files.key), 30);
    console.log('Trust the new certificate once with: npx office-addin-dev-certs install (needs administrator rights).');
  }
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(at(f))]));
}

/**
 * exceljs ships its browser build minified (dist/exceljs.min.js, its package's
 * `browser` entry); minifying it again costs most of the build time and gains
 * nothing, so its chunk is marked as already minimized.
 */
class KeepMinified {
  apply(compiler) {
    compiler.hooks.compilation.tap('KeepMinified', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'KeepMinified', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE }, (assets) => {
        for (const name of Object.keys(assets)) {
          if (/^exceljs\.[0-9a-f]+\.js$/.test(name)) compilation.updateAsset(name, (source) => source, { minimized: true });
        }
      });
    });
  }
}

const config = async (env, argv) => {
  const production = argv.mode === 'production';
  const url = production ? addinUrl() : 'https://localhost:3000';
  return {
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      notice: './src/commands/notice/notice.ts',
      web: './src/web/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist/addin'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // Only the browser page uses exceljs; its own chunk keeps the add-in's pages as they were.
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'all', enforce: true },
        },
      },
    },
    module: {
      // Already a bundle: nothing inside it for webpack to resolve.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.bare)?\.min\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Types are checked by `npm run typecheck`; the bundle only needs the JavaScript,
          // in the syntax old WebViews parse (BROWSER_SYNTAX).
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { target: BROWSER_SYNTAX } } },
        },
        {
          // Dependencies shipped in newer syntax than BROWSER_SYNTAX (tabster, under Fluent UI,
          // has class static blocks), brought down to it by the same compiler.
          test: /\.m?js$/,
          include: NEWER_SYNTAX_PACKAGES,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { target: BROWSER_SYNTAX, allowJs: true } },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], templateParameters: { officeJs: OFFICE_JS } }),
      new HtmlWebpackPlugin({ filename: 'notice.html', template: './src/commands/notice/notice.html', chunks: ['notice'], templateParameters: { officeJs: OFFICE_JS } }),
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/web/web.html', chunks: ['web'] }),
      new KeepMinified(),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          // The browser page's samples (not the annotated copies `npm run verify` writes beside them).
          { from: 'samples/*.xlsx', to: 'samples/[name][ext]', globOptions: { ignore: ['**/*.checked.xlsx'] } },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (production ? rewriteManifest(content.toString('utf8'), url) : content),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: env.WEBPACK_SERVE ? { type: 'https', options: await httpsOptions() } : undefined,
    },
  };
};

module.exports = config;
module.exports.OFFICE_JS = OFFICE_JS;
