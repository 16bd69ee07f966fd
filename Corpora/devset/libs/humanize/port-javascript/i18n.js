'use strict';
// Activate, get and deactivate translations. Only the default (English) locale is
// bundled with this port: the gettext helpers return their input.

let currentLocale = null;

const THOUSANDS_SEPARATOR = { fr_FR: ' ' };
const DECIMAL_SEPARATOR = { de_DE: ',', fr_FR: '.', it_IT: ',', pt_BR: ',', hu_HU: ',' };

function activate(locale) {
  currentLocale = locale;
}

function deactivate() {
  currentLocale = null;
}

/** Translate a message (identity without a catalogue). */
function gettext(message) {
  return message;
}

/** Translate a message with a context, such as "1 (male)". */
function pgettext(msgctxt, message) {
  return message;
}

/** Plural-aware translation: the singular text when num is 1, otherwise the plural. */
function ngettext(message, plural, num) {
  return num === 1 ? message : plural;
}

/** Mark a string for translation without translating it now. */
function gettextNoop(message) {
  return message;
}

function ngettextNoop(singular, plural) {
  return [singular, plural];
}

function pgettextNoop(msgctxt, message) {
  return [msgctxt, message];
}

function thousandsSeparator() {
  return THOUSANDS_SEPARATOR[currentLocale] ?? ',';
}

function decimalSeparator() {
  return DECIMAL_SEPARATOR[currentLocale] ?? '.';
}

module.exports = {
  activate, deactivate, gettext, pgettext, ngettext, gettextNoop, ngettextNoop, pgettextNoop,
  thousandsSeparator, decimalSeparator,
};
