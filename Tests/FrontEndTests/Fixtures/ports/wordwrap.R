# Greedy word wrapping with optional full justification.

split_words <- function(text) {
  words <- c()
  for (word in strsplit(text, "\\s+")[[1]]) {
    if (nchar(word) > 0) {
      words <- c(words, word)
    }
  }
  return(words)
}

justify_line <- function(words, width) {
  if (length(words) == 1) {
    return(formatC(words[1], width = -width))
  }
  total_chars <- sum(nchar(words))
  gaps <- length(words) - 1
  spaces <- width - total_chars
  base <- spaces %/% gaps
  extra <- spaces %% gaps
  parts <- c()
  for (index in seq_len(length(words) - 1)) {
    pad <- base + (if (index <= extra) 1 else 0)
    parts <- c(parts, paste0(words[index], strrep(" ", pad)))
  }
  parts <- c(parts, words[length(words)])
  return(paste(parts, collapse = ""))
}

wrap_words <- function(words, width) {
  lines <- list()
  current <- c()
  len <- 0
  for (word in words) {
    if (nchar(word) > width) {
      stop(sprintf("word too long for width %d: %s", width, word))
    }
    if (length(current) > 0 && len + 1 + nchar(word) > width) {
      lines[[length(lines) + 1]] <- current
      current <- c()
      len <- 0
    }
    if (length(current) > 0) {
      len <- len + 1
    }
    current <- c(current, word)
    len <- len + nchar(word)
  }
  if (length(current) > 0) {
    lines[[length(lines) + 1]] <- current
  }
  return(lines)
}

wrap <- function(text, width, justify = FALSE) {
  if (width <= 0) {
    stop(sprintf("width must be positive, got %d", width))
  }
  result <- c()
  groups <- wrap_words(split_words(text), width)
  for (index in seq_along(groups)) {
    last <- index == length(groups)
    if (justify && !last) {
      result <- c(result, justify_line(groups[[index]], width))
    } else {
      result <- c(result, paste(groups[[index]], collapse = " "))
    }
  }
  return(paste(result, collapse = "\n"))
}
