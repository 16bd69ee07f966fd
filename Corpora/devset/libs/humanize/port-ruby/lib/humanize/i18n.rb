# frozen_string_literal: true

module Humanize
  # Activate, get and deactivate translations. Only the default (English) locale is
  # bundled with this port: the gettext helpers return their input.
  module I18n
    THOUSANDS_SEPARATOR = { "fr_FR" => " " }.freeze
    DECIMAL_SEPARATOR = { "de_DE" => ",", "fr_FR" => ".", "it_IT" => ",", "pt_BR" => ",", "hu_HU" => "," }.freeze

    @current_locale = nil

    module_function

    def activate(locale)
      @current_locale = locale
    end

    def deactivate
      @current_locale = nil
    end

    # Translate a message (identity without a catalogue).
    def gettext(message)
      message
    end

    # Translate a message with a context, such as "1 (male)".
    def pgettext(_msgctxt, message)
      message
    end

    # Plural-aware translation: the singular text when num is 1, otherwise the plural.
    def ngettext(message, plural, num)
      num == 1 ? message : plural
    end

    # Mark a string for translation without translating it now.
    def gettext_noop(message)
      message
    end

    def ngettext_noop(singular, plural)
      [singular, plural]
    end

    def pgettext_noop(msgctxt, message)
      [msgctxt, message]
    end

    def thousands_separator
      THOUSANDS_SEPARATOR.fetch(@current_locale, ",")
    end

    def decimal_separator
      DECIMAL_SEPARATOR.fetch(@current_locale, ".")
    end
  end
end
