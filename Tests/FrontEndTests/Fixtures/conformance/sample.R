# A tiny arithmetic tokenizer, written for the clonescan conformance suite.
max_tokens <- 1024
operators <- c("+", "-", "*", "/")

new_token <- function(kind, value, line) {
  token <- list(kind = kind, value = value, line = line)
  class(token) <- "token"
  token
}

classify <- function(char) {
  if (char %in% operators) {
    return("operator")
  } else if (grepl("[0-9]", char)) {
    return("number")
  } else if (char == " ") {
    return("space")
  }
  "invalid"
}

tokenize <- function(text) {
  tokens <- list()
  line <- 1
  for (i in seq_len(nchar(text))) {
    char <- substr(text, i, i)
    kind <- classify(char)
    if (kind == "invalid") {
      stop(sprintf("invalid token at line %d", line))
    }
    if (kind != "space") {
      tokens[[length(tokens) + 1]] <- new_token(kind, char, line)
    }
  }
  while (length(tokens) > max_tokens) {
    tokens[[length(tokens)]] <- NULL
  }
  tokens
}
