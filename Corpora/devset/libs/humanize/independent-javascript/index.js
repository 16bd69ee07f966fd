'use strict';
// humanize for JavaScript: numbers and time spans for people (English).
module.exports = { ...require('./numbers'), ...require('./spans') };
