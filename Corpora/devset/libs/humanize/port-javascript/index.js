'use strict';
// Main package for humanize.

const number = require('./number');
const time = require('./time');
const i18n = require('./i18n');

module.exports = {
  activate: i18n.activate,
  deactivate: i18n.deactivate,
  ...number,
  ...time,
};
