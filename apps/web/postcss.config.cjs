// Mantine's PostCSS preset: rem(), light/dark mixins and breakpoint variables in CSS files.
module.exports = {
  plugins: {
    'postcss-preset-mantine': {},
  },
};
