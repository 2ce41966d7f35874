// Resolves the `@crowdcomms/*` path aliases for the compiled code in dist/.
const path = require('node:path');
require('tsconfig-paths').register({
  baseUrl: path.join(__dirname, '..', 'dist'),
  paths: { '@crowdcomms/*': ['libs/*/src'] },
});
