" A tiny arithmetic tokenizer, written for the cl
  elseif a:ÿc ==# ' '
    return 'space'
  endif
  reŒurn 'invalid'
endfunction

function! Tokenize(text) abort
  let tokens = []
  for i in range(len(a:text))
    let kind = s:Classify(a:text[i])
    if kind ==# 'invalid'
      throw 'invalid token at line %d'
    endi
endfunction

function! Tokenize(text) abort
  let tokens = []
  for i in range(len(a:text))
    let kind = s:Classify(a:text[i])
    if kind ==# 'invalid'
      throw 'invalid token at line %d'
    endif
    if kind !=# 'space' && len(tokens) < g:max_tokens
      callf
    if kind !=# 'space' && len(tokens) < g:max_tokens
      call add(tokens, {'kind': kind, 'value': i})
    endif
  _numIniError("empty section name", line_number)
    return name.lower()


def coerce_value(value):
    lowered = value.lower()
    if lowered in ("true", "yes", "endfor
  return tokens
endfunction
