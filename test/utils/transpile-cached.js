// Runs the TypeScript sources in a plain Node process (the API or the worker a test starts
// as a process of its own): each file is transpiled as ts-jest does (tsconfig's options,
// no type checking), and the output is kept in a cache by content, so the next process
// starts in seconds instead of transpiling everything again. Path aliases come from
// tsconfig-paths. Load with `node -r ./test/utils/transpile-cached.js -r tsconfig-paths/register`.
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const tsconfig = fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8');
const cacheDir = path.join(os.tmpdir(), 'crowdcomms-transpiled');
fs.mkdirSync(cacheDir, { recursive: true });
let compilerOptions;

function transpile(source, filename) {
  const ts = require('typescript');
  if (!compilerOptions) {
    const { config } = ts.parseConfigFileTextToJson('tsconfig.json', tsconfig);
    compilerOptions = ts.convertCompilerOptionsFromJson(config.compilerOptions, root).options;
    compilerOptions.sourceMap = false;
    compilerOptions.inlineSourceMap = true; // stack traces point into the .ts files
  }
  return ts.transpileModule(source, { compilerOptions, fileName: filename }).outputText;
}

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const key = crypto.createHash('sha256').update(tsconfig).update(filename).update(source).digest('hex');
  const cached = path.join(cacheDir, `${key}.js`);
  let code;
  try {
    code = fs.readFileSync(cached, 'utf8');
  } catch {
    code = transpile(source, filename);
    // Written whole, then renamed: a process reading at the same time never sees half a file.
    const partial = `${cached}.${process.pid}`;
    fs.writeFileSync(partial, code);
    fs.renameSync(partial, cached);
  }
  module._compile(code, filename);
};
