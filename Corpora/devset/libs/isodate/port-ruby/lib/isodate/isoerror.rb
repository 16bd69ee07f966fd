# frozen_string_literal: true

# This module defines all exception classes in the whole package.
module Isodate
  # Raised when the given ISO string can not be parsed.
  class ISO8601Error < ArgumentError
  end
end
