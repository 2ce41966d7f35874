/**
 * Imported first by the benches that boot the API: it runs as deployed, with `NODE_ENV=production`. graphql-js
 * reads it once, when it loads (in development each type check also looks for a second copy of the library),
 * and the benches' own imports load it before their `main()` runs.
 */
process.env.NODE_ENV = 'production';
