"""JMESPath tokenizer (the lexing stage of a JMESPath implementation)."""
